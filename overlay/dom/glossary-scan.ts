import type { GlossaryMatcher } from '../../core/text/glossary-match';

/**
 * Finds glossary terms in the page's text, in idle time and in slices, and marks
 * them with the CSS Custom Highlight API: an underline painted by the browser, with no
 * element added to the page, so the page's layout cannot change. Only text nodes are
 * read (never a field: inputs, textareas and contenteditable are skipped).
 */
export const HIGHLIGHT_NAME = 'cac-glossary';
/** The one style we add to the page (removed on teardown): how the highlight is painted. */
const PAGE_STYLE = `::highlight(${HIGHLIGHT_NAME}){text-decoration:underline dotted #0f6b5f 2px;text-underline-offset:3px}`;
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON', 'IFRAME', 'CANVAS', 'SVG', 'MATH', 'CODE', 'PRE']);
const SLICE_MS = 6;

/**
 * One marked occurrence. The highlight holds StaticRanges: live Ranges would be updated by
 * the browser on every change of the page's DOM (thousands of them on a long page slow
 * down each SPA step); a removed node is dropped at the next slice instead.
 */
interface Hit {
  termId: string;
  start: number;
  end: number;
  range: AbstractRange;
}

export interface HitBox {
  termId: string;
  box: { top: number; left: number; width: number; height: number };
}

export interface GlossaryScanner {
  /**
   * Term ids found in visible text, in page order of first appearance. Visibility is read
   * here, not while scanning: call it after a paint (style is then up to date and cheap to
   * read); in a scan slice it would force the style of a just-inserted page part at once.
   */
  found: () => string[];
  /** The term under a point of the window, if any, with its box. */
  hitAt: (x: number, y: number) => HitBox | null;
  /** Queue elements to scan (added to the page since). */
  scan: (roots: readonly Element[]) => void;
  /** "Je connais ce mot": unmark the term and stop finding it. */
  dismiss: (termId: string) => void;
}

interface Options {
  signal: AbortSignal;
  /** Elements of ours (the overlay host): never scanned. */
  isOurs: (node: Node) => boolean;
  known: readonly string[];
  onChange: () => void;
}

type Idle = (fn: (deadline: { timeRemaining: () => number }) => void) => void;
const idle: Idle = (fn) =>
  'requestIdleCallback' in globalThis ? void requestIdleCallback(fn, { timeout: 1000 }) : void setTimeout(() => fn({ timeRemaining: () => SLICE_MS }), 16);

