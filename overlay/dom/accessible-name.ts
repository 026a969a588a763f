/**
 * A simplified accessible-name computation that can never read what a person typed or
 * chose: form controls, options, editable regions and hidden subtrees are skipped whole.
 */
import { directLookups, type DomLookups, type IdScope } from './dom-index';

// Subtrees whose text is a person's input (or not shown): never collected, even when a
// label wraps its own input or an aria-labelledby points at a field. Checked by hand, not
// with `matches()`: it runs for every element of every label of a report.
const SKIPPED_TAGS = new Set([
  'input', 'select', 'textarea', 'option', 'optgroup', 'datalist', 'output', 'button', 'script', 'style', 'template', 'noscript',
]);

function isSkipped(el: Element): boolean {
  if (SKIPPED_TAGS.has(el.localName) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const BOUNDARY = null; // element boundaries separate words ("Nom<span>Format…</span>")

/**
 * Visible page text of a node, without any field's content; whitespace-collapsed.
 * Iterative (an explicit stack): a label nested 10,000 elements deep must not overflow
 * the call stack, as the recursive version did (handler-failed, a RangeError on focus).
 */
export function safeText(node: Node): string {
  const parts: string[] = [];
  const stack: Array<Node | typeof BOUNDARY> = [node];
  while (stack.length > 0) {
    const next = stack.pop();
    if (next === BOUNDARY || next === undefined) {
      parts.push(' ');
    } else if (next.nodeType === TEXT_NODE) {
      parts.push((next as Text).data);
    } else if (next.nodeType === ELEMENT_NODE && !isSkipped(next as Element)) {
      // Pushed last child first, so the first child comes out first, each followed by a boundary.
      for (let child = next.lastChild; child; child = child.previousSibling) stack.push(BOUNDARY, child);
    }
  }
  return collapse(parts.join(''));
}

function scopeOf(el: Element): IdScope | null {
  // nodeType, not instanceof: page globals and the content script's can differ (Firefox Xrays).
  const root = el.getRootNode();
  return root.nodeType === 9 || root.nodeType === 11 ? (root as IdScope) : null;
}

/** safeText, once per node while a report's index lives (a shared hint or legend is read once). */
export const textOf = (node: Node, lookups: DomLookups): string => lookups.cached('text', node, () => safeText(node));

function labelledBy(el: Element, scope: IdScope, lookups: DomLookups): string {
  const ids = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
  return collapse(ids.map((id) => {
    const ref = scope.getElementById(id);
    return ref ? textOf(ref, lookups) : '';
  }).join(' '));
}

/** The field's `<label for>` elements, then the label wrapping it. */
export function labelElements(el: Element, lookups: DomLookups = directLookups): readonly Element[] {
  const scope = scopeOf(el);
  const id = el.getAttribute('id');
  const byFor = id && scope ? lookups.labelsFor(scope, id) : [];
  const wrapping = el.parentElement?.closest('label');
  return wrapping && !byFor.includes(wrapping) ? [...byFor, wrapping] : byFor;
}

/**
 * Best name of a field: aria-labelledby → aria-label → `<label for>` / wrapping label →
 * title → placeholder → ''. DSFR hint spans inside the label follow the label text.
 */
export function accessibleName(el: Element, lookups: DomLookups = directLookups): string {
  const scope = scopeOf(el);
  const fromRefs = scope ? labelledBy(el, scope, lookups) : '';
  if (fromRefs) return fromRefs;
  const ariaLabel = collapse(el.getAttribute('aria-label') ?? '');
  if (ariaLabel) return ariaLabel;
  const fromLabels = scope ? collapse(labelElements(el, lookups).map((label) => textOf(label, lookups)).join(' ')) : '';
  if (fromLabels) return fromLabels;
  return collapse(el.getAttribute('title') ?? '') || collapse(el.getAttribute('placeholder') ?? '');
}
