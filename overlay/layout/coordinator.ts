import { chooseCorner, cornerSpots, GAP, grow, inside, NARROW, SHEET_SHARE, overlaps, overlapsAny, placeMark, placeSheet, union, visibleIn, type Box, type Corner, type View } from '../../core/layout/geometry';
import { placeBeside } from './place-beside';
import { isInOurUi } from '../host-tag';
import type { Anchor, LayoutState } from './layout-state';
import { keepFor, deepActiveElement, boxOf, nextActionsOf } from './keep';

/** Size of a "?" mark, px. */
export const MARK = 32;

interface Frame {
  view: View;
  rtl: boolean;
  /** Our text size ("Texte plus grand", larger during a session): wide cards need a wider window. */
  scale: number;
  keep: Box[];
  anchor: Box | null;
  card: { el: HTMLElement; width: number; height: number; sheet: boolean } | null;
  launcher: { el: HTMLElement; width: number; height: number } | null;
  tray: HTMLElement | null;
  marks: Array<{ el: HTMLElement; anchor: Box | null; owner: Element }>;
  fields: Box[];
}

/**
 * The one module that decides where our surfaces go (issue "One calm overlay"). In an
 * animation frame it reads every box it needs (what must stay visible: the focused field,
 * its label and hint, the step's target, the field the worker shows; our card, launcher
 * and marks), decides with the pure rules of core/layout, then writes every style.
 * It is the lazy part `layout` (with @floating-ui/dom), started by overlay/layout/start-layout.ts.
 * It never reads layout in a mutation callback: DOM changes, scroll, resize, zoom, focus
 * and declared changes only schedule a frame.
 */
