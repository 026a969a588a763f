import type { FieldDescription } from '../../core/privacy/field-description';
import { describeField, type FormField } from './describe-field';
import { createDomIndex } from './dom-index';

export interface CollectedField {
  element: FormField;
  description: FieldDescription;
}

// Buttons are not fields; hidden inputs are never shown to anyone.
const NOT_FIELDS = new Set(['hidden', 'submit', 'button', 'reset', 'image']);

/** A field the report lists: not a button nor a hidden input, outside `exclude` and `[hidden]`. */
export function isCollectable(el: Element, exclude: Element | undefined): boolean {
  if (el.tagName.toLowerCase() === 'input' && NOT_FIELDS.has((el.getAttribute('type') ?? '').trim().toLowerCase())) {
    return false;
  }
  if (exclude?.contains(el)) return false;
  // Only the `hidden` attribute: getComputedStyle per field would force layout on big forms.
  return el.closest('[hidden]') === null;
}

/**
 * Every form field under `root` in document order, skipping our own overlay (`exclude`)
 * and `[hidden]` subtrees. Disabled fields are kept. Nested shadow roots are not entered:
 * pass each one as `root`.
 */
export function fieldElements(root: Document | ShadowRoot | Element, options: { exclude?: Element } = {}): FormField[] {
  return fieldCandidates(root).filter((el) => isCollectable(el, options.exclude));
}

/** Every input, select and textarea under `root`, before `isCollectable`. */
export const fieldCandidates = (root: Document | ShadowRoot | Element): FormField[] => Array.from(root.querySelectorAll<FormField>('input, select, textarea'));

/** `fieldElements` with their descriptions, from one DomIndex (linear in the page's size). */
export function collectFields(
  root: Document | ShadowRoot | Element,
  options: { exclude?: Element } = {},
): CollectedField[] {
  const index = createDomIndex();
  return fieldElements(root, options).map((element) => ({ element, description: describeField(element, index) }));
}
