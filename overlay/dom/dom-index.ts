/**
 * What describing a field needs to look up elsewhere in the page, answered either straight
 * from the DOM (`directLookups`: one field, on focus) or from indexes built once per report
 * (`createDomIndex`: every field of the page). Per field, the direct answers each cost a
 * walk of the whole page (every label, every [aria-controls], a wrapper's whole subtree):
 * quadratic over a report, 2.1–2.8 s on a 2,000-field form (issue 12). The index builds
 * each table in one pass the first time it is asked and keeps it until `invalidate`.
 * Both answer the same questions the same way (dom-index.dom.test.ts compares them).
 * Plain Maps, not WeakMaps: an index lives for one report, and V8's garbage collector
 * handles 100,000 weak entries (ephemerons) slowly — GC pauses grew faster than the page.
 */
export type IdScope = Document | ShadowRoot;

export interface DomLookups {
  /** `<label for="id">` elements of `scope`, in document order. */
  labelsFor: (scope: IdScope, id: string) => readonly Element[];
  /** Elements of `scope` whose `aria-controls` lists `id`, in document order. */
  controllersOf: (scope: IdScope, id: string) => readonly Element[];
  /** The first `n` (≤ FIRST_MAX) descendants of `node` matching `selector`, in document order. */
  firstUnder: (node: Element, selector: string, n: number) => readonly Element[];
  /** `compute()` once per (kind, key) while the index lives; every time for direct lookups. */
  cached: <V>(kind: string, key: object, compute: () => V) => V;
}

export interface DomIndex extends DomLookups {
  /** Drops every table (the page changed): they are rebuilt when next asked. */
  invalidate: () => void;
}

export const FIRST_MAX = 8;

const scopeLabels = (scope: IdScope, id: string) => Array.from(scope.querySelectorAll('label')).filter((l) => l.getAttribute('for') === id);
const tokens = (value: string | null) => (value ?? '').trim().split(/\s+/).filter(Boolean);

export const directLookups: DomLookups = {
  labelsFor: scopeLabels,
  controllersOf: (scope, id) => Array.from(scope.querySelectorAll('[aria-controls]')).filter((c) => tokens(c.getAttribute('aria-controls')).includes(id)),
  firstUnder: (node, selector, n) => Array.from(node.querySelectorAll(selector)).slice(0, n),
  cached: (_kind, _key, compute) => compute(),
};

function groupBy(elements: Iterable<Element>, keysOf: (el: Element) => string[]): Map<string, Element[]> {
  const map = new Map<string, Element[]>();
  for (const el of elements) {
    for (const key of keysOf(el)) {
      const list = map.get(key);
      if (list) list.push(el);
      else map.set(key, [el]);
    }
  }
  return map;
}

/**
 * For each element of `scope` matching `selector` (document order), appended to every
 * ancestor's list until that list holds FIRST_MAX. A walk stops at a full ancestor: every
 * ancestor above it is full too (it received the same elements first), so each element
 * is visited a bounded number of times — linear in the page, whatever its depth.
 */
function firstUnderTable(scope: IdScope, selector: string): Map<Element, Element[]> {
  const table = new Map<Element, Element[]>();
  for (const el of Array.from(scope.querySelectorAll(selector))) {
    for (let node = el.parentElement; node; node = node.parentElement) {
      const list = table.get(node);
      if (!list) table.set(node, [el]);
      else if (list.length >= FIRST_MAX) break;
      else list.push(el);
    }
  }
  return table;
}

const EMPTY: readonly Element[] = [];

export function createDomIndex(): DomIndex {
  let labels = new Map<IdScope, Map<string, Element[]>>();
  let controllers = new Map<IdScope, Map<string, Element[]>>();
  let firsts = new Map<string, Map<IdScope, Map<Element, Element[]>>>();
  let memo = new Map<string, Map<object, unknown>>();

  const perScope = <T>(tables: Map<IdScope, T>, scope: IdScope, build: () => T): T => {
    let table = tables.get(scope);
    if (!table) tables.set(scope, (table = build()));
    return table;
  };

  return {
    labelsFor: (scope, id) =>
      perScope(labels, scope, () => groupBy(scope.querySelectorAll('label[for]'), (l) => [l.getAttribute('for') ?? ''])).get(id) ?? EMPTY,
    controllersOf: (scope, id) =>
      perScope(controllers, scope, () => groupBy(scope.querySelectorAll('[aria-controls]'), (c) => [...new Set(tokens(c.getAttribute('aria-controls')))])).get(id) ?? EMPTY,
    firstUnder: (node, selector, n) => {
      if (n > FIRST_MAX) return directLookups.firstUnder(node, selector, n);
      const root = node.getRootNode();
      if (root.nodeType !== 9 && root.nodeType !== 11) return directLookups.firstUnder(node, selector, n); // detached
      let bySelector = firsts.get(selector);
      if (!bySelector) firsts.set(selector, (bySelector = new Map()));
      const list = perScope(bySelector, root as IdScope, () => firstUnderTable(root as IdScope, selector)).get(node);
      return list ? list.slice(0, n) : EMPTY;
    },
    cached: <V>(kind: string, key: object, compute: () => V): V => {
      let table = memo.get(kind);
      if (!table) memo.set(kind, (table = new Map()));
      if (table.has(key)) return table.get(key) as V;
      const value = compute();
      table.set(key, value);
      return value;
    },
    invalidate: () => {
      labels = new Map();
      controllers = new Map();
      firsts = new Map();
      memo = new Map();
    },
  };
}
