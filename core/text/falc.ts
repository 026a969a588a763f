/**
 * The FALC-style checks of falc-rules.md that can be made on a text (F01–F18, F21–F25;
 * F19/F20 are checks of our CSS, in tests/contract/ui-css.test.ts). Each finding says
 * which rule, how serious, what to do (in French) and where. The linter helps writers; it
 * certifies nothing, and the product never shows the "Facile à lire" logo.
 */
import { foldText, type GlossaryMatcher } from './glossary-match';
import { sentencesOf, wordsOf } from './readability';
import * as L from './falc-lists';

export type FindingLevel = 'error' | 'warn' | 'info';

export interface Finding {
  rule: string;
  level: FindingLevel;
  /** What is wrong and what to do, in plain French. */
  message: string;
  /** The piece of text concerned (short). */
  excerpt: string;
}

export interface FalcOptions {
  /** Glossary terms are explained on the page: an acronym or hard word inside one is fine. */
  glossary?: GlossaryMatcher;
}

const CAPS = 'A-ZÀÂÄÉÈÊËÎÏÔÖÙÛÜÇ';
const ACRONYM = new RegExp(`(?<![\\p{L}\\p{N}])[${CAPS}]{2,}(?![\\p{L}\\p{N}])`, 'gu');
const PASSIVE = /(?<![\p{L}])(?:est|sont|a été|ont été|être|était|étaient|sera|seront)\s+\p{L}{2,}(?:é|ée|és|ées|is|ie|ies|u|ue|us|ues|it|ite|its|ites)\s+(?:\p{L}+\s+){0,4}par(?![\p{L}])/u;
const ROMAN = /^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A word or phrase of `list`, whole, in an accent- and case-folded text. */
const wordRe = (list: readonly string[], flags = 'gu') =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${list.map((w) => escape(foldText(w))).join('|')})(?![\\p{L}\\p{N}])`, flags);
const excerpt = (text: string, start: number, end: number) => {
  const from = Math.max(0, start - 20);
  const to = Math.min(text.length, end + 20);
  return `${from > 0 ? '…' : ''}${text.slice(from, to).replace(/\s+/g, ' ').trim()}${to < text.length ? '…' : ''}`;
};
const short = (s: string) => (s.length > 70 ? `${s.slice(0, 67)}…` : s);

/** All text checks on one block (one string: a card body, a UI label, an explanation). */
export function checkText(text: string, options: FalcOptions = {}): Finding[] {
  const findings: Finding[] = [];
  const add = (rule: string, level: FindingLevel, message: string, where: string) => findings.push({ rule, level, message, excerpt: where });
  const covered = coveredBy(text, options.glossary);
  checkSentences(text, add);
  checkAcronyms(text, covered, add);
  checkAbbreviations(text, covered, add);
  checkLongWords(text, covered, add);
  checkWordLists(text, add);
  checkNumbersAndSigns(text, add);
  checkBlockShape(text, add);
  return findings;
}

type Add = (rule: string, level: FindingLevel, message: string, excerpt: string) => void;

/** Offsets of the text that a glossary term covers. */
function coveredBy(text: string, glossary?: GlossaryMatcher): (start: number, end: number) => boolean {
  const spans = glossary?.find(text) ?? [];
  return (start, end) => spans.some((m) => m.start <= start && m.end >= end);
}

function checkSentences(text: string, add: Add) {
  const subordinators = wordRe(L.SUBORDINATORS.filter((w) => !w.endsWith("'")));
  const elided = /(?<![\p{L}])(?:qu|lorsqu|puisqu|parce qu)'/gu;
  for (const sentence of sentencesOf(text)) {
    const words = wordsOf(sentence).length;
    if (words > 20) add('F01', 'error', `Phrase trop longue : ${words} mots. Écrivez 15 mots au plus, 20 au grand maximum.`, short(sentence));
    else if (words > 15) add('F01', 'warn', `Phrase un peu longue : ${words} mots. Essayez 15 mots au plus.`, short(sentence));
    const folded = foldText(sentence);
    const ideas = (sentence.match(/[;:]/g)?.length ?? 0) + (folded.match(subordinators)?.length ?? 0) + (folded.match(elided)?.length ?? 0);
    if (ideas >= 2) add('F02', 'warn', 'Plusieurs idées dans une phrase. Faites une phrase par idée.', short(sentence));
    const negations = folded.match(/(?<![\p{L}])(?:(?:ne|sans|non)(?![\p{L}])|n')/gu)?.length ?? 0;
    if (negations >= 2) add('F08', 'warn', 'Deux négations dans une phrase. Dites-le de façon positive.', short(sentence));
    if (PASSIVE.test(sentence.toLowerCase())) {
      add('F09', 'info', 'Forme passive. Dites qui fait l’action : « la CAF verse » plutôt que « est versé par la CAF ».', short(sentence));
    }
    const commas = sentence.split(',').length - 1;
    if (commas >= 3 || (commas >= 2 && /,[^,]*\s(?:et|ou)\s[^,]*$/.test(sentence))) add('F22', 'info', 'Une énumération de plus de 3 éléments. Faites une liste à puces.', short(sentence));
  }
}

/** F03: an acronym is explained at first use, or is a glossary term, or is allow-listed. */
function checkAcronyms(text: string, covered: (s: number, e: number) => boolean, add: Add) {
  const explained = new Set<string>();
  for (const m of text.matchAll(ACRONYM)) {
    const word = m[0];
    const start = m.index;
    const end = start + word.length;
    if (explained.has(word) || covered(start, end) || word in L.ACRONYM_ALLOW_LIST) continue;
    const after = text.slice(end, end + 160);
    const before = text.slice(Math.max(0, start - 1), start);
    const explainedHere = /^\s*\([^)]*\p{L}{2,}[^)]*\s[^)]*\)/u.test(after) || (before === '(' && after.startsWith(')')) || /^\s*[,:–-]?\s*(?:c['’]est-à-dire|c['’]est|soit)\b/u.test(after);
    explained.add(word);
    if (explainedHere) continue;
    if (word.length >= 6 && (word.match(/[AEIOUYÉÈÊÀÂÎÔÛ]/g)?.length ?? 0) >= 2) {
      add('F18', 'warn', `Mot écrit en capitales : « ${word} ». Écrivez-le en minuscules.`, excerpt(text, start, end));
    } else if (ROMAN.test(word)) {
      add('F15', 'info', `Chiffre romain « ${word} ». Écrivez le nombre en chiffres (1, 2, 3).`, excerpt(text, start, end));
    } else {
      add('F03', 'error', `Sigle « ${word} » sans explication. Expliquez-le à la première utilisation, par exemple « ${word} (…) », ou ajoutez-le au glossaire.`, excerpt(text, start, end));
    }
  }
}

function checkAbbreviations(text: string, covered: (s: number, e: number) => boolean, add: Add) {
  const abbreviations: [RegExp, string][] = [
    [/(?<![\p{L}])cf\./giu, 'Écrivez « voir » à la place de « cf. ».'],
    [/(?<![\p{L}])etc\./giu, 'Écrivez la liste entière à la place de « etc. ».'],
    [/(?<![\p{L}])ex\./giu, 'Écrivez « par exemple » à la place de « ex. ».'],
    [/(?<![\p{L}\p{N}])n°/giu, 'Écrivez « numéro » à la place de « n° ».'],
  ];
  for (const [re, advice] of abbreviations) {
    for (const m of text.matchAll(re)) {
      if (!covered(m.index, m.index + m[0].length)) add('F03', 'error', `Abréviation « ${m[0]} ». ${advice}`, excerpt(text, m.index, m.index + m[0].length));
    }
  }
}

/** F04: a word of more than 12 letters is explained in the block (or by the glossary). */
function checkLongWords(text: string, covered: (s: number, e: number) => boolean, add: Add) {
  const seen = new Set<string>();
  for (const m of text.matchAll(/[\p{L}]{13,}/gu)) {
    const word = m[0].toLowerCase();
    if (seen.has(word) || covered(m.index, m.index + m[0].length)) continue;
    seen.add(word);
    if (/^\s*\(|^\s*,\s*c['’]est-à-dire/u.test(text.slice(m.index + m[0].length))) continue;
    add('F04', 'warn', `Mot long : « ${m[0]} ». Cherchez un mot plus simple ou expliquez-le.`, excerpt(text, m.index, m.index + m[0].length));
  }
}

function checkWordLists(text: string, add: Add) {
  const folded = foldText(text);
  const each = (list: readonly string[], fn: (word: string, index: number) => void) => {
    for (const m of folded.matchAll(wordRe(list))) fn(text.slice(m.index, m.index + m[0].length), m.index);
  };
  for (const group of L.SYNONYM_GROUPS) {
    const used = group.filter((w) => wordRe([w, `${w}s`], 'u').test(folded));
    if (used.length >= 2) add('F05', 'info', `Plusieurs mots pour la même chose : ${used.join(', ')}. Gardez-en un seul.`, short(text));
  }
  each(L.FOREIGN_WORDS, (w, i) => {
    if (folded.slice(i - 2, i) === 'e-') return; // « e-mail » is in French dictionaries; « mail » alone is not
    add('F06', 'warn', `Mot anglais « ${w} ». Utilisez un mot français.`, excerpt(text, i, i + w.length));
  });
  each(L.IDIOMS, (w, i) => add('F07', 'info', `Expression imagée « ${w} ». Dites-le avec des mots simples.`, excerpt(text, i, i + w.length)));
  each(L.CONDITIONALS, (w, i) => add('F11', 'warn', `Conditionnel « ${w} ». Préférez le présent.`, excerpt(text, i, i + w.length)));
  for (const m of folded.matchAll(/(?<![\p{L}])\p{L}{2,}(?:erait|eraient|eriez|erions|iraient|irait)(?![\p{L}])/gu)) {
    add('F11', 'warn', `Conditionnel « ${text.slice(m.index, m.index + m[0].length)} ». Préférez le présent.`, excerpt(text, m.index, m.index + m[0].length));
  }
  const subjunctive = new RegExp(`(?<![\\p{L}])qu(?:e\\s+|')(?:\\p{L}+\\s+){0,2}(?:${L.SUBJUNCTIVES.join('|')})(?![\\p{L}])`, 'gu');
  for (const m of folded.matchAll(subjunctive)) add('F11', 'warn', 'Subjonctif. Préférez le présent ou l’impératif.', excerpt(text, m.index, m.index + m[0].length));
  for (const m of folded.matchAll(/(?<![\p{L}])(?:\p{L}+(?:âmes|âtes|èrent|îmes|îtes)|fut|furent|eurent)(?![\p{L}])/gu)) {
    add('F11', 'warn', 'Passé simple. Préférez le passé composé.', excerpt(text, m.index, m.index + m[0].length));
  }
  each(L.NUMBER_WORDS, (w, i) => add('F12', 'warn', `Nombre en lettres « ${w} ». Écrivez-le en chiffres.`, excerpt(text, i, i + w.length)));
}

