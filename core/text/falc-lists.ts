/**
 * Word lists for the FALC checks (falc-rules.md). Short on purpose: they catch what writers
 * of this project tend to write; extend them when a review finds a new case.
 */

/**
 * Capitals that F03 accepts without explanation, each with its reason. Acronyms of the
 * administration belong in the glossary (packs/glossary/fr.json), not here.
 */
export const ACRONYM_ALLOW_LIST: Readonly<Record<string, string>> = {
  SMS: 'a word of everyday French ("un SMS"), in the dictionary; people know it from their phone',
  PDF: 'the kind of file people see written on the file itself; explaining it adds nothing',
  OK: 'an everyday word, and the label of buttons people press',
};

/** Subordinating words: more than one idea in a sentence (F02). */
export const SUBORDINATORS = ['qui', 'que', "qu'", 'dont', 'lorsque', "lorsqu'", 'alors que', 'bien que', 'parce que', "parce qu'", 'puisque', "puisqu'", 'tandis que', 'afin que', 'quoique'];

/** Words that name the same thing: mixing them in one block confuses (F05). */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['allocation', 'aide', 'prestation'],
  ['ressources', 'revenus'],
  ['courriel', 'e-mail', 'mail', 'adresse électronique'],
  ['code secret', 'code confidentiel', 'mot de passe'],
  ['logement', 'habitation'],
];

/** Foreign words with a French equivalent (F06). */
export const FOREIGN_WORDS = ['login', 'logout', 'mail', 'email', 'upload', 'uploader', 'download', 'checker', 'check', 'password', 'newsletter', 'feedback', 'deadline', 'process', 'update', 'booster', 'scroller', 'follow-up', 'spam', 'cloud'];

/** Idioms and metaphors people may take literally (F07). */
export const IDIOMS = ['coup de pouce', "coup d'œil", "coup d'oeil", "jeter un œil", "jeter un oeil", 'en un clin', 'casse-tête', 'feu vert', 'tomber à l’eau', "tomber à l'eau", 'mettre la main à la pâte', 'la balle est dans', 'sur le bout des doigts', 'en deux clics', 'en quelques clics', 'boîte noire', 'mine d’or', "mine d'or", 'à la carte', 'parcours du combattant', 'porte d’entrée', "porte d'entrée"];

/** Numbers written in letters (F12): "un"/"une" stay words. */
export const NUMBER_WORDS = ['deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize', 'dix-sept', 'dix-huit', 'dix-neuf', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante', 'soixante-dix', 'quatre-vingt', 'quatre-vingts', 'quatre-vingt-dix', 'cent', 'cents', 'mille'];

/** Conditional forms of frequent verbs (F11); the pattern in falc.ts catches -erait & co. */
export const CONDITIONALS = ['serait', 'seraient', 'seriez', 'aurait', 'auraient', 'auriez', 'pourrait', 'pourraient', 'pourriez', 'devrait', 'devraient', 'devriez', 'faudrait', 'voudrait', 'voudriez', 'souhaiteriez', 'aimeriez', 'pourrais', 'devrais', 'serais', 'aurais', 'voudrais', 'faudrait'];

/** Subjunctive forms after "que" (F11). */
export const SUBJUNCTIVES = ['soyez', 'soit', 'soient', 'ayez', 'ait', 'aient', 'puissiez', 'puisse', 'puissent', 'fassiez', 'fasse', 'fassent', 'sachiez', 'sache', 'alliez', 'aille', 'veuille', 'veuilliez', 'faille', 'vienne', 'veniez', 'preniez', 'preniez', 'receviez', 'envoyiez'];

/** Pronouns that should not open a block: the reader does not know what they stand for (F23). */
export const OPENING_PRONOUNS = ['il', 'elle', 'ils', 'elles', 'cela', 'ça', 'ceci', 'celui-ci', 'celle-ci'];