export function startCoordinator(layout: LayoutState, signal: AbortSignal, root: () => HTMLElement | null): void {
  let frame = 0;
  let corner: Corner | null = null;
  let busy = false;
  let again = false;
  // A frame asked only by scrolling: the page's content did not move under our surfaces
  // relative to their anchors, so what lies under each spot is not sampled again (hit
  // tests on every scroll frame would cost the page its smooth scrolling).
  let scrollOnly = true;
  const sample = new Map<HTMLElement, { dx: number; dy: number }>();
  const schedule = () => {
    scrollOnly = false;
    if (busy) return void (again = true);
    frame ||= requestAnimationFrame(run);
  };
  const onScroll = () => {
    if (busy) return void (again = true);
    frame ||= requestAnimationFrame(run);
  };
  const run = async () => {
    frame = 0;
    if (signal.aborted) return;
    busy = true;
    const fresh = !scrollOnly;
    scrollOnly = true;
    try {
      await place(read(layout, root()), fresh);
    } catch (error) {
      console.warn('[Côte à côte] placement', error instanceof Error ? error.name : 'error');
    } finally {
      busy = false;
      if (again) (again = false), schedule();
    }
  };

  const place = async (f: Frame, fresh: boolean) => {
    const launcherSpots = f.launcher ? cornerSpots(f.view, f.launcher, f.rtl) : [];
    const sampled = contentUnder(f.view);
    const covers = fresh ? sampled : () => 0;
    // Decide (reads only): the card first (it is about the person's field), then the
    // launcher around it, then the "?" marks around both.
    let cardPlace = f.card ? await placeCard(f, null) : null;
    let launcherBox: Box | null = null;
    let launcherCompact = false;
    if (f.launcher) {
      corner = chooseCorner(launcherSpots, f.keep, cardPlace ? [cardPlace.box] : [], (box) => covers(box, null), corner);
      launcherBox = launcherSpots.find((s) => s.corner === corner)!.box;
      if (f.card && cardPlace && overlaps(cardPlace.box, launcherBox)) cardPlace = await placeCard(f, launcherBox);
      const crowded = overlapsAny(launcherBox, f.keep.map((k) => grow(k, GAP / 2))) || (cardPlace !== null && overlaps(cardPlace.box, launcherBox));
      launcherCompact = compactLauncherFor(f, crowded);
    }
    const tray = f.tray && !f.tray.hidden ? trayBox(launcherBox, corner, f) : null;
    const taken = [cardPlace?.box, launcherBox, tray].filter((b): b is Box => !!b);
    const marks = placeMarks(f, taken, sampled, fresh ? null : sample);
    if (fresh) sample.clear();
    for (const [el, spot, anchor] of marks) if (spot && anchor) sample.set(el, { dx: spot.left - anchor.left, dy: spot.top - anchor.top });
    // Then write, all at once.
    if (f.card && cardPlace) writeCard(f.card.el, cardPlace, compactFor(f, cardPlace));
    if (f.launcher && launcherBox) writeLauncher(f.launcher.el, launcherBox, corner!, f.tray, f.view, launcherCompact);
    for (const [el, spot] of marks) writeMark(el, spot);
    if (scrollBy) window.scrollBy({ top: scrollBy, behavior: 'instant' });
    scrollBy = 0;
  };

  // Short of room, the card hides what is not needed to act (data-compact): decided once per
  // content and window size, so it does not flip back and forth as its height changes.
  let compactKey: string | null = null;
  const compactFor = (f: Frame, place: CardPlace): boolean => {
    const key = `${layout.choice.get().sections.join()}|${f.view.width}x${f.view.height}|${f.scale}`;
    const compactNow = f.card!.el.dataset.compact !== undefined;
    if (compactNow && compactKey === key) return true;
    if (compactNow) {
      // Other content or window: measure the whole card again next frame.
      compactKey = null;
      schedule();
      return false;
    }
    const compact = f.card!.height > place.maxHeight + 1;
    if (compact) (compactKey = key), schedule(); // placed again once the compact content is laid out
    return compact;
  };

  // No corner free for the whole launcher (a small window, large text, a session): it
  // shrinks to its essentials (the ✓ and Stop), for as long as the window and focus stay.
  let launcherKey: string | null = null;
  let launcherFor: Element | null = null;
  const compactLauncherFor = (f: Frame, conflict: boolean): boolean => {
    const key = `${f.view.width}x${f.view.height}|${f.scale}`;
    const focus = layout.lastPageFocus.get();
    if (f.launcher!.el.dataset.compact !== undefined && launcherKey === key && launcherFor === focus) return true;
    if (conflict) (launcherKey = key), (launcherFor = focus), schedule();
    return conflict;
  };

  const placeCard = async (f: Frame, launcher: Box | null): Promise<CardPlace> => {
    const card = f.card!;
    const avoid = launcher ? [...f.keep, grow(launcher, GAP / 2)] : f.keep;
    if (!card.sheet && f.view.width >= NARROW * f.scale) {
      const reference = f.anchor ?? (launcher ? launcher : null);
      if (reference) {
        const beside = await placeBeside(reference, card.el, avoid, f.rtl, f.view, card.height);
        const box = beside && { top: beside.top, left: beside.left, width: card.width, height: Math.min(card.height, beside.maxHeight) };
        if (beside && box && beside.maxHeight >= Math.min(card.height, 160) && inside(box, f.view) && !overlapsAny(box, avoid)) return { mode: 'float', box, maxHeight: beside.maxHeight };
      }
    }
    const reserve = { top: 0, bottom: 0 };
    if (launcher) reserve[launcher.top > f.view.height / 2 ? 'bottom' : 'top'] = launcher.height + GAP;
    const kept = f.anchor ? [...f.keep, f.anchor] : f.keep;
    const sheet = placeSheet(f.view, kept, reserve);
    const height = Math.min(card.height, sheet.maxHeight);
    roomFor(f, kept, Math.min(card.height, Math.floor(f.view.height * SHEET_SHARE)), sheet.maxHeight, reserve);
    const top = sheet.edge === 'bottom' ? f.view.height - GAP - reserve.bottom - height : sheet.top;
    return { mode: 'sheet', box: { top, left: GAP, width: f.view.width - 2 * GAP, height }, maxHeight: sheet.maxHeight, edge: sheet.edge };
  };

  // A field in the middle of a small window leaves no room above or below it for the sheet:
  // the page is scrolled once so the field sits near the top (browsers do the same to bring
  // a focused field into view). Asked in the decide phase, done after the writes.
  let scrollBy = 0;
  let scrolledFor: Anchor | null = null;
  const roomFor = (f: Frame, kept: Box[], need: number, got: number, reserve: { top: number; bottom: number }) => {
    const anchor = layout.choice.get().anchor;
    const area = union(kept.filter((b) => visibleIn(b, f.view)));
    if (got >= need || !area || !(anchor instanceof Element) || scrolledFor === anchor) return;
    const dy = area.top - GAP - reserve.top;
    if (dy > GAP && f.view.height - area.height - 3 * GAP - reserve.top - reserve.bottom > got) (scrollBy = dy), (scrolledFor = anchor);
  };

  layout.onSchedule(schedule);
  const on = { capture: true, passive: true, signal };
  addEventListener('scroll', onScroll, on);
  addEventListener('resize', schedule, on);
  visualViewport?.addEventListener('resize', schedule, on);
  document.addEventListener('focusin', (e) => (rememberFocus(layout, e), schedule()), on);
  document.addEventListener('focusout', schedule, on);
  const ro = new ResizeObserver(schedule);
  ro.observe(document.documentElement);
  for (const slot of [layout.slots.card, layout.slots.launcher, layout.slots.tray]) {
    let watched: HTMLElement | null = null;
    const watch = (el: HTMLElement | null) => {
      if (watched) ro.unobserve(watched);
      watched = el;
      if (el) ro.observe(el);
      schedule();
    };
    watch(slot.get());
    const stop = slot.subscribe(watch);
    signal.addEventListener('abort', stop, { once: true });
  }
  for (const store of [layout.choice, layout.keep, layout.tray] as const) {
    const stop = (store.subscribe as (l: () => void) => () => void)(schedule);
    signal.addEventListener('abort', stop, { once: true });
  }
  signal.addEventListener('abort', () => (ro.disconnect(), cancelAnimationFrame(frame)), { once: true });
  schedule();
}

