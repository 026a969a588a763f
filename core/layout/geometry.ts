/**
 * Pure geometry of the overlay's layout (viewport coordinates, CSS px). The coordinator
 * (overlay/layout/coordinator.ts) reads every box once per frame, asks these functions
 * where things go, then writes every style: nothing here touches the DOM.
 */
export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

export interface View {
  width: number;
  height: number;
}

/** Margin kept between our surfaces, the window's edges and what they must not cover. */
export const GAP = 8;
/** Below this width (CSS px) the card is a bottom or top sheet: 200 % zoom on 1280 px gives 640. */
export const NARROW = 700;
/** A sheet never takes more than this share of the window's height (the page stays visible). */
export const SHEET_SHARE = 0.4;
/** The smallest sheet worth showing: a title and one row of buttons at the largest text. */
export const SHEET_MIN = 120;
/** The least room a sheet is drawn in without covering anything: its row of buttons and a line. */
export const SHEET_LEAST = 72;
/** The floating card's width at normal text (CSS px, times the text scale): .cac-context in overlay/layout/layout.css. */
export const CARD_WIDTH = 380;
/** The narrowest a floating card gets to fit after or before a row of fields. */
export const CARD_MIN_WIDTH = 300;
/** Room between a field and its "?" mark. */
export const MARK_GAP = 10;

export const overlaps = (a: Box, b: Box): boolean =>
  a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

export const overlapsAny = (box: Box, others: readonly Box[]): boolean => others.some((other) => overlaps(box, other));

/** The smallest box holding every box given, or null for none. */
export function union(boxes: readonly Box[]): Box | null {
  if (boxes.length === 0) return null;
  const top = Math.min(...boxes.map((b) => b.top));
  const left = Math.min(...boxes.map((b) => b.left));
  const bottom = Math.max(...boxes.map((b) => b.top + b.height));
  const right = Math.max(...boxes.map((b) => b.left + b.width));
  return { top, left, width: right - left, height: bottom - top };
}

/** `box` grown by `px` on every side. */
export const grow = (box: Box, px: number): Box => ({ top: box.top - px, left: box.left - px, width: box.width + 2 * px, height: box.height + 2 * px });

/** Whether `box` lies inside the window, `margin` px from its edges. */
export const inside = (box: Box, view: View, margin = 0): boolean =>
  box.top >= margin && box.left >= margin && box.top + box.height <= view.height - margin && box.left + box.width <= view.width - margin;

/** Whether a box has an area on screen (elements that are hidden or scrolled away do not count). */
export const visibleIn = (box: Box, view: View): boolean =>
  box.width > 0 && box.height > 0 && box.top < view.height && box.left < view.width && box.top + box.height > 0 && box.left + box.width > 0;

export type Corner = 'end-bottom' | 'start-bottom' | 'end-top' | 'start-top';

/** The launcher's spots, in order of preference (inline end first: the page's text starts on the other side). */
export function cornerSpots(view: View, size: { width: number; height: number }, rtl: boolean): Array<{ corner: Corner; box: Box }> {
  const width = Math.min(size.width, view.width - 2 * GAP);
  const endLeft = rtl ? GAP : view.width - GAP - width;
  const startLeft = rtl ? view.width - GAP - width : GAP;
  const bottom = view.height - GAP - size.height;
  return [
    { corner: 'end-bottom', box: { top: bottom, left: endLeft, width, height: size.height } },
    { corner: 'start-bottom', box: { top: bottom, left: startLeft, width, height: size.height } },
    { corner: 'end-top', box: { top: GAP, left: endLeft, width, height: size.height } },
    { corner: 'start-top', box: { top: GAP, left: startLeft, width, height: size.height } },
  ];
}

/**
 * The launcher's corner: never over what must stay visible (`keep`) nor over our card;
 * among the free corners, the one over the least page content (`clutter`: how many of
 * its sample points land on text or controls), the current one winning ties so it does
 * not jump around. With no free corner, the least bad one.
 */
export function chooseCorner(
  spots: ReadonlyArray<{ corner: Corner; box: Box }>,
  keep: readonly Box[],
  ours: readonly Box[],
  clutter: (box: Box) => number,
  current: Corner | null,
): Corner {
  const scored = spots.map((spot, order) => {
    const hard = keep.filter((k) => overlaps(spot.box, grow(k, GAP / 2))).length + ours.filter((o) => overlaps(spot.box, o)).length;
    return { corner: spot.corner, hard, soft: clutter(spot.box), order: spot.corner === current ? -1 : order };
  });
  scored.sort((a, b) => a.hard - b.hard || a.soft - b.soft || a.order - b.order);
  return scored[0]!.corner;
}

/**
 * Where a small mark (the "?" of a field) goes beside its element: after it on the line,
 * else above its end, else below its end — inside the window and clear of every box in
 * `avoid` (what must stay visible, our other surfaces, the page's other fields) and not
 * `blocked` (the caller knows what page content lies there). Null:
 * nowhere free, the mark stays hidden this frame (the card still opens on focus).
 */
export function placeMark(anchor: Box, size: number, view: View, avoid: readonly Box[], rtl: boolean, blocked: (box: Box) => boolean = () => false): { top: number; left: number } | null {
  // MARK_GAP keeps the mark outside the outline drawn around a step's target (7 px).
  const middle = anchor.top + anchor.height / 2 - size / 2;
  const after = rtl ? anchor.left - MARK_GAP - size : anchor.left + anchor.width + MARK_GAP;
  const end = rtl ? anchor.left : anchor.left + anchor.width - size;
  const spots: Array<[number, number]> = [
    [middle, after],
    [anchor.top - size - MARK_GAP, end],
    [anchor.top + anchor.height + MARK_GAP, end],
  ];
  for (const [top, left] of spots) {
    const box = { top, left, width: size, height: size };
    if (inside(box, view, 2) && !overlaps(box, anchor) && !overlapsAny(box, avoid) && !blocked(box)) return { top, left };
  }
  return null;
}
