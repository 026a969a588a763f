import type { Catalog } from '../core/text/translate';
import { createTranslator as makeTranslator, type Translator } from './translator';

/**
 * UI strings live in locales/<lang>/<area>.json (one file per area, so features do not
 * edit the same file). French is the default and the fallback for any missing key.
 * tests/contract/locales.test.ts checks parity, and that every key used in code exists.
 * Areas used only by extension pages are named `<area>.pages.json` (lib/i18n-pages.ts).
 * The content script bundles none of them: the background sends it these catalogues
 * (message overlay.resources), so the strings stay out of the 30 KiB page budget.
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

export type { MessageKey, Translator } from './translator';

/** A translator over the bundled catalogues (background, extension pages, tests). */
export function createTranslator(lang: string, from: Record<string, Catalog> = catalogs): Translator {
  return makeTranslator(lang, from);
}

/** French first: the product speaks French unless the person chose another language. */
export function defaultTranslator(): Translator {
  return createTranslator('fr');
}