/**
 * The "?" marks: beside their field, clear of what must stay visible, of our card, launcher
 * and tray, of each other, of the page's other fields, and of the page's own text and
 * controls under them (a "?" on the "Afficher" checkbox hid it).
 */
function placeMarks(
  f: Frame,
  taken: Box[],
  covers: (box: Box, own: Element | null) => number,
  kept: ReadonlyMap<HTMLElement, { dx: number; dy: number }> | null,
): Array<[HTMLElement, { top: number; left: number } | null, Box | null]> {
  const placed: Box[] = [];
  return f.marks.map((mark) => {
    if (!mark.anchor || !visibleIn(mark.anchor, f.view)) return [mark.el, null, null];
    const others = f.fields.filter((b) => !overlaps(b, mark.anchor!));
    const keep = f.keep.filter((k) => !overlaps(k, mark.anchor!));
    const avoid = [...keep, ...taken, ...placed, ...others];
    // Scrolling: the spot found last time, moved with its field, if it is still clear of our surfaces.
    const last = kept?.get(mark.el);
    const moved = last && { top: mark.anchor.top + last.dy, left: mark.anchor.left + last.dx };
    const spot = moved && !overlapsAny({ ...moved, width: MARK, height: MARK }, avoid) ? moved : placeMark(mark.anchor, MARK, f.view, avoid, f.rtl, (box) => covers(box, mark.owner) > 0);
    if (spot) placed.push({ ...spot, width: MARK, height: MARK });
    return [mark.el, spot, mark.anchor];
  });
}

type CardPlace = { mode: 'float'; box: Box; maxHeight: number } | { mode: 'sheet'; box: Box; maxHeight: number; edge: 'top' | 'bottom' };

const same = (a: Box, b: Box) => a.top === b.top && a.left === b.left && a.width === b.width && a.height === b.height;

/** Every read of a frame, in one place. */
function read(layout: LayoutState, rootEl: HTMLElement | null): Frame {
  const rtl = rootEl?.getAttribute('dir') === 'rtl';
  const scale = Number(rootEl ? getComputedStyle(rootEl).getPropertyValue('--cac-scale') : 1) || 1;
  const view = { width: document.documentElement.clientWidth || innerWidth, height: document.documentElement.clientHeight || innerHeight };
  const focused = deepActiveElement();
  const page = focused && !isOurs(focused) ? focused : layout.lastPageFocus.get();
  const keepEls = [...(page ? [...keepFor(page), ...nextActionsOf(page)] : []), ...[...layout.keep.get().values()].flat()];
  const choice = layout.choice.get();
  const anchorBox = anchorOf(choice.anchor);
  const keep = [...keepEls.map(boxOf), ...(anchorBox ? [anchorBox] : [])].filter((b) => visibleIn(b, view));
  const cardEl = layout.slots.card.get();
  const card = cardEl && !cardEl.hidden ? { el: cardEl, width: cardEl.offsetWidth, height: naturalHeight(cardEl), sheet: choice.sheet } : null;
  const launcherEl = layout.slots.launcher.get();
  const bar = launcherEl?.querySelector<HTMLElement>('.cac-launcher__bar');
  // With its tray open, the launcher is the bar and the tray: the card keeps clear of both.
  const trayOpen = layout.tray.get();
  const launcher = launcherEl && bar ? { el: launcherEl, width: trayOpen ? launcherEl.offsetWidth : bar.offsetWidth, height: trayOpen ? launcherEl.offsetHeight : bar.offsetHeight } : null;
  const marks = [...layout.marks].filter(([el, anchor]) => el.isConnected && anchor.isConnected).map(([el, anchor]) => ({ el, anchor: boxOf(drawnBy(anchor)), owner: anchor }));
  const fields = [...layout.marks.values()].flatMap((el) => [el, ...labelsOf(el)]).map(boxOf).filter((b) => visibleIn(b, view));
  return { view, rtl, scale, keep, anchor: anchorBox, card, launcher, tray: layout.slots.tray.get(), marks, fields };
}

function anchorOf(anchor: Anchor | null): Box | null {
  if (!anchor) return null;
  if (!(anchor instanceof Element)) return anchor;
  if (!anchor.isConnected) return null;
  return union(keepFor(anchor).map(boxOf).filter((b) => b.width > 0 || b.height > 0));
}

