/**
 * What the overlay knows about a form field: its label and attributes only.
 * Built by `overlay/dom/describe-field.ts`; by construction it never holds what a person
 * typed or chose (no value, no checked state, no option text).
 */
export interface FieldDescription {
  tag: 'input' | 'select' | 'textarea';
  /** Input type lowercased ('text' by default); 'select' / 'textarea' for those tags. */
  type: string;
  /** Best accessible name, whitespace-collapsed, '' if none. */
  accessibleName: string;
  name: string;
  id: string;
  autocomplete: string;
  inputmode: string;
  maxLength: number | null;
  pattern: string;
  placeholder: string;
  /** Text of the closest enclosing fieldset's legend ('' if none). */
  legend: string;
  /** Visible text just before the field when it has no name (≤ 80 chars), else ''. */
  nearbyText: string;
  /** The element's class attribute, then its ancestors' (up to 3 levels). */
  classHints: string;
  /** Number of one-box-per-digit (maxlength 1) sibling inputs in the same group, else 1. */
  groupSize: number;
  /**
   * Help text about the field that is not its name: DSFR hint spans inside the label,
   * aria-describedby targets, a `title` that did not serve as the name ('' if none).
   * Optional so older call sites and tests keep compiling.
   */
  hint?: string;
  /** Other naming attributes frameworks leave (formcontrolname, ng-model, data-testid…), space-separated. */
  attributes?: string;
  /** Names of the buttons and toggles right beside the field (a "Show password" eye…). */
  controls?: string;
  /** For a field with no name: the nearest heading above it and the instructions between ('' otherwise). */
  context?: string;
  /** For a radio or checkbox of a group: the text just before the group, its question ('' if none). */
  question?: string;
}
