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

/** The fields in a node (itself included); none for text. */
function fieldsIn(node: Node): Element[] {
  if (node.nodeType !== 1) return [];
  const el = node as Element;
  return el.matches(FIELDS) ? [el] : Array.from(el.querySelectorAll(FIELDS));
}

/** A label of another field: its text names that field, not ours. */
const isFieldLabel = (node: Node) => node.nodeName === 'LABEL' && (node as Element).hasAttribute('for');

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
    const text = isFieldLabel(sib) || fieldsIn(sib).length > 0 ? '' : safeText(sib).slice(0, TEXT_MAX);
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
  const type = (el.getAttribute('type') ?? '').toLowerCase();
  if (el.tagName !== 'INPUT' || (type !== 'radio' && type !== 'checkbox')) return '';
  const name = el.getAttribute('name');
  const same = (f: Element) => (f.getAttribute('type') ?? '').toLowerCase() === type && (type === 'checkbox' || f.getAttribute('name') === name);
  // The group: the highest ancestor (a few levels up) whose fields all belong to it.
  let group = el;
  let members = 1;
  for (let parent = el.parentElement, level = 0; parent && level < 4 && !/^(BODY|FORM)$/.test(parent.tagName); parent = parent.parentElement, level++) {
    const fields = Array.from(parent.querySelectorAll(FIELDS));
    if (!fields.every(same)) break;
    group = parent;
    members = fields.length;
  }
  // Radios always answer one question, even each in its own wrapper (same-name siblings are
  // stepped over below); a checkbox needs company.
  if (type === 'checkbox' && members < 2) return '';
  let question = '';
  walkBack(el, group, (sib) => {
    const fields = fieldsIn(sib);
    if (!fields.every(same)) return true; // the text before belongs to another field
    if (fields.length > 0 || isFieldLabel(sib)) return false; // another answer of the group
    question = safeText(sib).slice(0, TEXT_MAX);
    return question !== '';
  });
  return question;
}

/** The words around a field for its description: context only for a field with no name of its own. */
export function surroundings(el: Element, name: string): { context: string; question: string } {
  return { context: name ? '' : fieldContext(el), question: groupQuestion(el) };
}
