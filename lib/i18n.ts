import fr from '../locales/fr.json';
import en from '../locales/en.json';
import { directionOf, translate, type Catalog, type TextDirection } from '../core/text/translate';

/** UI languages we ship. French is the default and the fallback for any missing key. */
export const catalogs: Record<string, Catalog> = { fr, en };
export type MessageKey = keyof typeof fr;

export interface Translator {
  lang: string;
  dir: TextDirection;
  t: (key: MessageKey, params?: Record<string, string>) => string;
}

/** A translator for `lang` (a BCP 47 tag); unknown languages get French. */
export function createTranslator(lang: string): Translator {
  const base = lang.toLowerCase().split('-')[0] ?? 'fr';
  const chosen = catalogs[base] ? base : 'fr';
  const catalog = catalogs[chosen]!;
  return { lang: chosen, dir: directionOf(chosen), t: (key, params) => translate(catalog, fr, key, params) };
}

/** French first: the product speaks French unless the person chose another language. */
export function defaultTranslator(): Translator {
  return createTranslator('fr');
}
