/**
 * The text linter behind `npm run lint:text` and tests/contract/plain-language.test.ts:
 * gathers every person-facing string (French UI strings, guide packs, the glossary) and
 * runs the FALC checks and readability scores of core/text on each.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkHelpEntry, checkText, checkTitle, type Finding } from '../../core/text/falc';
import { createGlossaryMatcher, type GlossaryMatcher } from '../../core/text/glossary-match';
import { compactTerms, Glossary } from '../../core/text/glossary-schema';
import { readabilityOf, wordsOf, type Readability } from '../../core/text/readability';

export const ROOT = join(import.meta.dirname, '../..');
export const GLOSSARY_FILE = 'packs/glossary/fr.json';

export type SourceKind = 'locale' | 'pack' | 'glossary';

export interface TextItem {
  kind: SourceKind;
  /** file:path.to.string */
  where: string;
  text: string;
  isTitle?: boolean;
}

export interface HelpItem {
  kind: SourceKind;
  where: string;
  hasExample: boolean;
  hasIcon: boolean;
}

export interface LocatedFinding extends Finding {
  kind: SourceKind;
  where: string;
}

/** Keys whose strings people read (G1's pack schema: title, body, help.what…, the worker's `workerNote`; glossary: plain, example). */
const PERSON_KEYS = new Set(['title', 'body', 'what', 'example', 'where', 'why', 'procedure', 'papers', 'confidentiality', 'workerNote', 'label', 'plain', 'text', 'hint', 'summary', 'message']);
/** Keys for machines and pack authors: selectors (their `label` is a label to find, not to show), notes, ids, patterns. */
const MACHINE_KEYS = new Set(['selectors', 'target', 'pages', 'urlPatterns', 'note', 'notes', 'id', 'css', 'name', 'autocomplete', 'aria', 'url', 'portal', 'stage', 'schemaVersion', 'format', 'sensitivity', 'page', 'advance', 'aliases', 'caps', 'term', 'source', 'lang', 'version']);

const readJson = (file: string): unknown => JSON.parse(readFileSync(join(ROOT, file), 'utf8'));

function jsonFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(join(ROOT, dir));
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const path = `${dir}/${name}`;
    if (statSync(join(ROOT, path)).isDirectory()) return jsonFiles(path);
    return name.endsWith('.json') ? [path] : [];
  });
}

export function loadGlossary(): Glossary {
  return Glossary.parse(readJson(GLOSSARY_FILE));
}

export function glossaryMatcher(glossary = loadGlossary()): GlossaryMatcher {
  return createGlossaryMatcher(compactTerms(glossary));
}

/** Walks any pack-like JSON: strings under person-facing keys, help entries (objects with `what`). */
function walk(node: unknown, where: string, personFacing: boolean, kind: SourceKind, texts: TextItem[], helps: HelpItem[], key = '') {
  if (typeof node === 'string') {
    if (personFacing && node.trim()) texts.push({ kind, where, text: node, isTitle: key === 'title' });
    return;
  }
  if (Array.isArray(node)) {
    node.forEach((child, i) => walk(child, `${where}[${i}]`, personFacing, kind, texts, helps, key));
    return;
  }
  if (node && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    if (typeof record.what === 'string') helps.push({ kind, where, hasExample: typeof record.example === 'string', hasIcon: 'icon' in record });
    for (const [k, child] of Object.entries(record)) {
      if (MACHINE_KEYS.has(k)) continue;
      walk(child, `${where}.${k}`, personFacing || PERSON_KEYS.has(k), kind, texts, helps, k);
    }
  }
}

/** Every person-facing string of the project, with where it comes from. */
export function collectTexts(): { texts: TextItem[]; helps: HelpItem[] } {
  const texts: TextItem[] = [];
  const helps: HelpItem[] = [];
  for (const file of jsonFiles('locales/fr')) {
    for (const [key, text] of Object.entries(readJson(file) as Record<string, string>)) texts.push({ kind: 'locale', where: `${file}:${key}`, text });
  }
  for (const file of jsonFiles('packs').filter((f) => f !== GLOSSARY_FILE)) walk(readJson(file), file, false, 'pack', texts, helps);
  for (const entry of loadGlossary().terms) {
    const where = `${GLOSSARY_FILE}:${entry.id}`;
    texts.push({ kind: 'glossary', where: `${where}.plain`, text: entry.plain });
    if (entry.example) texts.push({ kind: 'glossary', where: `${where}.example`, text: entry.example });
    helps.push({ kind: 'glossary', where, hasExample: entry.example !== undefined, hasIcon: true }); // the card shows the "?" mark
  }
  return { texts, helps };
}

export interface LintResult {
  findings: LocatedFinding[];
  /** Readability of the texts of at least 2 sentences or 12 words (short labels say little). */
  scores: { kind: SourceKind; where: string; score: Readability }[];
  texts: number;
}

export function lintAll(): LintResult {
  const glossary = glossaryMatcher();
  const { texts, helps } = collectTexts();
  const findings: LocatedFinding[] = [];
  for (const item of texts) {
    const found = [...checkText(item.text, { glossary }), ...(item.isTitle ? checkTitle(item.text) : [])];
    findings.push(...found.map((f) => ({ ...f, kind: item.kind, where: item.where })));
  }
  for (const help of helps) findings.push(...checkHelpEntry({ ...help, name: help.where }).map((f) => ({ ...f, kind: help.kind, where: help.where })));
  const scores = texts
    .filter((item) => wordsOf(item.text).length >= 12)
    .map((item) => ({ kind: item.kind, where: item.where, score: readabilityOf(item.text) }));
  return { findings, scores, texts: texts.length };
}

const mean = (xs: number[]) => (xs.length ? Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 10) / 10 : 0);

/** The printed report: counts by rule and level, readability by source, then every finding. */
export function formatReport(result: LintResult): string {
  const lines: string[] = [];
  const levels = ['error', 'warn', 'info'] as const;
  const count = (level: string) => result.findings.filter((f) => f.level === level).length;
  lines.push(`Texte simple (FALC) — ${result.texts} textes vérifiés : ${levels.map((l) => `${count(l)} ${l}`).join(', ')}`);
  const byRule = new Map<string, number>();
  for (const f of result.findings) byRule.set(`${f.rule} ${f.level}`, (byRule.get(`${f.rule} ${f.level}`) ?? 0) + 1);
  lines.push(`Par règle : ${[...byRule].sort().map(([k, n]) => `${k} ×${n}`).join(' · ')}`);
  for (const kind of ['locale', 'pack', 'glossary'] as const) {
    const s = result.scores.filter((x) => x.kind === kind).map((x) => x.score);
    if (s.length) lines.push(`Lisibilité ${kind} (${s.length} textes de 12 mots ou plus) : LIX moyen ${mean(s.map((x) => x.lix))} (max ${Math.max(...s.map((x) => x.lix))}), Kandel-Moles moyen ${mean(s.map((x) => x.kandelMoles))} (min ${Math.min(...s.map((x) => x.kandelMoles))})`);
  }
  for (const level of levels) {
    for (const f of result.findings.filter((x) => x.level === level)) lines.push(`${f.level.padEnd(5)} ${f.rule} ${f.where} — ${f.message} « ${f.excerpt} »`);
  }
  return lines.join('\n');
}

export const relativeToRoot = (path: string) => relative(ROOT, path);