/** The card's height with nothing cut: its body's full content plus its foot and padding. */
function naturalHeight(card: HTMLElement): number {
  const body = card.querySelector<HTMLElement>('.cac-context__body');
  if (!body) return card.offsetHeight;
  return card.offsetHeight - body.clientHeight + body.scrollHeight;
}

const labelsOf = (el: Element): Element[] => Array.from((el as HTMLInputElement).labels ?? []);
/** DSFR checkboxes and radios are drawn by their label (the input is visually hidden). */
export function drawnBy(el: Element): Element {
  const type = el.getAttribute('type');
  const label = type === 'checkbox' || type === 'radio' ? (el as HTMLInputElement).labels?.[0] : null;
  return label ?? el;
}

const isOurs = (el: Element) => isInOurUi(el);

function rememberFocus(layout: LayoutState, event: FocusEvent): void {
  const target = event.composedPath()[0];
  if (target instanceof HTMLElement && !isOurs(target) && target !== document.body) layout.lastPageFocus.set(target);
}

const CONTROLS = 'a, button, input, select, textarea, img, svg, video, canvas, iframe, [role="button"], [role="link"], [tabindex]';

/**
 * How much page content a box would cover: sample points that land on the page's controls
 * or images, or on the glyphs of its text (not the blank end of a block label's line) —
 * never counting `own` (the field the box belongs beside) nor its labels, nor our UI.
 */
function contentUnder(view: View) {
  return (box: Box, own: Element | null): number => {
    let hits = 0;
    const mine = own ? [own, ...labelsOf(own)] : [];
    for (const fx of [0.1, 0.5, 0.9])
      for (const fy of [0.2, 0.8]) {
        const x = box.left + box.width * fx;
        const y = box.top + box.height * fy;
        if (x < 0 || y < 0 || x >= view.width || y >= view.height) continue;
        const el = document.elementsFromPoint(x, y).find((e) => !isOurs(e));
        if (!el || el === document.body || el === document.documentElement || mine.some((m) => m === el || m.contains(el))) continue;
        if (el.matches(CONTROLS) || (hasOwnText(el) && textAt(el, x, y))) hits++;
      }
    return hits;
  };
}

/** Whether (x, y) falls on the text of `el` (its line boxes), not on its empty area. */
function textAt(el: Element, x: number, y: number): boolean {
  const range = el.ownerDocument.createRange();
  range.selectNodeContents(el);
  return Array.from(range.getClientRects()).some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom);
}

const hasOwnText = (el: Element) => Array.from(el.childNodes).some((n) => n.nodeType === 3 && n.textContent!.trim() !== '');

function writeCard(el: HTMLElement, place: CardPlace, compact: boolean): void {
  el.dataset.mode = place.mode;
  if (compact) el.dataset.compact = '';
  else delete el.dataset.compact;
  if (place.mode === 'sheet') el.dataset.edge = place.edge;
  else delete el.dataset.edge;
  Object.assign(el.style, {
    top: `${place.box.top}px`,
    left: `${place.box.left}px`,
    width: place.mode === 'sheet' ? `${place.box.width}px` : '',
    maxHeight: `${place.maxHeight}px`,
    visibility: 'visible',
  });
}

function writeLauncher(el: HTMLElement, box: Box, corner: Corner, tray: HTMLElement | null, view: View, compact: boolean): void {
  const bottom = corner.endsWith('bottom');
  el.dataset.corner = corner;
  if (compact) el.dataset.compact = '';
  else delete el.dataset.compact;
  // Logical sides (the root carries dir): a tray wider than the bar grows away from the edge.
  const end = corner.startsWith('end');
  Object.assign(el.style, {
    top: bottom ? 'auto' : `${box.top}px`,
    bottom: bottom ? `${view.height - box.top - box.height}px` : 'auto',
    insetInlineEnd: end ? `${GAP}px` : 'auto',
    insetInlineStart: end ? 'auto' : `${GAP}px`,
    visibility: 'visible',
  });
  if (tray) tray.style.maxHeight = `${Math.max(120, bottom ? box.top - 2 * GAP : view.height - box.top - box.height - 2 * GAP)}px`;
}

function trayBox(launcher: Box | null, corner: Corner | null, f: Frame): Box | null {
  if (!launcher || !f.tray) return null;
  const height = f.tray.offsetHeight;
  const width = f.tray.offsetWidth;
  return corner?.endsWith('bottom') ? { top: launcher.top - height - GAP, left: launcher.left, width, height } : { top: launcher.top + launcher.height + GAP, left: launcher.left, width, height };
}

function writeMark(el: HTMLElement, spot: { top: number; left: number } | null): void {
  if (!spot) return void Object.assign(el.style, { visibility: 'hidden' });
  Object.assign(el.style, { top: `${spot.top}px`, left: `${spot.left}px`, visibility: 'visible' });
}
