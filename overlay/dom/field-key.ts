/**
 * A CSS selector that matches exactly one element in `root`, so the field can be found
 * again (side panel "montrer ce champ"): #id, tag[name], tag[name][type], then a path of
 * nth-of-type steps. Uniqueness is read from counts of ids and names made once per report
 * (a querySelectorAll per candidate and field was quadratic: issue 12); a path is unique
 * by construction (each `>` step names one child), and its prefix — the path of the
 * field's parent — is computed once for all the fields that share that parent.
 */
import { directLookups, type DomLookups } from './dom-index';

function escape(value: string): string {
  if (typeof CSS !== 'undefined' && typeof CSS.escape === 'function') return CSS.escape(value);
  return value.replace(/[^\w-]/g, (c) => `\\${c.codePointAt(0)?.toString(16) ?? ''} `);
}

const tagOf = (el: Element) => el.tagName.toLowerCase();
// In quirks mode `#id` matches ids case-insensitively: count them that way there.
const idKey = (root: Document, id: string) => (root.compatMode === 'BackCompat' ? id.toLowerCase() : id);
// `type` is matched case-insensitively by attribute selectors in HTML (not `name`).
const nameKey = (tag: string, name: string, type?: string) => `${tag}\u0000${name}${type === undefined ? '' : `\u0000${type.toLowerCase()}`}`;

function increment(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** How many elements of `root` match each `#id`, `tag[name]` and `tag[name][type]`. */
function selectorCounts(root: Document, lookups: DomLookups): { ids: Map<string, number>; names: Map<string, number> } {
  return lookups.cached('selector-counts', root, () => {
    const ids = new Map<string, number>();
    const names = new Map<string, number>();
    for (const el of Array.from(root.querySelectorAll('[id]'))) increment(ids, idKey(root, el.getAttribute('id') ?? ''));
    for (const el of Array.from(root.querySelectorAll('[name]'))) {
      const name = el.getAttribute('name') ?? '';
      increment(names, nameKey(tagOf(el), name));
      const type = el.getAttribute('type');
      if (type !== null) increment(names, nameKey(tagOf(el), name, type));
    }
    return { ids, names };
  });
}

/** The table fieldKey asks a DomIndex for, as a step (a report builds it in a slice of its own). */
export const keyTables = (lookups: DomLookups, root: Document): Array<() => void> => [() => selectorCounts(root, lookups)];

/** `tag:nth-of-type(n)` for `el`; its parent's children are counted once. */
function nthOfType(el: Element, lookups: DomLookups): string {
  const parent = el.parentElement;
  const index = parent
    ? lookups.cached('nth-of-type', parent, () => {
        const byTag = new Map<string, number>();
        const positions = new Map<Element, number>();
        for (const child of Array.from(parent.children)) {
          const n = (byTag.get(child.tagName) ?? 0) + 1;
          byTag.set(child.tagName, n);
          positions.set(child, n);
        }
        return positions;
      }).get(el) ?? 1
    : 1;
  return `${escape(tagOf(el))}:nth-of-type(${index})`;
}

const uniqueId = (el: Element, root: Document, lookups: DomLookups): string | null => {
  const id = el.getAttribute('id');
  return id && selectorCounts(root, lookups).ids.get(idKey(root, id)) === 1 ? `#${escape(id)}` : null;
};

/** Selector of `node` itself: from the nearest ancestor-or-self with a unique id, or from the top element. */
function pathTo(node: Element, root: Document, lookups: DomLookups): string {
  const steps: string[] = [];
  for (let current: Element | null = node; current; current = current.parentElement) {
    const id = uniqueId(current, root, lookups);
    if (id) return [id, ...steps.reverse()].join(' > ');
    if (!current.parentElement) return [escape(tagOf(current)), ...steps.reverse()].join(' > ');
    steps.push(nthOfType(current, lookups));
  }
  return steps.reverse().join(' > ');
}

/** Selector for `el` in `root`: #id, tag[name], tag[name][type], then an nth-of-type path. */
export function fieldKey(el: Element, root: Document, lookups: DomLookups = directLookups): string {
  const own = uniqueId(el, root, lookups);
  if (own) return own;
  const tag = tagOf(el);
  const name = el.getAttribute('name');
  const type = el.getAttribute('type');
  const { names } = selectorCounts(root, lookups);
  if (name && names.get(nameKey(tag, name)) === 1) return `${tag}[name="${escape(name)}"]`;
  if (name && type && names.get(nameKey(tag, name, type)) === 1) return `${tag}[name="${escape(name)}"][type="${escape(type)}"]`;
  const parent = el.parentElement;
  if (!parent) return escape(tag);
  return `${lookups.cached('path', parent, () => pathTo(parent, root, lookups))} > ${nthOfType(el, lookups)}`;
}
