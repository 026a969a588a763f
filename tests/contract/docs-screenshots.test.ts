import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOC_SCENES } from '../../scripts/docs-screenshots.mjs';

// The README's pictures are the demo's scenes (issue 9 item 7): every scene that
// `npm run docs:screenshots` copies is in docs/ and shown in the README, and no other
// scene picture lies in docs/ unseen.
const ROOT = join(import.meta.dirname, '../..');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

describe('README screenshots ↔ demo scenes', () => {
  it.each(DOC_SCENES)('%s is in docs/ and in the README', (name) => {
    expect(existsSync(join(ROOT, 'docs', name))).toBe(true);
    expect(readme).toContain(`](docs/${name})`);
  });

  it('docs/ holds no scene the script does not refresh', () => {
    const scenes = readdirSync(join(ROOT, 'docs')).filter((f) => f.startsWith('scene-'));
    expect(scenes.sort()).toEqual([...DOC_SCENES].sort());
  });
});
