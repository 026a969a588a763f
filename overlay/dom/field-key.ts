/**
 * A CSS selector that matches exactly one element in `root`, so the field can be found
 * again (side panel "montrer ce champ"). Every candidate is checked before being returned.
 */

function escape(value: string): string {
  if (typeof CSS !== 'undefined' && typeof CSS.escape === 'function') return CSS.escape(value);
  return value.replace(/[^\w-]/g, (c) => `\\${c.codePointAt(0)?.toString(16) ?? ''} `);
}

function isUnique(selector: string, el: Element, root: Document): boolean {
  try {
    const found = root.querySelectorAll(selector);
    return found.length === 1 && found[0] === el;
  } catch {
    return false; // a selector the engine rejects is simply not a candidate
  }
}

function nthOfType(el: Element): string {
  const tag = el.tagName.toLowerCase();
  let index = 1;
  for (let sib = el.previousElementSibling; sib; sib = sib.previousElementSibling) {
    if (sib.tagName === el.tagName) index++;
  }
  return `${tag}:nth-of-type(${index})`;
}

/** Path of `tag:nth-of-type(n)` steps from the nearest ancestor with a unique id, or from <html>. */
function pathFrom(el: Element, root: Document): string {
  const steps: string[] = [];
  let node: Element | null = el;
  while (node) {
    const id = node !== el ? node.getAttribute('id') : null;
    if (id && isUnique(`#${escape(id)}`, node, root)) return [`#${escape(id)}`, ...steps].join(' > ');
    if (!node.parentElement) return [node.tagName.toLowerCase(), ...steps].join(' > ');
    steps.unshift(nthOfType(node));
    node = node.parentElement;
  }
  return steps.join(' > ');
}

function fullPath(el: Element): string {
  const steps: string[] = [];
  for (let node: Element | null = el; node?.parentElement; node = node.parentElement) steps.unshift(nthOfType(node));
  return [':root', ...steps].join(' > ');
}

/** Selector for `el` in `root`: #id, tag[name], tag[name][type], then an nth-of-type path. */
export function fieldKey(el: Element, root: Document): string {
  const tag = el.tagName.toLowerCase();
  const id = el.getAttribute('id');
  const name = el.getAttribute('name');
  const type = el.getAttribute('type');
  const candidates = [
    id ? `#${escape(id)}` : '',
    name ? `${tag}[name="${escape(name)}"]` : '',
    name && type ? `${tag}[name="${escape(name)}"][type="${escape(type)}"]` : '',
    pathFrom(el, root),
  ];
  return candidates.find((c) => c && isUnique(c, el, root)) ?? fullPath(el);
}
