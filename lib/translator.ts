import { directionOf, translate, type Catalog, type TextDirection } from '../core/text/translate';

export type MessageKey = string;

export interface Translator {
  lang: string;
  dir: TextDirection;
  t: (key: MessageKey, params?: Record<string, string>) => string;
  /** The same catalogues in another language (the person changed it in the settings). */
  forLanguage: (lang: string) => Translator;
}

/**
 * A translator for `lang` (a BCP 47 tag) over `from` (catalogues by language); unknown
 * languages get French, and a key missing in a language falls back to French.
 * No catalogue is imported here: the content script receives its strings from the
 * background (message overlay.resources), extension pages and tests use lib/i18n.ts.
 */
export function createTranslator(lang: string, from: Record<string, Catalog>): Translator {
  const base = lang.toLowerCase().split('-')[0] ?? 'fr';
  const chosen = from[base] ? base : 'fr';
  const catalog = from[chosen] ?? {};
  const french = from.fr ?? {};
  return {
    lang: chosen,
    dir: directionOf(chosen),
    t: (key, params) => translate(catalog, french, key, params),
    forLanguage: (next) => createTranslator(next, from),
  };
}