function checkNumbersAndSigns(text: string, add: Add) {
  const at = (re: RegExp, rule: string, level: FindingLevel, message: string) => {
    for (const m of text.matchAll(re)) add(rule, level, message, excerpt(text, m.index, m.index + m[0].length));
  };
  at(/%|(?<![\p{L}])pour cent(?![\p{L}])/giu, 'F13', 'warn', 'Pourcentage. Donnez plutôt un exemple avec des nombres simples.');
  // A quantity: digits grouped by thousands ("12 500"), or 5 digits and more before € / euros.
  // Codes and numbers people copy (NIR "2 85 05 75…", postal code, phone) are not quantities.
  for (const m of text.matchAll(/(?<![\p{N}])\p{N}[\p{N} \u00a0\u202f.]*\p{N}(?![\p{N}])(\s*(?:€|euros?\b))?/gu)) {
    const digits = m[0].replace(/\s*(?:€|euros?)$/, '');
    const quantity = /^\p{N}{1,3}(?:[ \u00a0\u202f.]\p{N}{3})+$/u.test(digits) || (m[1] !== undefined && /^\p{N}{5,}$/u.test(digits));
    if (quantity && Number(digits.replace(/\D/g, '')) > 9999) add('F13', 'warn', `Grand nombre « ${digits} ». Évitez les nombres de plus de 4 chiffres, ou arrondissez.`, excerpt(text, m.index, m.index + m[0].length));
  }
  at(/(?<![\p{N}])\p{N}{1,2}\/\p{N}{1,2}\/\p{N}{2,4}(?![\p{N}])/gu, 'F14', 'warn', 'Date en chiffres. Écrivez-la en entier : « lundi 5 mai 2025 ».');
  for (const m of text.matchAll(/&|§|…|\(s\)|\p{L}[·•]\p{L}|(?<=\p{L})\/(?=\p{L})/gu)) {
    const token = text.slice(0, m.index).split(/\s/).at(-1) ?? '';
    if (m[0] === '/' && /[a-z-]+:\/|www\.|\.\p{L}{2,}$|\.\p{L}{2,}\//u.test(token)) continue; // a web address
    add('F16', 'warn', `Signe spécial « ${m[0]} ». Écrivez les mots en entier.`, excerpt(text, m.index, m.index + m[0].length));
  }
  at(/;/g, 'F17', 'warn', 'Point-virgule. Faites deux phrases.');
  for (const m of text.matchAll(/\(([^)]*)\)/g)) {
    if (wordsOf(m[1] ?? '').length > 6) add('F17', 'warn', 'Parenthèse longue (plus de 6 mots). Faites une phrase à part.', excerpt(text, m.index, m.index + m[0].length));
  }
  at(/<\/?(?:i|em)\b[^>]*>/gi, 'F18', 'warn', 'Italique. Ne mettez pas de mots en italique.');
}

