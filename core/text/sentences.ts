/**
 * A French sentence splitter for reading aloud: speech is queued one sentence at a time
 * because Chrome silently stops an utterance after ~15 s. Offsets point into the original
 * text so the sentence being read can be highlighted where it is displayed.
 */
export interface Sentence {
  /** What to say: trimmed, without a list marker ("- ", "1. "). */
  text: string;
  /** Range [start, end) of the sentence in the original text (marker included). */
  start: number;
  end: number;
}

/** Abbreviations after which a period never ends a sentence (compared in lower case). */
const ABBREVIATIONS = new Set(
  'm mme mmes mlle mlles mm dr pr me mgr st ste cf p pp ex env art al av bd chap vol fig no n réf tél c.-à-d'.split(' '),
);
const CLOSERS = '»"”’)]';
const SPACE = /[\s\u00a0\u202f]/;
const LIST_MARKER = /^([-–—•*]|\d{1,2}[.)])[\s\u00a0]+/;

/**
 * Splits French text into sentences: ". ! ? …" (and runs like "?!" or "...") end a
 * sentence when followed by a space and a word that is not in lower case; abbreviations
 * (M., Mme, p. ex., n°…), initials, decimals (1.5), addresses (caf.fr) and quotes « »
 * are kept inside; every line (list item, paragraph) is its own sentence. Sentences
 * longer than `maxLength` characters are cut after a comma, else at a space.
 */
export function splitSentences(text: string, maxLength = 160): Sentence[] {
  const out: Sentence[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    splitLine(line, lineStart, out, maxLength);
    lineStart += line.length + 1;
  }
  return out;
}

function splitLine(line: string, offset: number, out: Sentence[], maxLength: number) {
  let start = 0;
  for (let i = 0; i < line.length; i++) {
    if (!/[.!?…]/.test(line[i]!)) continue;
    let end = i + 1;
    while (end < line.length && /[.!?…]/.test(line[end]!)) end++;
    // Closing quotes and brackets belong to the sentence they close ("Bonjour. »").
    let after = end;
    while (after < line.length && (SPACE.test(line[after]!) || CLOSERS.includes(line[after]!))) {
      if (CLOSERS.includes(line[after]!)) end = after + 1;
      after++;
    }
    if (after === end && after < line.length) continue; // "1.5", "caf.fr": no space after
    const next = line[after];
    if (next !== undefined && next !== next.toUpperCase()) continue; // "… et puis"
    if (line[i] === '.' && end === i + 1 && isAbbreviation(line, i, start)) continue;
    push(line, offset, start, end, out, maxLength);
    start = after;
    i = after - 1;
  }
  push(line, offset, start, line.length, out, maxLength);
}

/** The word before the period at `dot`: an abbreviation, an initial, or a list number. */
function isAbbreviation(line: string, dot: number, sentenceStart: number): boolean {
  let from = dot;
  while (from > 0 && !SPACE.test(line[from - 1]!) && !'(«"“'.includes(line[from - 1]!)) from--;
  const word = line.slice(from, dot);
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "J. Dupont"
  if (/^\d{1,2}$/.test(word) && line.slice(sentenceStart, from).trim() === '') return true; // "1. Premier point"
  return ABBREVIATIONS.has(word.toLowerCase()); // "M.", "p. ex.", "c.-à-d."
}

function push(line: string, offset: number, from: number, to: number, out: Sentence[], maxLength: number) {
  const raw = line.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const body = raw.trim();
  if (!/[\p{L}\p{N}]/u.test(body)) return; // nothing to say
  const marker = LIST_MARKER.exec(body)?.[0].length ?? 0;
  const start = offset + from + lead;
  for (const piece of cut(body.slice(marker), maxLength)) {
    const at = start + marker + piece.at;
    out.push({ text: piece.text, start: piece.at ? at : start, end: at + piece.text.length });
  }
}

/** Cuts a long sentence after the last comma (else at the last space) before `max`. */
function cut(text: string, max: number): Array<{ text: string; at: number }> {
  const pieces: Array<{ text: string; at: number }> = [];
  let at = 0;
  while (text.length - at > max) {
    const head = text.slice(at, at + max);
    const comma = head.lastIndexOf(', ');
    const split = comma > max / 3 ? comma + 1 : head.lastIndexOf(' ') > 0 ? head.lastIndexOf(' ') : max;
    pieces.push({ text: text.slice(at, at + split).trim(), at });
    at += split;
    while (text[at] === ' ') at++;
  }
  pieces.push({ text: text.slice(at).trim(), at });
  return pieces.filter((p) => p.text);
}
