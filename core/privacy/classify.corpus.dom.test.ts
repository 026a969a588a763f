// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectFields } from '../../overlay/dom/collect-fields';
import { classifyField } from './classify';
import { SECRET_SENSITIVITIES, Sensitivity } from './sensitivity';

// The labelled corpus in tests/fixtures/forms (see its README): every field carries
// data-truth. Fields go through the real DOM path — collectFields → describeField →
// classifyField — exactly as page.report builds them.
const DIR = join(import.meta.dirname, '../../tests/fixtures/forms');
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.html')).sort();

const IDENTIFIERS: readonly Sensitivity[] = ['social-security-number', 'tax-number', 'bank', 'identity-document', 'foreigner-number'];
const isSecret = (k: string) => (SECRET_SENSITIVITIES as readonly string[]).includes(k);

interface Row { file: string; field: string; truth: Sensitivity; got: Sensitivity }

function classifyCorpus(): Row[] {
  return FILES.flatMap((file) => {
    const html = readFileSync(join(DIR, file), 'utf8');
    document.body.innerHTML = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
    return collectFields(document).map(({ element, description }) => {
      const truth = Sensitivity.parse(element.getAttribute('data-truth'));
      const field = `${element.id || element.getAttribute('name') || element.tagName} «${description.accessibleName.slice(0, 50)}»`;
      return { file, field, truth, got: classifyField(description) };
    });
  });
}

const rows = classifyCorpus();
const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);
const mistakes = (list: Row[]) => list.map((r) => `${r.file} ${r.field}: truth ${r.truth}, got ${r.got}`);

describe('classifier on the labelled form corpus (real DOM path)', () => {
  it('has a corpus worth measuring: ≥ 10 files, ≥ 250 fields, every category present', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(10);
    expect(rows.length).toBeGreaterThanOrEqual(250);
    for (const category of Sensitivity.options) expect([category, rows.some((r) => r.truth === category)]).toEqual([category, true]);
  });

  it('finds every secret field (password and one-time code): recall 100 %', () => {
    const secrets = rows.filter((r) => isSecret(r.truth));
    expect(mistakes(secrets.filter((r) => !isSecret(r.got)))).toEqual([]);
    expect(mistakes(secrets.filter((r) => r.got !== r.truth))).toEqual([]);
  });

  it('flags no ordinary field as a secret: 0 false positives', () => {
    expect(mistakes(rows.filter((r) => !isSecret(r.truth) && isSecret(r.got)))).toEqual([]);
  });

  it('finds identifiers and bank fields with the right category: recall ≥ 95 %', () => {
    const wanted = rows.filter((r) => IDENTIFIERS.includes(r.truth));
    const found = wanted.filter((r) => r.got === r.truth);
    const recall = ratio(found.length, wanted.length);
    expect(recall, mistakes(wanted.filter((r) => r.got !== r.truth)).join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it('prints per-category recall and precision (for the report)', () => {
    const lines = Sensitivity.options.map((category) => {
      const truth = rows.filter((r) => r.truth === category);
      const got = rows.filter((r) => r.got === category);
      const hits = truth.filter((r) => r.got === category).length;
      return `${category.padEnd(22)} n=${String(truth.length).padStart(3)} recall ${(100 * ratio(hits, truth.length)).toFixed(0).padStart(3)} % precision ${(100 * ratio(hits, got.length)).toFixed(0).padStart(3)} %`;
    });
    const exact = rows.filter((r) => r.got === r.truth).length;
    console.info([`corpus: ${rows.length} fields in ${FILES.length} files, exact ${exact}`, ...lines, ...mistakes(rows.filter((r) => r.got !== r.truth))].join('\n'));
    expect(lines).toHaveLength(Sensitivity.options.length);
  });
});
