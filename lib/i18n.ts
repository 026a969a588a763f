import { directionOf, translate, type Catalog, type TextDirection } from '../core/text/translate';

/**
 * UI strings live in locales/<lang>/<area>.json (one file per area, so features do not
 * edit the same file). French is the default and the fallback for any missing key.
 * tests/contract/locales.test.ts checks parity, and that every key used in code exists.
 * Areas used only by extension pages are named `<area>.pages.json`: they stay out of this
 * module, hence out of the content script (30 KiB budget); pages use lib/i18n-pages.ts.
 */
const files = import.meta.glob<Catalog>(['../locales/*/*.json', '!../locales/*/*.pages.json'], { eager: true, import: 'default' });

export const catalogs: Record<string, Catalog> = mergeByLanguage(files);

export function mergeByLanguage(modules: Record<string, Catalog>, base: Record<string, Catalog> = {}): Record<string, Catalog> {
  const merged: Record<string, Record<string, string>> = { ...base };
  for (const [path, catalog] of Object.entries(modules)) {
    const lang = path.split('/').at(-2)!;
    merged[lang] = { ...merged[lang], ...catalog };
  }
  return merged;
}

export type MessageKey = string;

export interface Translator {
  lang: string;
  dir: TextDirection;
  t: (key: MessageKey, params?: Record<string, string>) => string;
}

/** A translator for `lang` (a BCP 47 tag); unknown languages get French. */
export function createTranslator(lang: string, from: Record<string, Catalog> = catalogs): Translator {
  const base = lang.toLowerCase().split('-')[0] ?? 'fr';
  const chosen = from[base] ? base : 'fr';
  const catalog = from[chosen]!;
  const french = from.fr ?? {};
  return { lang: chosen, dir: directionOf(chosen), t: (key, params) => translate(catalog, french, key, params) };
}

/** French first: the product speaks French unless the person chose another language. */
export function defaultTranslator(): Translator {
  return createTranslator('fr');
}
