import type { Catalog } from '../core/text/translate';
import { catalogs, createTranslator, mergeByLanguage, type Translator } from './i18n';

/**
 * Translators for extension pages (popup, warning, clean desk): every area, including the
 * `<area>.pages.json` ones that lib/i18n.ts leaves out of the content script.
 */
const pageFiles = import.meta.glob<Catalog>('../locales/*/*.pages.json', { eager: true, import: 'default' });

export const pageCatalogs: Record<string, Catalog> = mergeByLanguage(pageFiles, catalogs);

export function createPageTranslator(lang: string): Translator {
  return createTranslator(lang, pageCatalogs);
}

export function defaultPageTranslator(): Translator {
  return createPageTranslator('fr');
}
