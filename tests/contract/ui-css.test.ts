import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * FALC rules of falc-rules.md that live in our CSS: F19 (left aligned, no hyphenation) and
 * F20 (person-facing text at least 18.7 px = 14 pt), plus F18 (no text in capitals through
 * text-transform, reported). Sizes are read as written: `18.7px`, `calc(18.7px * var(--cac-scale, 1))`
 * (G6's larger text only grows it), and `em` / `%` relative to our 18.7 px root.
 * A rule that sizes something that is not text (an icon glyph) says so on the same line:
 * `/* falc-ok: icon *\/`.
 */
const root = join(import.meta.dirname, '../..');
const MIN_PX = 18.7;

/**
 * Small sizes already in the tree when this test arrived, kept visible here for their
 * owners to fix or mark: each is printed by `npm run lint:text`; a new one fails the test.
 */
const KNOWN: Record<string, string> = {
  'overlay/overlay.css .cac-badge__pill': 'the "Site officiel" pill is 16 px on purpose (discreet) — owner to decide',
  'overlay/overlay.css .cac-badge__check': 'a ✓ glyph in a 22 px disc, not text',
  'entrypoints/popup/popup.css': 'popup secondary lines at 16 px — owner to decide',
  'components/read-aloud.css': 'read-aloud controls at 0.9em (≈ 16.8 px) — owner to decide',
};

function cssFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(join(root, dir));
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const path = `${dir}/${name}`;
    if (statSync(join(root, path)).isDirectory()) return cssFiles(path);
    return name.endsWith('.css') ? [path] : [];
  });
}

interface Declaration {
  file: string;
  selector: string;
  property: string;
  value: string;
  exempt: boolean;
}

/** Declarations with their innermost selector (enough for our flat, hand-written CSS). */
function declarations(file: string): Declaration[] {
  const css = readFileSync(join(root, file), 'utf8');
  const out: Declaration[] = [];
  for (const block of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const selector = block[1]!.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').trim();
    for (const line of block[2]!.split(/\n/)) {
      const exempt = /falc-ok/.test(line);
      for (const decl of line.replace(/\/\*[\s\S]*?\*\//g, '').split(';')) {
        const m = /^\s*([a-z-]+)\s*:\s*(.+?)\s*$/.exec(decl);
        if (m) out.push({ file, selector, property: m[1]!, value: m[2]!, exempt });
      }
    }
  }
  return out;
}

/** The size a font-size / font value gives, in px, or null when it inherits or cannot be known. */
function fontPx(value: string): number | null {
  const calc = /calc\(\s*([\d.]+)px\s*\*\s*var\(--cac-scale/.exec(value);
  if (calc) return Number(calc[1]);
  const px = /(?:^|\s)([\d.]+)px\b/.exec(value);
  if (px) return Number(px[1]);
  const rel = /(?:^|\s)([\d.]+)(em|rem|%)(?:\s|$|\/)/.exec(value);
  if (rel) return (Number(rel[1]) / (rel[2] === '%' ? 100 : 1)) * MIN_PX;
  return null;
}

const all = ['overlay', 'components', 'entrypoints'].flatMap(cssFiles).flatMap(declarations);
const known = (d: Declaration) => Object.keys(KNOWN).some((k) => k === d.file || k === `${d.file} ${d.selector}`);

describe('our CSS follows the FALC layout rules', () => {
  it('finds our style sheets', () => expect(all.length).toBeGreaterThan(20));

  it('F19: text is never justified nor hyphenated automatically', () => {
    const bad = all.filter((d) => (d.property === 'text-align' && /justify/.test(d.value)) || (/^(-webkit-)?hyphens$/.test(d.property) && /auto/.test(d.value)));
    expect(bad.map((d) => `${d.file} ${d.selector} { ${d.property}: ${d.value} }`)).toEqual([]);
  });

  it('F20: person-facing text is at least 18.7 px', () => {
    const small = all.filter((d) => (d.property === 'font-size' || d.property === 'font') && !d.exempt && (fontPx(d.value) ?? MIN_PX) < MIN_PX - 0.01);
    if (process.env.CAC_LINT_TEXT_REPORT) {
      for (const d of small) console.log(`F20 ${known(d) ? 'known' : 'NEW  '} ${d.file} ${d.selector} { ${d.property}: ${d.value} } ≈ ${fontPx(d.value)?.toFixed(1)} px`);
    }
    expect(small.filter((d) => !known(d)).map((d) => `${d.file} ${d.selector} { ${d.property}: ${d.value} }`)).toEqual([]);
  });

  it('F18: no text turned into capitals (reported)', () => {
    const caps = all.filter((d) => d.property === 'text-transform' && /uppercase/.test(d.value));
    if (process.env.CAC_LINT_TEXT_REPORT) for (const d of caps) console.log(`F18 warn ${d.file} ${d.selector} { text-transform: uppercase }`);
    expect(Array.isArray(caps)).toBe(true);
  });

  it('reads sizes as written', () => {
    expect(fontPx('calc(16px * var(--cac-scale, 1))')).toBe(16);
    expect(fontPx('18.7px')).toBe(18.7);
    expect(fontPx('0.9em')).toBeCloseTo(16.83, 1);
    expect(fontPx('600 14px/1.2 system-ui')).toBe(14);
    expect(fontPx('inherit')).toBeNull();
  });
});
