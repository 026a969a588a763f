// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectFields } from '../../overlay/dom/collect-fields';
import labels from '../../tests/fixtures/real-forms/labels.json';
import { classifyField } from './classify';
import { SECRET_SENSITIVITIES, Sensitivity } from './sensitivity';

// Markup nobody here wrote: real French public-service sign-in and form screens and a peer
// suite's captured forms, kept beside the clone in ../shared/corpus/real-forms/ (never
// copied into this repository). Our truth for each field is tests/fixtures/real-forms/
// labels.json. Fields go through the real DOM path, as page.report builds them. The folder
// is looked for beside the clone (CI: ../shared), or beside a parent folder (git worktrees);
// without it the suite is skipped and counted as such.
const ROOT = join(import.meta.dirname, '../..');
const DIR = ['..', '../..', '../../..'].map((up) => join(ROOT, up, 'shared/corpus/real-forms')).find((dir) => existsSync(dir)) ?? '';
const present = DIR !== '';
const TRUTH = labels as unknown as Record<string, Record<string, string>>;

const isSecret = (k: string) => (SECRET_SENSITIVITIES as readonly string[]).includes(k);
const isPersonal = (k: string) => k !== 'none' && !isSecret(k);

interface Row { file: string; key: string; truth: Sensitivity | undefined; got: Sensitivity; label: string }

/** #id, else name:n (n-th field with that name), else @n — the keys of labels.json. */
function keysOf(elements: readonly Element[]): string[] {
  const seen = new Map<string, number>();
  return elements.map((el, index) => {
    const id = el.getAttribute('id');
    const name = el.getAttribute('name');
    const base = id ? `#${id}` : name ? `${name}:` : `@${index}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    if (id) return n === 0 ? base : `${base}~${n}`;
    return name ? `${base}${n}` : base;
  });
}

function classifyPages(): Row[] {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.html')).sort();
  return files.flatMap((file) => {
    const html = readFileSync(join(DIR, file), 'utf8');
    document.body.innerHTML = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
    const fields = collectFields(document);
    const keys = keysOf(fields.map((f) => f.element));
    return fields.map(({ description }, i) => {
      const truth = TRUTH[file]?.[keys[i]!];
      return { file, key: keys[i]!, truth: truth === undefined ? undefined : Sensitivity.parse(truth), got: classifyField(description), label: description.accessibleName.slice(0, 60) };
    });
  });
}

const pct = (n: number, d: number) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)} %`);
const show = (r: Row) => `${r.file} ${r.key} «${r.label}»: truth ${r.truth}, got ${r.got}`;

describe.skipIf(!present)('classifier on real third-party markup (../shared/corpus/real-forms)', () => {
  const rows = present ? classifyPages() : [];
  const labelled = rows.filter((r): r is Row & { truth: Sensitivity } => r.truth !== undefined);

  it('has a label for every collected field, and every label finds its field', () => {
    expect(rows.filter((r) => r.truth === undefined).map(show)).toEqual([]);
    const used = new Set(rows.map((r) => `${r.file} ${r.key}`));
    const unused = Object.entries(TRUTH).flatMap(([file, keys]) => (file.startsWith('_') ? [] : Object.keys(keys).map((k) => `${file} ${k}`))).filter((k) => !used.has(k));
    expect(unused).toEqual([]);
    expect(labelled.length).toBeGreaterThanOrEqual(120);
  });

  it('prints recall and precision for secrets and personal data (for the report)', () => {
    const secrets = labelled.filter((r) => isSecret(r.truth));
    const flagged = labelled.filter((r) => isSecret(r.got));
    const personal = labelled.filter((r) => isPersonal(r.truth));
    const seen = labelled.filter((r) => isPersonal(r.got));
    const lines = [
      `real-forms: ${labelled.length} fields in ${new Set(labelled.map((r) => r.file)).size} pages, exact ${labelled.filter((r) => r.got === r.truth).length}`,
      `secrets  n=${secrets.length} recall ${pct(secrets.filter((r) => isSecret(r.got)).length, secrets.length)} precision ${pct(flagged.filter((r) => isSecret(r.truth)).length, flagged.length)} (exact kind ${pct(secrets.filter((r) => r.got === r.truth).length, secrets.length)})`,
      `personal n=${personal.length} recall ${pct(personal.filter((r) => isPersonal(r.got)).length, personal.length)} precision ${pct(seen.filter((r) => isPersonal(r.truth)).length, seen.length)} (exact category ${pct(personal.filter((r) => r.got === r.truth).length, personal.length)})`,
      ...labelled.filter((r) => r.got !== r.truth).map(show),
    ];
    console.info(lines.join('\n'));
    expect(lines.length).toBeGreaterThanOrEqual(3);
  });

  it('finds every secret (recall 100 %) and flags no ordinary field as a secret', () => {
    expect(labelled.filter((r) => isSecret(r.truth) && !isSecret(r.got)).map(show)).toEqual([]);
    expect(labelled.filter((r) => !isSecret(r.truth) && isSecret(r.got)).map(show)).toEqual([]);
  });

  it('finds personal data: recall ≥ 90 %, precision ≥ 90 %', () => {
    const personal = labelled.filter((r) => isPersonal(r.truth));
    const seen = labelled.filter((r) => isPersonal(r.got));
    const misses = personal.filter((r) => !isPersonal(r.got)).map(show).join('\n');
    expect(personal.filter((r) => isPersonal(r.got)).length / personal.length, misses).toBeGreaterThanOrEqual(0.9);
    expect(seen.filter((r) => isPersonal(r.truth)).length / seen.length).toBeGreaterThanOrEqual(0.9);
  });
});