export function createGlossaryScanner(doc: Document, matcher: GlossaryMatcher, { signal, isOurs, known, onChange }: Options): GlossaryScanner {
  const skip = new Set(known);
  const hits = new Map<Text, Hit[]>();
  const highlight = typeof Highlight === 'function' && globalThis.CSS?.highlights ? new Highlight() : null;
  const style = doc.createElement('style');
  style.dataset.coteACote = 'glossary';
  style.textContent = PAGE_STYLE;
  if (highlight) {
    CSS.highlights.set(HIGHLIGHT_NAME, highlight);
    (doc.head ?? doc.documentElement).append(style);
  }
  signal.addEventListener('abort', () => {
    if (highlight && CSS.highlights.get(HIGHLIGHT_NAME) === highlight) CSS.highlights.delete(HIGHLIGHT_NAME);
    style.remove();
  }, { once: true });

  const queue: Element[] = [];
  let walker: TreeWalker | null = null;
  let scheduled = false;

  const accept = (node: Node): number => {
    if (node.nodeType === 3) return node.parentElement && (node as Text).data.trim().length >= 2 ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT;
    const el = node as HTMLElement;
    if (SKIP.has(el.tagName.toUpperCase()) || isOurs(el) || el.isContentEditable || el.hidden || el.getAttribute('aria-hidden') === 'true') return NodeFilter.FILTER_REJECT;
    return NodeFilter.FILTER_SKIP;
  };

  const forget = (node: Text) => {
    for (const hit of hits.get(node) ?? []) highlight?.delete(hit.range);
    hits.delete(node);
  };

  const scanText = (node: Text) => {
    forget(node); // scanned again (moved, or its parent was added again)
    const found = matcher.find(node.data, skip);
    if (found.length === 0) return;
    const list = found.map(({ termId, start, end }) => {
      const range = typeof StaticRange === 'function' ? new StaticRange({ startContainer: node, startOffset: start, endContainer: node, endOffset: end }) : liveRange(doc, node, start, end);
      highlight?.add(range);
      return { termId, start, end, range };
    });
    hits.set(node, list);
  };

  const work = (deadline: { timeRemaining: () => number }) => {
    scheduled = false;
    if (signal.aborted) return;
    const start = performance.now();
    const budget = Math.min(SLICE_MS, Math.max(1, deadline.timeRemaining()));
    let changed = false;
    for (const node of [...hits.keys()]) if (!node.isConnected) (forget(node), (changed = true));
    while (performance.now() - start < budget) {
      if (!walker) {
        const root = queue.shift();
        if (!root) break;
        if (!root.isConnected || accept(root) === NodeFilter.FILTER_REJECT) continue;
        walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, { acceptNode: accept });
      }
      const node = walker.nextNode();
      if (!node) walker = null;
      else (scanText(node as Text), (changed = true));
    }
    performance.measure('cac:glossary-scan', { start, end: performance.now() });
    if (changed) onChange();
    if (walker || queue.length) schedule();
  };

  const schedule = () => {
    if (scheduled || signal.aborted) return;
    scheduled = true;
    idle(work);
  };

  return {
    found: () => {
      const ids: string[] = [];
      const visible = new Map<Element, boolean>();
      for (const [node, list] of hits) {
        const parent = node.parentElement;
        if (!parent) continue;
        let seen = visible.get(parent);
        if (seen === undefined) visible.set(parent, (seen = parent.checkVisibility?.() ?? true));
        if (seen) for (const { termId } of list) if (!ids.includes(termId)) ids.push(termId);
      }
      return ids;
    },
    hitAt: (x, y) => hitAt(doc, hits, x, y),
    scan: (roots) => {
      queue.push(...roots);
      schedule();
    },
    dismiss: (termId) => {
      skip.add(termId);
      for (const [node, list] of hits) {
        const keep = list.filter((hit) => hit.termId !== termId || (highlight?.delete(hit.range), false));
        if (keep.length) hits.set(node, keep);
        else hits.delete(node);
      }
      onChange();
    },
  };
}

function liveRange(doc: Document, node: Text, start: number, end: number): Range {
  const range = doc.createRange();
  range.setStart(node, start);
  range.setEnd(node, end);
  return range;
}

/** The caret position under the pointer, then the hit whose offsets contain that point. */
function hitAt(doc: Document, hits: Map<Text, Hit[]>, x: number, y: number): HitBox | null {
  if (hits.size === 0) return null;
  const d = doc as Document & { caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null };
  const caret = d.caretPositionFromPoint?.(x, y);
  const legacy = caret ? null : doc.caretRangeFromPoint?.(x, y);
  const node = caret?.offsetNode ?? legacy?.startContainer;
  const offset = caret?.offset ?? legacy?.startOffset ?? -1;
  const list = node ? hits.get(node as Text) : undefined;
  const hit = list?.find(({ start, end }) => start <= offset && offset <= end);
  if (!hit || hit.end > (node as Text).length) return null;
  // The caret snaps to the nearest text: check the pointer is really over the word.
  const range = liveRange(doc, node as Text, hit.start, hit.end);
  if (![...range.getClientRects()].some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom)) return null;
  const r = range.getBoundingClientRect();
  return { termId: hit.termId, box: { top: r.top, left: r.left, width: r.width, height: r.height } };
}
