import type { FieldDescription } from '../../core/privacy/field-description';
import { describeField, type FormField } from './describe-field';

export interface CollectedField {
  element: FormField;
  description: FieldDescription;
}

// Buttons are not fields; hidden inputs are never shown to anyone.
const NOT_FIELDS = new Set(['hidden', 'submit', 'button', 'reset', 'image']);

function isCollectable(el: Element, exclude: Element | undefined): boolean {
  if (el.tagName.toLowerCase() === 'input' && NOT_FIELDS.has((el.getAttribute('type') ?? '').trim().toLowerCase())) {
    return false;
  }
  if (exclude?.contains(el)) return false;
  // Only the `hidden` attribute: getComputedStyle per field would force layout on big forms.
  return el.closest('[hidden]') === null;
}

/**
 * Every form field under `root` in document order, with its description, skipping our own
 * overlay (`exclude`) and `[hidden]` subtrees. Disabled fields are kept. Nested shadow roots
 * are not entered: pass each one as `root`.
 */
export function collectFields(
  root: Document | ShadowRoot | Element,
  options: { exclude?: Element } = {},
): CollectedField[] {
  return Array.from(root.querySelectorAll<FormField>('input, select, textarea'))
    .filter((el) => isCollectable(el, options.exclude))
    .map((element) => ({ element, description: describeField(element) }));
}
