import { chooseCorner, cornerSpots, GAP, grow, NARROW, SHEET_SHARE, overlaps, overlapsAny, union, visibleIn, type Box, type Corner } from '../../core/layout/geometry';
import { placeSheet } from '../../core/layout/sheet';
import { placeBeside } from './place-beside';
import { placeMarks } from './marks';
import { rowOf } from '../../core/layout/beside';
import type { Anchor, LayoutState } from './layout-state';
import { contentUnder, read, rememberFocus, type CardPlace, type Frame } from './frame';
import { trayBox, writeCard, writeLauncher, writeMark } from './write';



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
    let cardPlace = f.card ? await placeCard(f, null, covers) : null;
    let launcherBox: Box | null = null;
    let launcherCompact = false;
    if (f.launcher) {
      corner = chooseCorner(launcherSpots, f.keep, cardPlace ? [cardPlace.box] : [], (box) => covers(box, null), corner);
      launcherBox = launcherSpots.find((s) => s.corner === corner)!.box;
      // With its tray open, the launcher is the bar and the tray: the card keeps clear of both.
      const openTray = f.tray && !f.tray.hidden ? trayBox(launcherBox, corner, f) : null;
      const area = openTray ? union([launcherBox, openTray])! : launcherBox;
      if (f.card && cardPlace && overlaps(cardPlace.box, area)) cardPlace = await placeCard(f, area, covers);
      // Crowded: the launcher on what must stay visible, or the card on the launcher, or a
      // sheet that found no room clear of the field (the session's launcher took it: at
      // 800×600 with large text, the sheet covered a password field's hint).
      // A sheet cut short while the launcher takes room on its edge folds the launcher too
      // (at 800×600 with large text, the session's box left the reminder one line).
      const sheetCut = cardPlace?.mode === 'sheet' && cardPlace.box.height + 1 < Math.min(f.card!.height, f.view.height * SHEET_SHARE);
      const sameEdge = cardPlace?.mode === 'sheet' && (cardPlace.edge === 'bottom') === (launcherBox.top > f.view.height / 2);
      const squeezed = cardPlace?.mode === 'sheet' && (overlapsAny(cardPlace.box, f.keep) || (sheetCut && sameEdge));
      const crowded = overlapsAny(launcherBox, f.keep.map((k) => grow(k, GAP / 2))) || (cardPlace !== null && overlaps(cardPlace.box, area)) || squeezed;
      launcherCompact = compactLauncherFor(f, crowded);
    }
    const tray = f.tray && !f.tray.hidden ? trayBox(launcherBox, corner, f) : null;
    const taken = [cardPlace?.box, launcherBox, tray].filter((b): b is Box => !!b);
    const marks = placeMarks(f, taken, sampled, fresh ? null : sample);
    if (fresh) sample.clear();
    for (const [el, spot, anchor] of marks) if (spot && anchor) sample.set(el, { dx: spot.left - anchor.left, dy: spot.top - anchor.top });
    // Then write, all at once.
    if (f.card && cardPlace) writeCard(f.card.el, cardPlace, compactFor(f, cardPlace), f.view);
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
    // Foreseen (taller than its room) or seen (its body scrolls as drawn): what waits would be cut.
    const compact = f.card!.height > place.maxHeight + 1 || f.card!.overflows;
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

  // The floating card's spot ("bottom-start", "right row"…), kept while the page scrolls.
  let cardSpot: string | null = null;
  const placeCard = async (f: Frame, launcher: Box | null, covers: (box: Box, own: Element | null) => number): Promise<CardPlace> => {
    const card = f.card!;
    const hard = [...f.keep, ...f.soft, ...(launcher ? [grow(launcher, GAP / 2)] : [])];
    if (!card.sheet && f.view.width >= NARROW * f.scale) {
      const reference = f.anchor ?? (launcher ? launcher : null);
      if (reference) {
        const own = layout.choice.get().anchor;
        const ownEl = own instanceof Element ? own : null;
        const rules = { view: f.view, natural: card.height, least: card.least, hard, fields: f.around, covers: (box: Box) => covers(box, ownEl), previous: cardSpot };
        const beside = await placeBeside(reference, rowOf(reference, f.around), card.el, card.width, f.scale, f.rtl, rules);
        if (beside) {
          cardSpot = beside.key;
          const box = { top: beside.top, left: beside.left, width: beside.width, height: beside.height };
          return { mode: 'float', box, maxHeight: beside.maxHeight, narrowed: beside.width < card.width, pinnedBottom: beside.pinnedBottom };
        }
      }
    }
    cardSpot = null;
    const reserve = { top: 0, bottom: 0 };
    if (launcher) reserve[launcher.top > f.view.height / 2 ? 'bottom' : 'top'] = launcher.height + GAP;
    const kept = f.anchor ? [...f.keep, f.anchor] : f.keep;
    const sheet = placeSheet(f.view, kept, reserve);
    const height = Math.min(card.height, sheet.maxHeight);
    roomFor(f, kept, Math.min(card.height, Math.floor(f.view.height * SHEET_SHARE)), sheet.maxHeight, reserve);
    const top = sheet.edge === 'bottom' ? f.view.height - GAP - reserve.bottom - height : sheet.top;
    const pinnedBottom = sheet.edge === 'bottom' ? top + height : undefined;
    return { mode: 'sheet', box: { top, left: GAP, width: f.view.width - 2 * GAP, height }, maxHeight: sheet.maxHeight, edge: sheet.edge, pinnedBottom };
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
