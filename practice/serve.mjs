#!/usr/bin/env node
// CLI: node practice/serve.mjs [--port 8443] [--quiet]
// Starts the practice portals and prints the origin and the Chromium arguments to use.
import { PRACTICE_HOME_HOST, chromiumHostArgs, startPracticeServer } from './server.mjs';

const args = process.argv.slice(2);
let port = 8443;
const i = args.indexOf('--port');
if (i !== -1) {
  port = Number(args[i + 1]);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error('usage: node practice/serve.mjs [--port 8443] [--quiet]');
    process.exit(2);
  }
}
const quiet = args.includes('--quiet');

const server = await startPracticeServer({ port, log: quiet ? undefined : (line) => console.log(line) });
const chromiumArgs = chromiumHostArgs(server.port);
console.log(`Portails d'entraînement : ${server.origin(PRACTICE_HOME_HOST)}/ (écoute sur 127.0.0.1:${server.port})`);
console.log('Lancer Chromium avec :');
console.log(`  chromium ${chromiumArgs.map((a) => `'${a}'`).join(' ')} --user-data-dir=$(mktemp -d) ${server.origin(PRACTICE_HOME_HOST)}/`);
console.log('Ctrl-C pour arrêter.');

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await server.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
