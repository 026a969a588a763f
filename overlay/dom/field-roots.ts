import { OVERLAY_HOST_TAG } from '../host-tag';

/**
 * Fields live in the page's document, in open shadow roots (web components: Lit, Stencil,
 * Salesforce) and in same-origin frames. This file finds those roots, the element a
 * page.report key names across them (keys: page-fields.ts), and a field's box in the top
 * window. Light on purpose: the curtain's lazy part imports it. Closed shadow roots and other origins' frames stay out of reach (and out of
 * our business: a cross-origin frame is another site).
 */

export type FieldRoot = Document | ShadowRoot;

/** Between the steps of a key that crosses a shadow root or a frame; not valid CSS, so no selector engine mistakes it. */
export const KEY_STEP = ' >>> ';
// A page with thousands of components would otherwise make each report walk them all.
const MAX_ROOTS = 500;
const FRAMES = new Set(['IFRAME', 'FRAME']);

/** The document of a same-origin frame once it has one; null for another origin (never throws). */
export function frameDocument(frame: Element): Document | null {
  if (!FRAMES.has(frame.tagName)) return null;
  try {
    const doc = (frame as HTMLIFrameElement).contentDocument;
    return doc?.documentElement ? doc : null;
  } catch {
    return null;
  }
}

/** Same-origin frame documents directly under `node` (no shadow-root walk: cheap enough for start-up and DOM changes). */
export function frameDocuments(node: ParentNode): Document[] {
  return Array.from(node.querySelectorAll('iframe, frame')).flatMap((frame) => frameDocument(frame) ?? []);
}

/** The frame element of a same-origin frame's document; null for the top one (never throws). */
export function frameOf(doc: Document): Element | null {
  try {
    return doc.defaultView?.frameElement ?? null;
  } catch {
    return null;
  }
}

/** The roots inside `root` one level down: open shadow roots and same-origin frame documents. */
function innerRoots(root: FieldRoot): FieldRoot[] {
  const found: FieldRoot[] = [];
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (el.nodeName.toLowerCase() === OVERLAY_HOST_TAG) continue; // our own UI
    const shadow = el.shadowRoot;
    if (shadow) found.push(shadow);
    const doc = frameDocument(el);
    if (doc) found.push(doc);
  }
  return found;
}

/** `doc` first, then every open shadow root and same-origin frame document inside it (depth first, a loop). */
export function fieldRoots(doc: Document): FieldRoot[] {
  const roots: FieldRoot[] = [];
  const stack: FieldRoot[] = [doc];
  const seen = new Set<FieldRoot>();
  while (stack.length > 0 && roots.length < MAX_ROOTS) {
    const root = stack.pop()!;
    if (seen.has(root)) continue;
    seen.add(root);
    roots.push(root);
    stack.push(...innerRoots(root).reverse());
  }
  return roots;
}

/** The element a page.report key names, through shadow roots and same-origin frames; null if none (never throws). */
export function findByKey(top: Document, key: string): Element | null {
  let root: FieldRoot | null = top;
  let found: Element | null = null;
  for (const step of key.split(KEY_STEP)) {
    if (!root) return null;
    try {
      found = root.querySelector(step);
    } catch {
      return null;
    }
    if (!found) return null;
    root = found.shadowRoot ?? frameDocument(found);
  }
  return found;
}

/** A box in the top window's coordinates: a field inside frames is moved by each frame's position. */
export function topWindowRect(el: Element): { top: number; left: number; width: number; height: number; bottom: number; right: number } {
  const r = el.getBoundingClientRect();
  let { top, left } = r;
  for (let frame = frameOf(el.ownerDocument), depth = 0; frame && depth < MAX_ROOTS; frame = frameOf(frame.ownerDocument), depth++) {
    const f = frame.getBoundingClientRect();
    top += f.top + frame.clientTop;
    left += f.left + frame.clientLeft;
  }
  return { top, left, width: r.width, height: r.height, bottom: top + r.height, right: left + r.width };
}
