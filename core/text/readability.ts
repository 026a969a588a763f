/**
 * French readability, computed locally: LIX (Björnsson) and Kandel & Moles (1958, the
 * French adaptation of Flesch), with a syllable heuristic. No npm package does French
 * (the English ones ignore the language); the Scolarius formula is unpublished, so no
 * Scolarius score is claimed here. Scores help writers compare texts; they certify nothing.
 */

const VOWEL = 'aeiouyàâäéèêëîïôöùûüÿœæ';
const UNITS = ['eau', 'oeu', 'œu', 'ou', 'oi', 'ai', 'ei', 'eu', 'au', 'ui', 'ie', 'io'];

/** Words: letters and digits, hyphens kept inside ("c'est-à-dire" → "c", "est-à-dire"). */
export function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:[-‑][\p{L}\p{N}]+)*/gu) ?? [];
}

/**
 * Sentences: a text is cut after . ! ? … when a capital, a digit or a quote follows (so
 * "ex. votre" and "1.5" stay whole), and at line breaks. List items and titles count as
 * sentences of their own.
 */
export function sentencesOf(text: string): string[] {
  return text
    .split(/\n+|(?<=[.!?…])\s+(?=[\p{Lu}\p{N}«"“(])/u)
    .map((s) => s.trim())
    .filter((s) => wordsOf(s).length > 0);
}

/**
 * Syllables of one French word, by heuristic: groups of vowels, where eau, ou, oi, ai, ei,
 * eu, au, ui, ie and io count once; "qu"/"gu" before a vowel are consonants; a final mute
 * "e" or "es" does not count (unless it is the only vowel: "le", "des"). A number counts as
 * one syllable per digit group.
 */
export function syllablesOf(word: string): number {
  const lower = word.toLowerCase();
  if (/^[\p{N}\s.,]+$/u.test(lower)) return Math.max(1, lower.split(/[\s.,]+/).filter(Boolean).length);
  let w = lower.replace(/[^a-zàâäéèêëîïôöùûüÿœæç]/g, '').replace(/qu(?=[aeiouyéèêàâîôû])/g, 'q').replace(/gu(?=[eiyéèê])/g, 'g');
  const muted = w.replace(/es?$/, '');
  if ([...muted].some((c) => VOWEL.includes(c))) w = muted;
  let count = 0;
  for (let i = 0; i < w.length; ) {
    const c = w.charAt(i);
    const prevVowel = i > 0 && VOWEL.includes(w.charAt(i - 1));
    // "y" before a vowel (payer) and "i" of -ill / final -il after a vowel (feuille, travail) are consonants.
    const isVowel =
      VOWEL.includes(c) && !(c === 'y' && VOWEL.includes(w.charAt(i + 1))) && !(c === 'i' && prevVowel && (w.startsWith('ll', i + 1) || w.slice(i + 1) === 'l'));
    if (!isVowel) {
      i++;
      continue;
    }
    count++;
    const unit = UNITS.find((u) => w.startsWith(u, i));
    i += unit ? unit.length : 1;
  }
  return Math.max(1, count);
}

export interface Readability {
  sentences: number;
  words: number;
  syllables: number;
  /** Words of more than 6 letters. */
  longWords: number;
  /** LIX: < 30 very easy, 30–40 easy, 40–50 medium, > 50 hard. */
  lix: number;
  /** Kandel & Moles: higher is easier (about 60–70 for plain French, below 30 is hard). */
  kandelMoles: number;
}

/** LIX and Kandel & Moles of a text (zeros for a text without words). */
export function readabilityOf(text: string): Readability {
  const sentences = sentencesOf(text);
  const words = sentences.flatMap(wordsOf);
  const n = words.length;
  const s = Math.max(1, sentences.length);
  const syllables = words.reduce((sum, word) => sum + syllablesOf(word), 0);
  const longWords = words.filter((word) => word.replace(/[^\p{L}]/gu, '').length > 6).length;
  if (n === 0) return { sentences: 0, words: 0, syllables: 0, longWords: 0, lix: 0, kandelMoles: 0 };
  return {
    sentences: sentences.length,
    words: n,
    syllables,
    longWords,
    lix: round(n / s + (100 * longWords) / n),
    kandelMoles: round(207 - 1.015 * (n / s) - 73.6 * (syllables / n)),
  };
}

const round = (x: number) => Math.round(x * 10) / 10;
