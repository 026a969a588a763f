// `npm run docs:screenshots`: walks the demo headless (it builds, and captures the scenes of
// scripts/lib/demo-scenes.mjs into demo-screenshots/), then copies the scenes the README
// shows into docs/. One command to refresh the README's pictures after a change of the
// overlay. `-- --no-demo` only copies what the last demo run left.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The scenes shown in the README (file names in demo-screenshots/ and in docs/). */
export const DOC_SCENES = [
  'scene-1366x768-2-field-help.png',
  'scene-1366x768-3-reminder.png',
  'scene-1366x768-4-guide-step.png',
  'scene-1366x768-6-session-person.png',
  'scene-1366x768-6-session-panel.png',
  'scene-800x600-largest-text-2-field-help.png',
  'scene-800x600-largest-text-6-session-person.png',
];

const ROOT = resolve(import.meta.dirname, '..');

if (import.meta.main ?? process.argv[1] === import.meta.filename) {
  if (!process.argv.includes('--no-demo')) {
    const demo = spawnSync(process.execPath, [join(ROOT, 'scripts/demo.mjs'), '--headless'], { stdio: 'inherit', cwd: ROOT });
    if (demo.status !== 0) process.exit(demo.status ?? 1);
  }
  const missing = DOC_SCENES.filter((name) => !existsSync(join(ROOT, 'demo-screenshots', name)));
  if (missing.length) {
    console.error(`[côte à côte] missing in demo-screenshots/: ${missing.join(', ')}`);
    process.exit(1);
  }
  for (const name of DOC_SCENES) copyFileSync(join(ROOT, 'demo-screenshots', name), join(ROOT, 'docs', name));
  console.log(`[côte à côte] ${DOC_SCENES.length} screenshots copied to docs/`);
}
