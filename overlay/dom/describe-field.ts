import type { FieldDescription } from '../../core/privacy/field-description';
import { accessibleName, collapse, safeText } from './accessible-name';

export type FormField = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

// Every read below is getAttribute or page text through safeText: never .value, .checked,
// .defaultValue, selected options, nor the `value` attribute.
const attr = (el: Element, name: string): string => el.getAttribute(name)?.trim() ?? '';

const NEARBY_MAX = 80;
// Self + 4 ancestors: Vuetify nests the input 4 divs deep (v-input > control > slot > text-field slot).
const NEARBY_LEVELS = 5;
const CLASS_LEVELS = 3;
const GROUP_LEVELS = 3;

function isFormField(el: Element): boolean {
  const tag = el.tagName.toLowerCase();
  if (tag === 'select' || tag === 'textarea') return true;
  return tag === 'input' && attr(el, 'type').toLowerCase() !== 'hidden';
}

function containsField(node: Node): boolean {
  if (node.nodeType !== 1) return false;
  const el = node as Element;
  return isFormField(el) || Array.from(el.querySelectorAll('input, select, textarea')).some(isFormField);
}

function tail(text: string): string {
  if (text.length <= NEARBY_MAX) return text;
  return text.slice(-NEARBY_MAX).replace(/^\S*\s/, '');
}

/**
 * The closest visible text before an unlabelled field (Ameli's password has only a
 * "Code personnel" text above it). Stops at text belonging to another field.
 */
export function nearbyText(el: Element): string {
  let node: Element | null = el;
  for (let level = 0; level < NEARBY_LEVELS && node && node.tagName !== 'BODY'; level++) {
    for (let sib = node.previousSibling; sib; sib = sib.previousSibling) {
      if (containsField(sib)) return '';
      const text = safeText(sib);
      if (text) return tail(text);
    }
    node = node.parentElement;
  }
  return '';
}

function legendText(el: Element): string {
  const fieldset = el.closest('fieldset');
  const legend = fieldset ? Array.from(fieldset.children).find((c) => c.tagName === 'LEGEND') : undefined;
  return legend ? safeText(legend) : '';
}

function classHints(el: Element): string {
  const classes: string[] = [];
  let node: Element | null = el;
  for (let level = 0; level <= CLASS_LEVELS && node; level++, node = node.parentElement) {
    classes.push(attr(node, 'class'));
  }
  return collapse(classes.join(' '));
}

function maxLengthOf(el: Element): number | null {
  const n = Number.parseInt(attr(el, 'maxlength'), 10);
  return Number.isNaN(n) || n < 0 ? null : n;
}

/** One-box-per-digit codes (France Travail, Ameli): count the maxlength=1 boxes of the group. */
export function digitGroupSize(el: Element): number {
  if (maxLengthOf(el) !== 1) return 1;
  const type = attr(el, 'type').toLowerCase();
  let container = el.parentElement;
  for (let level = 0; level < GROUP_LEVELS && container; level++, container = container.parentElement) {
    const boxes = Array.from(container.querySelectorAll('input')).filter(
      (box) => maxLengthOf(box) === 1 && attr(box, 'type').toLowerCase() === type,
    );
    if (boxes.length > 1) return boxes.length;
  }
  return 1;
}

function typeOf(el: FormField): { tag: FieldDescription['tag']; type: string } {
  const tag = el.tagName.toLowerCase();
  if (tag === 'select' || tag === 'textarea') return { tag, type: tag };
  return { tag: 'input', type: attr(el, 'type').toLowerCase() || 'text' };
}

/** Describe a field from its label and attributes — never from what is typed or chosen. */
export function describeField(el: FormField): FieldDescription {
  const name = accessibleName(el);
  return {
    ...typeOf(el),
    accessibleName: name,
    name: attr(el, 'name'),
    id: attr(el, 'id'),
    autocomplete: attr(el, 'autocomplete'),
    inputmode: attr(el, 'inputmode'),
    maxLength: maxLengthOf(el),
    pattern: attr(el, 'pattern'),
    placeholder: collapse(attr(el, 'placeholder')),
    legend: legendText(el),
    nearbyText: name ? '' : nearbyText(el),
    classHints: classHints(el),
    groupSize: digitGroupSize(el),
  };
}
