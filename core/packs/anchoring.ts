import type { Selector } from './schema';

/**
 * Pure anchoring decisions (G4). The DOM side (overlay/dom/find-target.ts) gathers the
 * candidates of each selector; this file folds text, spots generated ids and classes,
 * scores label matches and picks the target — or says, in French, why there is none.
 */

export const SELECTOR_KINDS = ['css', 'label', 'name', 'autocomplete', 'aria', 'id'] as const;
export type SelectorKind = (typeof SELECTOR_KINDS)[number];

/** The kinds a selector sets (a valid selector sets exactly one). */
export function kindsOf(selector: Selector): SelectorKind[] {
  return SELECTOR_KINDS.filter((kind) => selector[kind] !== undefined);
}

/** Accent-, case- and punctuation-insensitive form: "Numéro  d’accès" → "numero d acces". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * 2 when the folded name equals the wanted label, 1 when it starts with it at a word
 * boundary (DSFR appends its hint text to the label: "Numéro fiscal Format attendu…"),
 * 0 otherwise.
 */
export function labelScore(name: string, wanted: string): 0 | 1 | 2 {
  return foldedScore(fold(name), fold(wanted));
}

/** labelScore on already folded texts (the page side folds each name once per pass). */
export function foldedScore(name: string, wanted: string): 0 | 1 | 2 {
  if (!wanted) return 0;
  if (name === wanted) return 2;
  return name.startsWith(`${wanted} `) ? 1 : 0;
}

// Framework-made ids: Vuetify `input-35`, Angular Material `mat-input-3`, JSF `j_idt45`,
// React useId `:r1:`, Ember `ember123`. They change from one visit to the next.
const GENERATED_ID = /^(?:input|field|v|mat-[a-z]+|ng|react-select|ember|yui|gwt|ext-gen|j_idt|el|uid|id)[-_:]?\d+$|^:r[0-9a-z]+:$|^«r[0-9a-z]+»$/i;
// Hashed class or id parts: css modules `Button_root__a1B2c` (not BEM's `fr-password__input`), emotion `css-1x2y3z`,
// styled-components `sc-bdVaJa`.
const HASHED = /__(?=[\w-]*\d)[\w-]{5,}$|^css-[a-z0-9]{5,}$|^sc-[A-Za-z]{5,}$/;

/** A random-looking part: ≥ 6 letters and digits that switch often (`a3f9c2e1`, not `password2`). */
function looksRandom(part: string): boolean {
  if (!/^[a-z0-9]{6,}$/i.test(part)) return false;
  const switches = part.match(/[a-z](?=\d)|\d(?=[a-z])/gi)?.length ?? 0;
  return switches >= 3;
}

/** True for ids and class names a framework generated (never a stable anchor). */
export function isGeneratedToken(token: string): boolean {
  return GENERATED_ID.test(token) || HASHED.test(token) || token.split(/[-_]/).some(looksRandom);
}

/** The `#id` and `.class` tokens of a CSS selector that look generated. */
export function generatedTokensIn(css: string): string[] {
  const tokens = [...css.matchAll(/[#.](-?[_a-zA-Z][\w-]*)/g)].map((m) => m[1]!);
  return tokens.filter(isGeneratedToken);
}

/** What one selector found: candidates with a score (higher = better; only the best count). */
export interface Attempt<T> {
  kind: SelectorKind | 'invalide';
  found: Array<{ item: T; score: number }>;
}

export type Pick<T> = { target: T; index: number; reason: null } | { target: null; index: -1; reason: string };

/**
 * Selectors are tried in pack order; the first whose best candidates are exactly one
 * element wins. Otherwise the reason lists what each selector saw, for the health check.
 */
export function pickTarget<T>(attempts: ReadonlyArray<Attempt<T>>): Pick<T> {
  const seen: string[] = [];
  for (const [index, attempt] of attempts.entries()) {
    const best = Math.max(...attempt.found.map((c) => c.score));
    const top = attempt.found.filter((c) => c.score === best);
    if (top.length === 1) return { target: top[0]!.item, index, reason: null };
    seen.push(`${attempt.kind} : ${top.length === 0 ? 'aucun élément' : `${top.length} éléments`}`);
  }
  return { target: null, index: -1, reason: seen.length ? `aucun repère ne désigne un seul élément (${seen.join(', ')})` : 'aucun repère' };
}
