/**
 * Finds glossary terms in a text: longest match first, accent- and case-insensitive, on
 * word boundaries, except the ambiguous acronyms listed in `caps` ("ARE", "ASS", "AF"…),
 * which match only as written in capitals. Pure and small: it runs in the page.
 */

/** What the matcher needs of a glossary entry (the compact list the background sends). */
export interface MatchableTerm {
  id: string;
  term: string;
  aliases: readonly string[];
  /** Forms (term or alias) that match only exactly as written, in capitals. */
  caps?: readonly string[];
}

/** One occurrence: `text.slice(start, end)` is the matched form. */
export interface TermMatch {
  termId: string;
  start: number;
  end: number;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  id?: string;
}

export interface GlossaryMatcher {
  /** Every non-overlapping occurrence, left to right; at one place the longest form wins. */
  find: (text: string, skip?: ReadonlySet<string>) => TermMatch[];
}

const WORD = /[\p{L}\p{N}]/u;
const isWord = (c: string | undefined) => c !== undefined && WORD.test(c);
const foldCache = new Map<string, string>();

/** One character, folded: lower case, no accent, one kind of apostrophe, hyphen and space. */
export function foldChar(c: string): string {
  const code = c.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : code === 9 || code === 10 || code === 13 ? ' ' : c;
  let folded = foldCache.get(c);
  if (folded === undefined) {
    if (/\s/.test(c)) folded = ' ';
    else if ('’‘ʼ'.includes(c)) folded = "'";
    else if ('‐‑'.includes(c)) folded = '-';
    else folded = c.normalize('NFD').charAt(0).toLowerCase().charAt(0) || c;
    foldCache.set(c, folded);
  }
  return folded;
}

/** The text folded character by character: same length, so offsets stay valid. */
export function foldText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += foldChar(text.charAt(i));
  return out;
}

/** Spaces and quotes of a form, made uniform (case and accents kept: `fold` decides). */
const tidy = (form: string) => form.trim().replace(/\s+/g, ' ').replace(/[’‘ʼ]/g, "'");

function insert(root: TrieNode, form: string, id: string) {
  let node = root;
  for (const c of form) {
    let child = node.next.get(c);
    if (!child) node.next.set(c, (child = { next: new Map() }));
    node = child;
  }
  node.id ??= id;
}

/** Builds a matcher; the first term that declares a form owns it. */
export function createGlossaryMatcher(terms: readonly MatchableTerm[]): GlossaryMatcher {
  const folded: TrieNode = { next: new Map() };
  const exact: TrieNode = { next: new Map() };
  for (const entry of terms) {
    const caps = new Set((entry.caps ?? []).map(tidy));
    for (const raw of [entry.term, ...entry.aliases]) {
      const form = tidy(raw);
      if (!form) continue;
      if (caps.has(form)) {
        insert(exact, form, entry.id);
        continue;
      }
      const f = foldText(form);
      insert(folded, f, entry.id);
      // A single word also matches its plural ("attestations", "justificatifs").
      if (!f.includes(' ') && /[\p{L}]$/u.test(f) && !/[sxz]$/.test(f)) insert(folded, f + 's', entry.id);
    }
  }
  return { find: (text, skip) => findAll(text, foldText(text), folded, exact, skip) };
}

/** A match may not start or end inside a word, an address (caf.fr) or an e-mail. */
function startsWord(text: string, i: number): boolean {
  const prev = text[i - 1];
  if (isWord(prev)) return false;
  return !(prev !== undefined && '.@/_'.includes(prev) && isWord(text[i - 2]));
}

function endsWord(text: string, end: number): boolean {
  const next = text[end];
  if (isWord(next)) return false;
  return !(next !== undefined && '.@/_'.includes(next) && isWord(text[end + 1]));
}

/** The end of the longest form of `root` starting at `i` (dismissed terms left out), with its term id. */
function longestAt(chars: string, text: string, i: number, root: TrieNode, skip?: ReadonlySet<string>): { end: number; id: string } | null {
  let node: TrieNode | undefined = root;
  let best: { end: number; id: string } | null = null;
  let j = i;
  while (node && j <= chars.length) {
    if (node.id !== undefined && j > i && !skip?.has(node.id) && endsWord(text, j)) best = { end: j, id: node.id };
    const c = chars[j];
    if (c === undefined) break;
    node = node.next.get(c);
    j++;
    // One space in a form matches any run of spaces and line breaks in the page.
    if (c === ' ') while (chars[j] === ' ') j++;
  }
  return best;
}

function findAll(text: string, chars: string, folded: TrieNode, exact: TrieNode, skip?: ReadonlySet<string>): TermMatch[] {
  const matches: TermMatch[] = [];
  const spaced = text.replace(/\s/g, ' ');
  let i = 0;
  while (i < text.length) {
    if (!isWord(text[i]) || !startsWord(text, i)) {
      i++;
      continue;
    }
    const a = longestAt(chars, text, i, folded, skip);
    const b = longestAt(spaced, text, i, exact, skip);
    const best = a && b ? (b.end > a.end ? b : a) : (a ?? b);
    if (best) {
      matches.push({ termId: best.id, start: i, end: best.end });
      i = best.end;
      continue;
    }
    // Jump to the end of this word: a match never starts inside one.
    while (i < text.length && isWord(text[i])) i++;
  }
  return matches;
}
