import { safeText } from './accessible-name';

/**
 * What a field's surroundings say when the field says little itself (C1):
 * - `context`: for a field with no name, the nearest heading above it and the instructions
 *   between ("Verification Required — Enter the code we've emailed to…" over six boxes);
 * - `question`: for a radio or checkbox of a group without a legend, the text just before
 *   the group ("Le salarié est-il reconnu travailleur handicapé ?" over Oui / Non).
 * Page text only, through safeText (never a value, an option or a field's content); the
 * walks are loops with fixed bounds, so a deep or huge page costs the same per field.
 */

const FIELDS = 'input:not([type=hidden]), select, textarea';
const HEADING = /^(H[1-6]|LEGEND)$/;
const LEVELS = 8;
const SIBLINGS = 24;
const TEXT_MAX = 200;

// What a node holds, once per task: many fields share the same ancestors and siblings, so
// a page.report over thousands of fields reads each block once (the memo goes at the end of
// the task: the page may change between two reports).
interface Seen {
  /** Kinds of the fields in the node (itself included): 'checkbox', 'radio:<name>', 'other'. */
  kinds: Set<string>;
  checkboxes: number;
  text?: string;
}
let memo: Map<Node, Seen> | null = null;

function kindOf(field: Element): string {
  const type = (field.getAttribute('type') ?? '').toLowerCase();
  if (field.tagName !== 'INPUT' || (type !== 'radio' && type !== 'checkbox')) return 'other';
  return type === 'checkbox' ? type : `radio:${field.getAttribute('name') ?? ''}`;
}

function look(node: Node): Seen {
  if (!memo) {
    memo = new Map();
    queueMicrotask(() => (memo = null));
  }
  let seen = memo.get(node);
  if (!seen) {
    const el = node as Element;
    const fields = node.nodeType !== 1 ? [] : el.matches(FIELDS) ? [el] : Array.from(el.querySelectorAll(FIELDS));
    const kinds = fields.map(kindOf);
    seen = { kinds: new Set(kinds), checkboxes: kinds.filter((k) => k === 'checkbox').length };
    memo.set(node, seen);
  }
  return seen;
}

/** Holds fields, and only fields of kind `own` (none: false). */
const only = (seen: Seen, own: string) => seen.kinds.size > 0 && [...seen.kinds].every((k) => k === own);

/** A label of another field: its text names that field, not ours. */
const isFieldLabel = (node: Node) => node.nodeName === 'LABEL' && (node as Element).hasAttribute('for');

/** A node's visible text (first TEXT_MAX characters), read once per task. */
function textOf(node: Node): string {
  const seen = look(node);
  return (seen.text ??= safeText(node).slice(0, TEXT_MAX));
}

/** Visits the nodes before `el`, then before each ancestor up to `last` (or a few levels), nearest first, until `visit` says stop. */
function walkBack(el: Element, last: Element | null, visit: (sib: ChildNode) => boolean): void {
  let budget = SIBLINGS;
  for (let node: Element | null = el, level = 0; node && level < LEVELS && node.tagName !== 'BODY'; level++) {
    for (let sib = node.previousSibling; sib && budget-- > 0; sib = sib.previousSibling) if (visit(sib)) return;
    node = node === last ? null : node.parentElement;
  }
}

/** The heading above a field with no name, and the instructions between them, nearest first. */
export function fieldContext(el: Element): string {
  const parts: string[] = [];
  walkBack(el, null, (sib) => {
    // Another field's block: its words are about that field; the heading above still counts.
    const text = isFieldLabel(sib) || look(sib).kinds.size > 0 ? '' : textOf(sib);
    if (text) parts.push(text);
    return parts.length >= 3 || (text !== '' && HEADING.test(sib.nodeName));
  });
  return parts.join(' — ');
}

/**
 * The question a radio or checkbox group answers, from the text just before the group.
 * '' for a lone checkbox (its label is its own statement) or when another field comes first.
 */
export function groupQuestion(el: Element): string {
  const own = kindOf(el);
  if (own === 'other') return '';
  // The group: the highest ancestor (a few levels up) that holds no other field.
  let group = el;
  for (let parent = el.parentElement, level = 0; parent && level < 4 && !/^(BODY|FORM)$/.test(parent.tagName); parent = parent.parentElement, level++) {
    if (!only(look(parent), own)) break;
    group = parent;
  }
  // Radios always answer one question, even each in its own wrapper (same-name siblings are
  // stepped over below); a checkbox needs company.
  if (own === 'checkbox' && look(group).checkboxes < 2) return '';
  let question = '';
  walkBack(el, group, (sib) => {
    const seen = look(sib);
    if (seen.kinds.size > 0) return !only(seen, own); // another field's block ends the search; another answer is stepped over
    if (isFieldLabel(sib)) return false;
    question = textOf(sib);
    return question !== '';
  });
  return question;
}

/** The words around a field for its description: context only for a field with no name of its own. */
export function surroundings(el: Element, name: string): { context: string; question: string } {
  return { context: name ? '' : fieldContext(el), question: groupQuestion(el) };
}
