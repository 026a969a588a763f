/**
 * Where to put a card (pure geometry, viewport coordinates). Our own ~50 lines instead
 * of @floating-ui/dom (~6 KiB gzip of a 30 KiB content-script budget): we only need
 * "beside the field or in a corner, inside the window, never over the field being typed
 * in", and a sheet docked on an edge when the window is narrow (phones, 200 % zoom).
 */
export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

export type Placement =
  | { mode: 'float'; top: number; left: number; width: number }
  | { mode: 'dock'; edge: 'top' | 'bottom'; maxHeight: number };

const GAP = 8;
const M = 8; // margin to the window's edges
/** Default room kept at the bottom for our shared corner strip (overlay/dock.tsx: badge, curtain…). */
export const DOCK_RESERVE = 76;
/** Below this width (CSS px) cards dock to an edge: 200 % zoom on a 1280 px screen gives 640. */
export const NARROW = 700;

export const overlaps = (a: Box, b: Box) =>
  a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

/**
 * Beside `anchor` (below, above, then after and before it on the line), or with no
 * anchor in a window corner (bottom then top, start side then end side): the first spot
 * inside the window that covers none of `avoid`. Otherwise, or on narrow windows, a
 * sheet on the edge farthest from what must stay visible.
 */
export function placeCard(
  anchor: Box | null,
  card: { width: number; height: number },
  view: { width: number; height: number },
  avoid: readonly Box[],
  rtl = false,
  reserve = DOCK_RESERVE, // px at the bottom of the window kept for our corner strip
): Placement {
  const width = Math.min(card.width, view.width - 2 * M);
  const h = card.height;
  if (view.width >= NARROW) {
    let spots: Array<[number, number]>;
    if (anchor) {
      const start = rtl ? anchor.left + anchor.width - width : anchor.left;
      const after = rtl ? anchor.left - GAP - width : anchor.left + anchor.width + GAP;
      const before = rtl ? anchor.left + anchor.width + GAP : anchor.left - GAP - width;
      const middle = anchor.top + anchor.height / 2 - h / 2;
      spots = [[anchor.top + anchor.height + GAP, start], [anchor.top - GAP - h, start], [middle, after], [middle, before]];
    } else {
      const [start, end] = rtl ? [view.width - M - width, M] : [M, view.width - M - width];
      spots = [[view.height - reserve - h, start], [M, start], [view.height - reserve - h, end], [M, end]];
    }
    for (const [top, left] of spots) {
      const box = { top, left: Math.max(M, Math.min(left, view.width - M - width)), width, height: h };
      if (top >= M && top + h <= view.height - reserve && !avoid.some((a) => overlaps(box, a))) return { mode: 'float', top, left: box.left, width };
    }
  }
  const keep = avoid[0] ?? anchor;
  const above = keep ? keep.top - 2 * M : 0;
  const below = (keep ? view.height - keep.top - keep.height : view.height) - M - reserve;
  return below >= above ? { mode: 'dock', edge: 'bottom', maxHeight: Math.max(below, 0) } : { mode: 'dock', edge: 'top', maxHeight: above };
}
