/** A catalogue of UI strings for one language: key → text with `{name}` placeholders. */
export type Catalog = Readonly<Record<string, string>>;

export type TextDirection = 'ltr' | 'rtl';

const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'ku']);

/**
 * The text for `key`, with `{name}` placeholders filled from `params`. A key missing from
 * `catalog` falls back to `fallback` (French), then to the key itself: a missing
 * translation shows, it never crashes.
 */
export function translate(catalog: Catalog, fallback: Catalog, key: string, params: Record<string, string> = {}): string {
  const template = catalog[key] ?? fallback[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}

/** Writing direction of a BCP 47 language tag (`ar-MA` → rtl). */
export function directionOf(lang: string): TextDirection {
  return RTL_LANGUAGES.has(lang.toLowerCase().split('-')[0] ?? '') ? 'rtl' : 'ltr';
}

/** Placeholder names used in a template, sorted (for parity checks between languages). */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
}
