import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Right-to-left readiness (G6): our CSS uses logical properties (margin-inline-start,
 * inset-inline-end, text-align: start…) so `dir="rtl"` mirrors our UI with no extra rule.
 * This lint looks at every CSS file of our UI and at the inline styles in TS/TSX.
 * Inline `left`/`top` set from computed coordinates (`left: \`${x}px\``, getBoundingClientRect
 * is physical in both directions) are placement, not layout, and pass; constant physical
 * values are flagged. A line that must stay physical anyway carries `rtl-ok` and why.
 */
const root = join(import.meta.dirname, '../..');
const UI_DIRS = ['overlay', 'entrypoints', 'components'];

function files(dir: string, pattern: RegExp): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) return files(path, pattern);
    return pattern.test(name) ? [path] : [];
  });
}

const SIDE = '(?:left|right)';
/** Physical declarations in CSS (the property name, at the start of a declaration). */
const CSS_RULES: Array<[RegExp, string]> = [
  [new RegExp(`(?:^|[;{\\s])(?:margin|padding|border|scroll-margin|scroll-padding)-${SIDE}(?:-[a-z]+)?\\s*:`), 'margin/padding/border-left|right → *-inline-start|end'],
  [new RegExp(`(?:^|[;{\\s])${SIDE}\\s*:`), 'left/right → inset-inline-start|end'],
  [new RegExp(`(?:^|[;{\\s])border-(?:top|bottom)-${SIDE}-radius\\s*:`), 'corner radius → border-start-start-radius…'],
  [new RegExp(`(?:text-align|float|clear)\\s*:\\s*${SIDE}\\b`), 'text-align/float/clear: left|right → start|end (inline-start|end)'],
  [/(?:^|[;{\s])(?:margin|padding|inset|border-width|border-color|border-style|scroll-margin|scroll-padding)\s*:\s*(\S+)\s+(\S+)\s+(\S+)\s+(\S+?)\s*(?:;|$|!)/, 'four-value shorthand with different left and right'],
];
/** Physical properties in inline styles written in TS/TSX. */
const INLINE_RULES: Array<[RegExp, string]> = [
  [new RegExp(`\\b(?:margin|padding|border|scrollMargin|scrollPadding)(?:Left|Right)\\w*\\s*:`), 'inline style marginLeft… → marginInlineStart…'],
  [new RegExp(`\\b(?:left|right)\\s*:\\s*(?:-?\\d|['"])`), 'inline style left/right with a constant → insetInlineStart|End'],
  [new RegExp(`\\.style\\.(?:left|right|margin(?:Left|Right)|padding(?:Left|Right))\\s*=\\s*(?:-?\\d|['"])`), 'element.style.left = constant → logical property'],
  [new RegExp(`(?:setProperty\\(\\s*|style=["'\`][^"'\`]*)['"]?(?:margin-|padding-|border-)?${SIDE}\\s*[:'"]`), 'style string with left/right'],
  [new RegExp(`textAlign\\s*:\\s*['"]${SIDE}`), "textAlign: 'left' → 'start'"],
];

function violations(path: string, rules: Array<[RegExp, string]>, isCss: boolean): string[] {
  const text = readFileSync(join(root, path), 'utf8');
  const source = isCss ? text.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' ')) : text;
  return source.split('\n').flatMap((line, i) => {
    if (text.split('\n')[i]?.includes('rtl-ok')) return [];
    const code = isCss ? line : line.replace(/\/\/.*$/, '');
    return rules.flatMap(([rule, advice]) => {
      const m = rule.exec(code);
      if (!m) return [];
      if (advice.startsWith('four-value') && m[2] === m[4]) return []; // symmetric: same left and right
      return [`${path}:${i + 1}: ${line.trim()}  (${advice})`];
    });
  });
}

describe('right-to-left: logical properties only in our UI', () => {
  const cssFiles = UI_DIRS.flatMap((dir) => files(dir, /\.css$/));
  const codeFiles = UI_DIRS.flatMap((dir) => files(dir, /\.tsx?$/)).filter((f) => !/\.test\.tsx?$/.test(f));

  it('finds the CSS of our UI (overlay, components, popup…)', () => {
    expect(cssFiles).toEqual(expect.arrayContaining(['overlay/overlay.css', 'components/read-aloud.css', 'entrypoints/popup/popup.css']));
  });

  it('no physical left/right in our CSS files', () => {
    expect(cssFiles.flatMap((f) => violations(f, CSS_RULES, true))).toEqual([]);
  });

  it('no physical left/right in inline styles of our TS/TSX', () => {
    expect(codeFiles.flatMap((f) => violations(f, INLINE_RULES, false))).toEqual([]);
  });

  it('the lint sees what it must see (self-check on sample lines)', () => {
    const css = (line: string) => CSS_RULES.some(([rule]) => rule.test(line));
    expect(['.a { margin-left: 4px; }', '  right: 0;', 'text-align: left;', '  border-top-right-radius: 3px;', 'padding-right: 1em;'].map(css)).toEqual([true, true, true, true, true]);
    expect(['margin-inline-start: 4px;', 'inset-inline-end: 0;', 'text-align: start;', 'align-items: flex-end;', 'border-start-end-radius: 3px;'].map(css)).toEqual([false, false, false, false, false]);
    const four = CSS_RULES.at(-1)![0];
    expect(four.exec('  margin: 0 4px 0 8px;')?.slice(2, 5)).toEqual(['4px', '0', '8px']);
    const inline = (line: string) => INLINE_RULES.some(([rule]) => rule.test(line));
    expect([`style={{ marginLeft: 4 }}`, `style={{ left: 0 }}`, `el.style.right = '0'`, `host.setAttribute('style', 'position: fixed; left: 0')`, `textAlign: 'right'`, `{ right: '8px' }`].map(inline)).toEqual([true, true, true, true, true, true]);
    expect([`style={{ marginInlineStart: 4 }}`, `insetInlineEnd: 0`, `const left = 3;`, `{ align: 'left' }`, `{ top: \`\${y}px\`, left: \`\${x}px\` }`, `el.style.left = \`\${box.left}px\``].map(inline)).toEqual([false, false, false, false, false, false]);
  });
});
