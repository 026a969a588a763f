// Builds the Chrome extension once (wxt build), unless a build newer than the sources exists.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const CHROME_BUILD = resolve(import.meta.dirname, '../..', process.env.CAC_OUT_DIR ?? '.output', 'chrome-mv3');

export function buildExtension({ quiet = false } = {}) {
  console.log('[côte à côte] building the extension (wxt build)…');
  const result = spawnSync('npx', ['wxt', 'build'], { stdio: quiet ? 'pipe' : 'inherit' });
  if (result.status !== 0 || !existsSync(resolve(CHROME_BUILD, 'manifest.json'))) {
    if (quiet) process.stderr.write(result.stderr ?? '');
    throw new Error('The build failed: see the output above.');
  }
  return CHROME_BUILD;
}
