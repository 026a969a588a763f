import { fold, foldedScore, kindsOf, pickTarget, type Attempt, type Pick } from '../../core/packs/anchoring';
import type { Selector, SelectorSet } from '../../core/packs/schema';
import { collapse, safeText } from './accessible-name';

/**
 * The anchoring engine on the page (G4): each selector of a pack's ordered set gathers
 * its candidates here; core/packs/anchoring.ts picks the target or explains the miss.
 * Reads labels and attributes only, never a value, and never throws.
 */

// What a person can name on a page: fields, buttons, links, and groups of fields.
const NAMED =
  'input:not([type="hidden"]), select, textarea, button, a[href], summary, fieldset, ' +
  '[role="button"], [role="link"], [role="tab"], [role="radio"], [role="checkbox"], [role="group"], [role="radiogroup"]';

interface Named {
  el: Element;
  /** The folded name (accents, case and punctuation removed), computed once per pass. */
  name: string;
}

/** One resolution pass over the page: the label index is built once, on first need. */
export interface TargetFinder {
  find: (set: SelectorSet) => Pick<Element>;
}

export function createTargetFinder(root: Document, exclude?: Element): TargetFinder {
  let named: Named[] | null = null;
  const outside = (el: Element) => !exclude?.contains(el);
  const all = (css: string) => Array.from(root.querySelectorAll(css)).filter(outside);
  const ones = (els: Element[]) => els.map((item) => ({ item, score: 1 }));

  const attempt = (selector: Selector): Attempt<Element> => {
    const kind = kindsOf(selector)[0];
    try {
      switch (kind) {
        case 'css': return { kind, found: ones(all(selector.css!)) };
        // Generated ids (`input-35`) never reach here: parsePack refuses them in packs.
        case 'id': return { kind, found: ones([root.getElementById(selector.id!)].filter((el): el is HTMLElement => el !== null)) };
        case 'name': return { kind, found: ones(all('[name]').filter((el) => el.getAttribute('name') === selector.name)) };
        case 'autocomplete': return { kind, found: ones(all('[autocomplete]').filter((el) => hasToken(el, 'autocomplete', selector.autocomplete!))) };
        case 'aria': return { kind, found: ones(all('[aria-label], [aria-labelledby]').filter((el) => fold(ariaText(el, root)) === fold(selector.aria!))) };
        case 'label': {
          named ??= nameAll(all(NAMED), root);
          const wanted = fold(selector.label!);
          return { kind, found: named.map(({ el, name }) => ({ item: el, score: foldedScore(name, wanted) })).filter((c) => c.score > 0) };
        }
        default: return { kind: 'invalide', found: [] };
      }
    } catch {
      return { kind: 'invalide', found: [] }; // a CSS selector the engine rejects is a miss, not a crash
    }
  };

  return { find: (set) => pickTarget(set.map(attempt)) };
}

function hasToken(el: Element, attr: string, token: string): boolean {
  return (el.getAttribute(attr) ?? '').toLowerCase().split(/\s+/).includes(token.toLowerCase());
}

/**
 * Visible words of an element, for comparing with a pack's label only (never stored, never
 * sent). textContent is native and fast on big forms; it never holds what a person typed
 * (an input's value is not text, and typing in a textarea does not change its text).
 */
const words = (el: Element | null) => collapse(el?.textContent ?? '');

function ariaText(el: Element, root: Document): string {
  const ids = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
  // safeText here: aria-labelledby may point at any element, even an editable one.
  const referenced = ids.map((id) => root.getElementById(id)).filter((ref): ref is HTMLElement => ref !== null);
  return referenced.length ? collapse(referenced.map(safeText).join(' ')) : collapse(el.getAttribute('aria-label') ?? '');
}

function nameAll(elements: Element[], root: Document): Named[] {
  const labels = labelsById(root);
  return elements.map((el) => ({ el, name: fold(nameOf(el, root, labels)) }));
}

/** `label[for]` texts by id, built in one pass (per-field lookups would be quadratic on big forms). */
function labelsById(root: Document): Map<string, string> {
  const map = new Map<string, string>();
  for (const label of Array.from(root.querySelectorAll('label[for]'))) {
    const id = label.getAttribute('for')!;
    map.set(id, collapse(`${map.get(id) ?? ''} ${words(label)}`));
  }
  return map;
}

/** The name a person sees: aria first, then labels / legend, then the element's own text. */
function nameOf(el: Element, root: Document, labels: Map<string, string>): string {
  const aria = ariaText(el, root);
  if (aria) return aria;
  const id = el.getAttribute('id');
  const byFor = id ? labels.get(id) : undefined;
  if (byFor) return byFor;
  const wrapping = el.parentElement?.closest('label');
  if (wrapping) return words(wrapping);
  const tag = el.tagName.toLowerCase();
  if (tag === 'fieldset') return words(el.querySelector(':scope > legend'));
  if (tag === 'input' || tag === 'select' || tag === 'textarea') return collapse(el.getAttribute('title') ?? el.getAttribute('placeholder') ?? '');
  return words(el);
}
