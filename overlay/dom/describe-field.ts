import type { FieldDescription } from '../../core/privacy/field-description';
import { accessibleName, collapse, safeText } from './accessible-name';
import { surroundings } from './field-context';

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

/** The closest group's name: a fieldset's legend, or an ARIA group / radiogroup's label. */
function legendText(el: Element): string {
  const group = el.parentElement?.closest('fieldset, [role="group"], [role="radiogroup"]');
  if (!group) return '';
  const legend = Array.from(group.children).find((c) => c.tagName === 'LEGEND');
  return legend ? safeText(legend) : accessibleName(group);
}

// Hint texts DSFR, GOV.UK, Bootstrap and Material put inside or beside labels.
const HINT_SELECTOR = '.fr-hint-text, [class*="hint"], [class*="help"], [class*="description"], small';

function idTexts(el: Element, attribute: string): string[] {
  const root = el.getRootNode() as Document | ShadowRoot;
  if (typeof root.getElementById !== 'function') return [];
  return attr(el, attribute).split(/\s+/).filter(Boolean).map((id) => {
    const ref = root.getElementById(id);
    return ref && ref !== el ? safeText(ref) : '';
  });
}

/** What describes the field without naming it: label hints, aria-describedby, a spare title. */
function hintText(el: Element, name: string): string {
  const labels = Array.from((el as HTMLInputElement).labels ?? []);
  const inLabels = labels.flatMap((label) => Array.from(label.querySelectorAll(HINT_SELECTOR)).map(safeText));
  const title = collapse(attr(el, 'title'));
  const parts = [...inLabels, ...idTexts(el, 'aria-describedby'), title !== name ? title : ''];
  return collapse([...new Set(parts)].join(' '));
}

// Attributes that frameworks and payment widgets leave on fields; they name the field
// when nothing else does (Angular formControlName, test ids, Braintree/Adyen hosted fields).
const NAMING_ATTRIBUTES = [
  'formcontrolname', 'ng-model', 'data-ng-model', 'data-testid', 'data-test', 'data-test-id', 'data-cy', 'data-qa',
  'data-field', 'data-braintree-name', 'data-encrypted-name', 'data-stripe', 'data-cse',
];

function namingAttributes(el: Element): string {
  // The field's own class names too ("js-password-field", "phone-input"); not its ancestors'.
  return [...NAMING_ATTRIBUTES, 'class'].map((name) => attr(el, name)).filter(Boolean).join(' ');
}

const TEXT_LIKE = 'input:not([type=checkbox]):not([type=radio]):not([type=hidden]):not([type=submit]):not([type=button]):not([type=reset]):not([type=image]), textarea, select';
const CONTROL_SELECTOR = 'button, [role="button"], input[type=checkbox], input[type=button], a[href="#"], a:not([href])';
const CONTROL_LEVELS = 4;

function controlName(control: Element): string {
  const own = collapse(`${attr(control, 'aria-label')} ${attr(control, 'title')}`);
  const label = control.tagName === 'INPUT' ? accessibleName(control) : '';
  const text = Array.from(control.childNodes).map(safeText).join(' ');
  return collapse(`${own} ${label} ${text} ${attr(control, 'class')}`);
}

/**
 * Names of the buttons and toggles in the field's own wrapper (stopping before a wrapper
 * that holds another text field), plus any control that declares `aria-controls` = the
 * field: this is how a revealed password (type=text after "Afficher") is still recognised.
 */
export function controlsText(el: Element): string {
  const found = new Set<Element>();
  let node = el.parentElement;
  for (let level = 0; level < CONTROL_LEVELS && node && node.tagName !== 'FORM' && node.tagName !== 'BODY'; level++) {
    if (Array.from(node.querySelectorAll(TEXT_LIKE)).some((other) => other !== el)) break;
    for (const control of Array.from(node.querySelectorAll(CONTROL_SELECTOR))) if (control !== el) found.add(control);
    node = node.parentElement;
  }
  const id = attr(el, 'id');
  const root = el.getRootNode() as Document | ShadowRoot;
  if (id && typeof root.querySelectorAll === 'function') {
    for (const control of Array.from(root.querySelectorAll('[aria-controls]'))) {
      if (attr(control, 'aria-controls').split(/\s+/).includes(id)) found.add(control);
    }
  }
  return collapse([...found].slice(0, 6).map(controlName).join(' ')).slice(0, 300);
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
    hint: hintText(el, name),
    attributes: namingAttributes(el),
    controls: controlsText(el),
    ...surroundings(el, name), // heading, instructions, a group's question: overlay/dom/field-context.ts
  };
}