function checkBlockShape(text: string, add: Add) {
  const folded = foldText(text.trim());
  if (wordRe(L.OPENING_PRONOUNS, 'u').exec(folded)?.index === 0) add('F23', 'info', 'Le texte commence par un pronom. Dites de qui ou de quoi on parle.', short(text));
  const sentences = sentencesOf(text);
  // "vous", "votre", or an instruction in the imperative ("Fermez…", "Écrivez…") speaks to the person.
  const speaksToPerson = /(?<![\p{L}])(?:vous|votre|vos)(?![\p{L}])/iu.test(text) || sentences.some((s) => /^\p{L}+ez(?![\p{L}])/u.test(s));
  if (sentences.length >= 2 && !speaksToPerson) {
    add('F10', 'info', 'Le texte ne parle pas à la personne. Utilisez « vous ».', short(text));
  }
}

/** F21: a title is short (8 words at most) — the important thing first. */
export function checkTitle(title: string): Finding[] {
  const n = wordsOf(title).length;
  return n > 8 ? [{ rule: 'F21', level: 'info', message: `Titre long : ${n} mots. Écrivez 8 mots au plus.`, excerpt: short(title) }] : [];
}

/** F24 / F25: a help card has an example, and a picture when it helps. */
export function checkHelpEntry(entry: { hasExample: boolean; hasIcon: boolean; name: string }): Finding[] {
  const findings: Finding[] = [];
  if (!entry.hasExample) findings.push({ rule: 'F24', level: 'info', message: 'Aide sans exemple. Ajoutez un exemple concret.', excerpt: short(entry.name) });
  if (!entry.hasIcon) findings.push({ rule: 'F25', level: 'info', message: 'Aide sans image. Une image ou un pictogramme peut aider.', excerpt: short(entry.name) });
  return findings;
}
