/**
 * Text helpers for host names: punycode decoding, a "skeleton" that folds characters that
 * look alike onto plain Latin letters, the scripts a label mixes, and a small edit distance.
 * Pure and dependency-free (runs in the background, the popup and the warning page).
 */

/** Decodes one punycode label body (after `xn--`), RFC 3492. Null when it is not valid punycode. */
export function decodePunycode(input: string): string | null {
  const base = 36;
  const output: number[] = [];
  const basicEnd = input.lastIndexOf('-');
  for (let j = 0; j < Math.max(basicEnd, 0); j++) {
    const code = input.charCodeAt(j);
    if (code >= 0x80) return null;
    output.push(code);
  }
  let n = 128;
  let bias = 72;
  let i = 0;
  for (let index = basicEnd > 0 ? basicEnd + 1 : 0; index < input.length; ) {
    const oldi = i;
    for (let w = 1, k = base; ; k += base) {
      if (index >= input.length) return null;
      const digit = digitOf(input.charCodeAt(index++));
      if (digit < 0) return null;
      i += digit * w;
      const t = k <= bias ? 1 : k >= bias + 26 ? 26 : k - bias;
      if (digit < t) break;
      w *= base - t;
      if (w > 0x7fffffff) return null;
    }
    bias = adapt(i - oldi, output.length + 1, oldi === 0);
    n += Math.floor(i / (output.length + 1));
    i %= output.length + 1;
    if (n > 0x10ffff) return null;
    output.splice(i++, 0, n);
  }
  return String.fromCodePoint(...output);
}

function digitOf(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 22; // 0-9 → 26-35
  if (code >= 0x61 && code <= 0x7a) return code - 0x61; // a-z → 0-25
  if (code >= 0x41 && code <= 0x5a) return code - 0x41;
  return -1;
}

function adapt(delta: number, numPoints: number, firstTime: boolean): number {
  let d = firstTime ? Math.floor(delta / 700) : delta >> 1;
  d += Math.floor(d / numPoints);
  let k = 0;
  for (; d > 455; k += 36) d = Math.floor(d / 35);
  return k + Math.floor((36 * d) / (d + 38));
}

/** The Unicode form of a host: `xn--` labels decoded (left as they are when invalid). */
export function toUnicodeHost(host: string): string {
  return host
    .split('.')
    .map((label) => (label.startsWith('xn--') ? (decodePunycode(label.slice(4)) ?? label) : label))
    .join('.');
}

/**
 * Characters that are drawn like a Latin letter in an address bar (Cyrillic, Greek,
 * Armenian, Latin variants). Not the whole Unicode confusables table: the ones seen in
 * phishing hosts and enough to fold "аmeli" (Cyrillic а) onto "ameli".
 */
const CONFUSABLES: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', к: 'k', м: 'm', н: 'h', т: 't',
  і: 'i', ї: 'i', ј: 'j', ѕ: 's', һ: 'h', ԁ: 'd', ӏ: 'l', ԛ: 'q', ԝ: 'w', ɡ: 'g', ı: 'i', ł: 'l', ø: 'o',
  α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', μ: 'u', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', γ: 'y',
  ո: 'n', ս: 'u', օ: 'o', ց: 'g', հ: 'h', ß: 'ss', æ: 'ae', œ: 'oe', đ: 'd',
};

/** Digit and letter pairs read as another letter at a glance (`imp0ts`, `arneli`, `qouv`). */
const ASCII_LOOKALIKES: Array<[RegExp, string]> = [
  [/rn/g, 'm'],
  [/vv/g, 'w'],
  [/0/g, 'o'],
  [/1/g, 'l'],
  [/3/g, 'e'],
  [/5/g, 's'],
  [/q/g, 'g'],
];

/** Folds a label onto plain lower-case Latin: confusable letters, accents dropped. */
export function foldLabel(label: string): string {
  const mapped = [...label.toLowerCase().normalize('NFKC')].map((ch) => CONFUSABLES[ch] ?? ch).join('');
  return mapped.normalize('NFD').replace(/\p{M}/gu, '');
}

/** `foldLabel` plus the ASCII look-alike pairs: what a hurried reader sees. */
export function skeleton(label: string): string {
  return ASCII_LOOKALIKES.reduce((text, [pattern, to]) => text.replace(pattern, to), foldLabel(label));
}

type Script = 'latin' | 'cyrillic' | 'greek' | 'armenian' | 'other';

function scriptOf(ch: string): Script | null {
  if (/[\p{N}\-_]/u.test(ch)) return null;
  if (/\p{Script=Latin}/u.test(ch)) return 'latin';
  if (/\p{Script=Cyrillic}/u.test(ch)) return 'cyrillic';
  if (/\p{Script=Greek}/u.test(ch)) return 'greek';
  if (/\p{Script=Armenian}/u.test(ch)) return 'armenian';
  return 'other';
}

/** True when one label mixes Latin with Cyrillic, Greek or Armenian letters (or two of those). */
export function mixesScripts(label: string): boolean {
  const scripts = new Set([...label].map(scriptOf).filter((s): s is Script => s !== null && s !== 'other'));
  return scripts.size > 1;
}

/**
 * Optimal-string-alignment distance (insertions, deletions, substitutions, swaps of two
 * neighbours), stopping early above `max`. Swaps count 1: `amlei` is one typo from `ameli`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, prev2[j - 2]! + 1);
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}
