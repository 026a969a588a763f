import { foldText } from './glossary-match';

export type UiLanguage = 'fr' | 'en';

/**
 * One of our own UI words (not a portal's word: those are in packs/glossary), with the one
 * form we use in each language and the forms we do not. A person who reads "Pièces à
 * préparer" on the step card and hears "Papiers à préparer" from the worker wonders whether
 * these are two lists.
 */
export interface UiTerm {
  id: string;
  term: Readonly<Record<UiLanguage, string>>;
  /** Other words for the same thing: none may appear in our strings (tests/contract/voice.test.ts). */
  variants: Readonly<Record<UiLanguage, readonly string[]>>;
}

export const UI_TERMS: readonly UiTerm[] = [
  {
    id: 'papers',
    term: { fr: 'Papiers à préparer', en: 'Papers to have ready' },
    variants: {
      fr: ['pièces à préparer', 'documents à préparer', 'justificatifs à préparer', 'papiers à apporter', 'pièces à apporter', 'documents à apporter', 'documents nécessaires'],
      en: ['documents to prepare', 'papers to prepare', 'documents to have ready', 'documents to bring', 'papers to bring', 'required documents'],
    },
  },
  {
    id: 'helper',
    term: { fr: 'votre accompagnant', en: 'your helper' },
    variants: {
      fr: ['votre aidant', 'votre accompagnateur', 'votre accompagnatrice', 'votre conseiller', 'votre conseillère', 'votre travailleur social', 'la personne qui vous aide', 'une personne est à côté de vous'],
      en: ['your adviser', 'your advisor', 'your worker', 'your social worker', 'the person helping you', 'someone is sitting next to you'],
    },
  },
  {
    id: 'session',
    term: { fr: 'Session accompagnée', en: 'Accompanied session' },
    variants: {
      fr: ['séance accompagnée', "session d'accompagnement", 'mode accompagné', 'session assistée'],
      en: ['assisted session', 'helped session', 'accompanied mode', 'support session'],
    },
  },
  {
    id: 'clean-desk',
    term: { fr: 'Bureau propre', en: 'Clean desk' },
    variants: {
      fr: ['bureau net', 'poste propre', 'nettoyage du poste', "nettoyage de l'ordinateur"],
      en: ['tidy desk', 'clear desk', 'clean computer'],
    },
  },
  {
    id: 'curtain',
    term: { fr: 'Rideau', en: 'Curtain' },
    variants: {
      fr: ['volet', 'cache-écran', 'écran de confidentialité', 'masque de confidentialité'],
      en: ['privacy screen', 'shutter', 'screen cover', 'privacy mask'],
    },
  },
  {
    id: 'official-site',
    term: { fr: 'site officiel', en: 'official site' },
    variants: {
      fr: ['site gouvernemental', 'site authentique', 'site certifié'],
      en: ['official website', 'government website', 'government site', 'genuine site'],
    },
  },
  {
    id: 'guide',
    term: { fr: 'guide', en: 'guide' },
    variants: {
      fr: ['visite guidée', 'parcours guidé', 'tutoriel', 'assistant pas à pas'],
      en: ['walkthrough', 'guided tour', 'tutorial', 'step-by-step wizard'],
    },
  },
  {
    id: 'words-explained',
    term: { fr: 'Mots expliqués', en: 'Words explained' },
    variants: {
      fr: ['lexique', 'glossaire', 'mots difficiles'],
      en: ['glossary', 'lexicon', 'difficult words'],
    },
  },
];

/** Lower case, no accent, one kind of apostrophe and space: "Pièces" and "pieces" are one form. */
const fold = (text: string) => foldText(text).replace(/\s+/g, ' ');

/** A variant as a whole-word pattern over folded text. */
const patternOf = (variant: string) => new RegExp(`(?<![\\p{L}\\p{N}])${fold(variant).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u');

const compiled = UI_TERMS.map((t) => ({ id: t.id, fr: t.variants.fr.map((v) => [v, patternOf(v)] as const), en: t.variants.en.map((v) => [v, patternOf(v)] as const) }));

/** The variants of our UI words found in a text (whole words, case and accents aside). */
export function termVariantsIn(text: string, lang: UiLanguage): { id: string; variant: string }[] {
  const folded = fold(text);
  return compiled.flatMap((t) => t[lang].filter(([, re]) => re.test(folded)).map(([variant]) => ({ id: t.id, variant })));
}
