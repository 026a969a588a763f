import type { Box } from '../../core/layout/geometry';
import { topWindowRect } from '../dom/field-roots';

// Controls and links keep their whole box (a link styled as a button has padding around its words).
const CONTROL = 'input, select, textarea, button, a, summary, img, svg, video, canvas, iframe, [role], [tabindex]';

/**
 * A box in viewport coordinates (read phase only). For a label, a hint or a legend, the
 * box of its text rather than of the element: a block label spans the whole line, and the
 * "?" or the card may sit beside its words.
 */
export function boxOf(el: Element, ofText = true): Box {
  // In a same-origin frame, boxes are moved into the top window's coordinates.
  const whole = el.ownerDocument === document ? el.getBoundingClientRect() : topWindowRect(el);
  const box = { top: whole.top, left: whole.left, width: whole.width, height: whole.height };
  if (!ofText || el.matches(CONTROL) || el.querySelector(CONTROL) || !el.textContent?.trim()) return box;
  const range = el.ownerDocument.createRange();
  range.selectNodeContents(el);
  const text = range.getBoundingClientRect();
  const own = el.ownerDocument === document ? whole : el.getBoundingClientRect();
  const dx = whole.left - own.left;
  const dy = whole.top - own.top;
  return text.width > 0 && text.height > 0 ? { top: text.top + dy, left: text.left + dx, width: text.width, height: text.height } : box;
}

/** The focused element, inside the page's own (open) shadow roots too. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active === document.body || active === document.documentElement ? null : active;
}

const byIds = (el: Element, attribute: string): Element[] =>
  (el.getAttribute(attribute) ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => el.ownerDocument.getElementById(id))
    .filter((found): found is HTMLElement => found !== null);

/**
 * What must stay visible around a page element the person is on: the element, its labels
 * (for=, wrapping, aria-labelledby), its hints (aria-describedby, DSFR hint text) and,
 * for a radio or checkbox, its group's question (legend). Fields only have these; any
 * other element (a link, a step's button) is kept alone.
 */
export function keepFor(el: Element): Element[] {
  const kept = [el, ...Array.from((el as HTMLInputElement).labels ?? []), ...byIds(el, 'aria-labelledby'), ...byIds(el, 'aria-describedby')];
  const group = el.closest('.fr-input-group, .fr-select-group, .fr-fieldset__element');
  const hint = group?.querySelector('.fr-hint-text, .fr-error-text, .fr-message');
  if (hint) kept.push(hint);
  const type = el.getAttribute('type');
  if (type === 'radio' || type === 'checkbox') {
    // The group's legend is the question only in a group of choices: a fieldset around a
    // whole sign-in form made "Se souvenir de moi" and its form's title one tall box.
    const fieldset = el.closest('fieldset');
    const legend = fieldset?.querySelector(':scope > legend');
    if (legend && Array.from(fieldset!.querySelectorAll(FIELDS)).every((f) => f.matches(CHOICE))) kept.push(legend);
  }
  return [...new Set(kept)];
}

/**
 * What the person clicks next after a field: its form's submit buttons. Kept clear too (a
 * card below the password field hid "Se connecter"), but not part of what the card is beside.
 */
export function nextActionsOf(el: Element): Element[] {
  const form = (el as HTMLInputElement).form;
  return form ? Array.from(form.querySelectorAll('button[type="submit"], input[type="submit"], button:not([type])')) : [];
}

const FIELDS = 'input:not([type="hidden"]), select, textarea';
const CHOICE = 'input[type="radio"], input[type="checkbox"]';
/** At most this many fields are read around the person's field (a 2,000-field return stays cheap). */
const AROUND = 120;

/**
 * The other fields a card should not cover, when it can help it: those of the field's own
 * form (or, with no form, its nearest section), with their labels; never the field itself.
 */
export function fieldsAround(el: Element): Element[] {
  const scope = (el as HTMLInputElement).form ?? el.closest('fieldset, section, main, [role="main"]') ?? el.ownerDocument.body;
  const fields = Array.from(scope.querySelectorAll(FIELDS)).filter((f) => f !== el).slice(0, AROUND);
  return fields.flatMap((f) => [f, ...Array.from((f as HTMLInputElement).labels ?? [])]);
}
