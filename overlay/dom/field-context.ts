import { safeText } from './accessible-name';

/**
 * What a field's surroundings say when the field says little itself (C1):
 * - `context`: for a field with no name, the nearest heading above it and the instructions
 *   between ("Verification Required — Enter the code we've emailed to…" over six boxes);
 * - `question`: for a radio or checkbox of a group without a legend, the text just before
 *   the group ("Le salarié est-il reconnu travailleur handicapé ?" over Oui / Non).
 * Page text only, through safeText (never a value, an option or a field's content); both
 * walks are loops with fixed bounds, so a deep or huge page costs the same per field.
 */

const FIELDS = 'input:not([type=hidden]), select, textarea';
const HEADING = 'h1, h2, h3, h4, h5, h6, legend, [role="heading"]';
const CONTEXT_LEVELS = 8;
const CONTEXT_SIBLINGS = 24;
const CONTEXT_PARTS = 3;
const TEXT_MAX = 200;
const GROUP_LEVELS = 4;
const ELEMENT = 1;

const isElement = (node: Node | null): node is Element => node?.nodeType === ELEMENT;

/** A label of another field ("for" or wrapping one): its text names that field, not ours. */
function isFieldLabel(el: Element): boolean {
  return el.tagName === 'LABEL' && (el.hasAttribute('for') || el.querySelector(FIELDS) !== null);
}

function clip(text: string): string {
  return text.length <= TEXT_MAX ? text : text.slice(0, TEXT_MAX);
}

/** The heading above a field with no name, and the instructions between them, nearest first. */
export function fieldContext(el: Element): string {
  const parts: string[] = [];
  let budget = CONTEXT_SIBLINGS;
  let node: Element | null = el;
  for (let level = 0; level < CONTEXT_LEVELS && node && node.tagName !== 'BODY'; level++, node = node.parentElement) {
    for (let sib = node.previousSibling; sib && budget > 0; sib = sib.previousSibling, budget--) {
      // Another field's block: its words are about that field; the heading above still counts.
      if (isElement(sib) && (sib.matches(FIELDS) || isFieldLabel(sib) || sib.querySelector(FIELDS))) continue;
      const text = safeText(sib);
      if (!text) continue;
      parts.push(clip(text));
      if ((isElement(sib) && sib.matches(HEADING)) || parts.length >= CONTEXT_PARTS) return parts.join(' — ');
    }
  }
  return parts.join(' — ');
}

const choiceType = (el: Element) => (el.getAttribute('type') ?? '').trim().toLowerCase();

/** Same group: radios sharing a name (or both unnamed), or checkboxes. */
function sameGroup(a: Element, b: Element): boolean {
  if (b.tagName !== 'INPUT' || choiceType(a) !== choiceType(b)) return false;
  return choiceType(a) === 'checkbox' || (a.getAttribute('name') ?? '') === (b.getAttribute('name') ?? '');
}

/** The highest ancestor (a few levels up) whose fields all belong to the field's group, and how many they are. */
function groupOf(el: Element): { container: Element; members: number } {
  let container = el;
  let members = 1;
  for (let level = 0, parent = el.parentElement; level < GROUP_LEVELS && parent && parent.tagName !== 'BODY' && parent.tagName !== 'FORM'; level++, parent = parent.parentElement) {
    const fields = Array.from(parent.querySelectorAll(FIELDS));
    if (!fields.every((f) => sameGroup(el, f))) break;
    container = parent;
    members = fields.length;
  }
  return { container, members };
}

/**
 * The question a radio or checkbox group answers, from the text just before the group.
 * '' for a lone checkbox (its label is its own statement) or when another field comes first.
 */
export function groupQuestion(el: Element): string {
  const type = choiceType(el);
  if (el.tagName !== 'INPUT' || (type !== 'radio' && type !== 'checkbox')) return '';
  const { container, members } = groupOf(el);
  // Radios always answer one question, even when each sits in its own wrapper (the
  // siblings with the same name are stepped over below); a checkbox needs company.
  if (type === 'checkbox' && members < 2) return '';
  let budget = CONTEXT_SIBLINGS;
  for (let node: Element | null = el; node; node = node === container ? null : node.parentElement) {
    for (let sib = node.previousSibling; sib && budget > 0; sib = sib.previousSibling, budget--) {
      if (isElement(sib)) {
        const fields = sib.matches(FIELDS) ? [sib] : Array.from(sib.querySelectorAll(FIELDS));
        if (fields.some((f) => !sameGroup(el, f))) return ''; // the text before belongs to another field
        if (fields.length > 0 || (sib.tagName === 'LABEL' && sib.hasAttribute('for'))) continue; // another answer
      }
      const text = safeText(sib);
      if (text) return clip(text);
    }
  }
  return '';
}

/** The words around a field for its description: context only for a field with no name of its own. */
export function surroundings(el: Element, name: string): { context: string; question: string } {
  return { context: name ? '' : fieldContext(el), question: groupQuestion(el) };
}
