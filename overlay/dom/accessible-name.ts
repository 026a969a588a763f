/**
 * A simplified accessible-name computation that can never read what a person typed or
 * chose: form controls, options, editable regions and hidden subtrees are skipped whole.
 */

// Subtrees whose text is a person's input (or not shown): never collected, even when a
// label wraps its own input or an aria-labelledby points at a field.
const SKIPPED =
  'input, select, textarea, option, optgroup, datalist, output, button, script, style, template, noscript, ' +
  '[hidden], [aria-hidden="true"], [contenteditable]:not([contenteditable="false"])';

export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

function gather(node: Node, parts: string[]): void {
  if (node.nodeType === TEXT_NODE) {
    parts.push((node as Text).data);
    return;
  }
  if (node.nodeType !== ELEMENT_NODE || (node as Element).matches(SKIPPED)) return;
  for (const child of Array.from(node.childNodes)) {
    gather(child, parts);
    parts.push(' '); // element boundaries separate words ("Nom<span>Format…</span>")
  }
}

/** Visible page text of a node, without any field's content; whitespace-collapsed. */
export function safeText(node: Node): string {
  const parts: string[] = [];
  gather(node, parts);
  return collapse(parts.join(''));
}

type IdScope = Document | ShadowRoot;

function scopeOf(el: Element): IdScope | null {
  // nodeType, not instanceof: page globals and the content script's can differ (Firefox Xrays).
  const root = el.getRootNode();
  return root.nodeType === 9 || root.nodeType === 11 ? (root as IdScope) : null;
}

function labelledBy(el: Element, scope: IdScope): string {
  const ids = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
  return collapse(ids.map((id) => {
    const ref = scope.getElementById(id);
    return ref ? safeText(ref) : '';
  }).join(' '));
}

function labelElements(el: Element, scope: IdScope): Element[] {
  const id = el.getAttribute('id');
  const byFor = id ? Array.from(scope.querySelectorAll('label')).filter((l) => l.getAttribute('for') === id) : [];
  const wrapping = el.parentElement?.closest('label');
  return wrapping && !byFor.includes(wrapping) ? [...byFor, wrapping] : byFor;
}

/**
 * Best name of a field: aria-labelledby → aria-label → `<label for>` / wrapping label →
 * title → placeholder → ''. DSFR hint spans inside the label follow the label text.
 */
export function accessibleName(el: Element): string {
  const scope = scopeOf(el);
  const fromRefs = scope ? labelledBy(el, scope) : '';
  if (fromRefs) return fromRefs;
  const ariaLabel = collapse(el.getAttribute('aria-label') ?? '');
  if (ariaLabel) return ariaLabel;
  const fromLabels = scope ? collapse(labelElements(el, scope).map(safeText).join(' ')) : '';
  if (fromLabels) return fromLabels;
  return collapse(el.getAttribute('title') ?? '') || collapse(el.getAttribute('placeholder') ?? '');
}
