import type { FieldDescription } from '../../core/privacy/field-description';
import { accessibleName, collapse, labelElements, safeText, textOf } from './accessible-name';
import { surroundings } from './field-context';
import { directLookups, type DomLookups } from './dom-index';

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

// isFormField as a selector, so that "holds a field" is one indexed look-up.
const FORM_FIELD = 'select, textarea, input:not([type="hidden" i])';

function containsField(node: Node, lookups: DomLookups): boolean {
  if (node.nodeType !== 1) return false;
  const el = node as Element;
  return isFormField(el) || lookups.firstUnder(el, FORM_FIELD, 1).length > 0;
}

function tail(text: string): string {
  if (text.length <= NEARBY_MAX) return text;
  return text.slice(-NEARBY_MAX).replace(/^\S*\s/, '');
}

/**
 * The closest visible text before an unlabelled field (Ameli's password has only a
 * "Code personnel" text above it). Stops at text belonging to another field.
 */
export function nearbyText(el: Element, lookups: DomLookups = directLookups): string {
  let node: Element | null = el;
  for (let level = 0; level < NEARBY_LEVELS && node && node.tagName !== 'BODY'; level++) {
    for (let sib = node.previousSibling; sib; sib = sib.previousSibling) {
      if (containsField(sib, lookups)) return '';
      const text = textOf(sib, lookups);
      if (text) return tail(text);
    }
    node = node.parentElement;
  }
  return '';
}

/** The closest group's name: a fieldset's legend, or an ARIA group / radiogroup's label. */
function legendText(el: Element, lookups: DomLookups): string {
  const group = el.parentElement?.closest('fieldset, [role="group"], [role="radiogroup"]');
  if (!group) return '';
  return lookups.cached('legend', group, () => {
    const legend = Array.from(group.children).find((c) => c.tagName === 'LEGEND');
    return legend ? textOf(legend, lookups) : accessibleName(group, lookups);
  });
}

// Hint texts DSFR, GOV.UK, Bootstrap and Material put inside or beside labels.
const HINT_SELECTOR = '.fr-hint-text, [class*="hint"], [class*="help"], [class*="description"], small';

function idTexts(el: Element, attribute: string, lookups: DomLookups): string[] {
  const root = el.getRootNode() as Document | ShadowRoot;
  if (typeof root.getElementById !== 'function') return [];
  return attr(el, attribute).split(/\s+/).filter(Boolean).map((id) => {
    const ref = root.getElementById(id);
    return ref && ref !== el ? textOf(ref, lookups) : '';
  });
}

/**
 * What describes the field without naming it: label hints, aria-describedby, a spare title.
 * The labels are the ones its name comes from (`<label for>`, the wrapping label), looked up
 * in the index: `el.labels` walks the whole document in Chromium, once per field.
 */
function hintText(el: Element, name: string, lookups: DomLookups): string {
  const inLabels = labelElements(el, lookups).flatMap((label) =>
    lookups.cached('label-hints', label, () => Array.from(label.querySelectorAll(HINT_SELECTOR)).map((hint) => textOf(hint, lookups))),
  );
  const title = collapse(attr(el, 'title'));
  const parts = [...inLabels, ...idTexts(el, 'aria-describedby', lookups), title !== name ? title : ''];
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

function controlName(control: Element, lookups: DomLookups): string {
  return lookups.cached('control-name', control, () => {
    const own = collapse(`${attr(control, 'aria-label')} ${attr(control, 'title')}`);
    const label = control.tagName === 'INPUT' ? accessibleName(control, lookups) : '';
    const text = Array.from(control.childNodes).map((child) => textOf(child, lookups)).join(' ');
    return collapse(`${own} ${label} ${text} ${attr(control, 'class')}`);
  });
}

const CONTROLS_MAX = 6;

/**
 * Names of the buttons and toggles in the field's own wrapper (stopping before a wrapper
 * that holds another text field), plus any control that declares `aria-controls` = the
 * field: this is how a revealed password (type=text after "Afficher") is still recognised.
 */
export function controlsText(el: Element, lookups: DomLookups = directLookups): string {
  const found = new Set<Element>();
  const add = (control: Element) => found.size < CONTROLS_MAX && control !== el && found.add(control);
  let node = el.parentElement;
  for (let level = 0; level < CONTROL_LEVELS && node && node.tagName !== 'FORM' && node.tagName !== 'BODY'; level++) {
    if (lookups.firstUnder(node, TEXT_LIKE, 2).some((other) => other !== el)) break;
    // One more than kept: the field itself may be a control (a checkbox).
    lookups.firstUnder(node, CONTROL_SELECTOR, CONTROLS_MAX + 1).forEach(add);
    node = node.parentElement;
  }
  const id = attr(el, 'id');
  const root = el.getRootNode();
  if (id && (root.nodeType === 9 || root.nodeType === 11)) lookups.controllersOf(root as Document | ShadowRoot, id).forEach(add);
  return collapse([...found].map((control) => controlName(control, lookups)).join(' ')).slice(0, 300);
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
export function digitGroupSize(el: Element, lookups: DomLookups = directLookups): number {
  if (maxLengthOf(el) !== 1) return 1;
  const type = attr(el, 'type').toLowerCase();
  let container = el.parentElement;
  for (let level = 0; level < GROUP_LEVELS && container; level++, container = container.parentElement) {
    const boxes = digitBoxes(container, lookups).get(type) ?? 0;
    if (boxes > 1) return boxes;
  }
  return 1;
}

/** maxlength=1 inputs under `container`, counted by type (once per container in a report). */
function digitBoxes(container: Element, lookups: DomLookups): Map<string, number> {
  return lookups.cached('digit-boxes', container, () => {
    const counts = new Map<string, number>();
    for (const box of Array.from(container.querySelectorAll('input'))) {
      if (maxLengthOf(box) !== 1) continue;
      const type = attr(box, 'type').toLowerCase();
      counts.set(type, (counts.get(type) ?? 0) + 1);
    }
    return counts;
  });
}

function typeOf(el: FormField): { tag: FieldDescription['tag']; type: string } {
  const tag = el.tagName.toLowerCase();
  if (tag === 'select' || tag === 'textarea') return { tag, type: tag };
  return { tag: 'input', type: attr(el, 'type').toLowerCase() || 'text' };
}

/** The tables describeField asks a DomIndex for, one step each (a report builds them slice by slice). */
export function descriptionTables(lookups: DomLookups, scope: Document): Array<() => void> {
  const top = scope.documentElement;
  return [
    () => lookups.labelsFor(scope, ''),
    () => lookups.controllersOf(scope, ''),
    ...[FORM_FIELD, TEXT_LIKE, CONTROL_SELECTOR].map((selector) => () => top && lookups.firstUnder(top, selector, 1)),
  ];
}

/**
 * Describe a field from its label and attributes — never from what is typed or chosen.
 * `lookups`: a report's DomIndex when describing every field of a page.
 */
export function describeField(el: FormField, lookups: DomLookups = directLookups): FieldDescription {
  const name = accessibleName(el, lookups);
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
    legend: legendText(el, lookups),
    nearbyText: name ? '' : nearbyText(el, lookups),
    classHints: classHints(el),
    groupSize: digitGroupSize(el, lookups),
    hint: hintText(el, name, lookups),
    attributes: namingAttributes(el),
    controls: controlsText(el, lookups),
    ...surroundings(el, name), // heading, instructions, a group's question: overlay/dom/field-context.ts
  };
}
