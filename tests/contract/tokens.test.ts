import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

/** The extension pages' own style sheets (the overlay's come with its own tokens later). */
const PAGE_CSS = [
  'components/page-base.css',
  'components/autonomy-check.css',
  'components/reading-settings.css',
  'entrypoints/popup/popup.css',
  'entrypoints/sidepanel/sidepanel.css',
  'entrypoints/sidepanel/popup-entry.css',
  'entrypoints/options/statistics.css',
  'entrypoints/clean-desk/clean-desk.css',
  'entrypoints/warning/warning.css',
  // The overlay's (tokens sent with its styles by overlay.resources) and the shared read-aloud ones.
  'overlay/overlay.css',
  'overlay/layout/layout.css',
  'overlay/guide/guidance.css',
  'overlay/features/glossary.css',
  'overlay/privacy/reminder.css',
  'overlay/privacy/curtain.css',
  'overlay/session/session.css',
  'components/read-aloud.css',
  'components/read-aloud-player.css',
];
const tokens = read('components/tokens.css');
const defined = new Set([...tokens.matchAll(/(--cac-[a-z0-9-]+)\s*:/g)].map((m) => m[1]));
const withoutComments = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '');

describe('design tokens (--cac-*) for the extension pages and the overlay', () => {
  it('page-base.css imports the tokens, which also apply in a shadow root', () => {
    expect(read('components/page-base.css')).toContain("@import './tokens.css';");
    expect(tokens).toMatch(/:root,\s*:host\s*\{/);
  });

  for (const file of PAGE_CSS) {
    it(`${file}: no literal colour, every --cac-* it uses is a token`, () => {
      const css = withoutComments(read(file));
      expect(css.match(/#[0-9a-f]{3,8}\b|rgba?\(|hsla?\(/gi) ?? []).toEqual([]);
      // --cac-scale is the reading-size setting, set by each page (not a design token).
      const used = [...css.matchAll(/var\((--cac-[a-z0-9-]+)/g)].map((m) => m[1]!).filter((name) => name !== '--cac-scale');
      expect(used.filter((name) => !defined.has(name))).toEqual([]);
    });
  }
});
