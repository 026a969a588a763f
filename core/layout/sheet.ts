import { GAP, SHEET_LEAST, SHEET_MIN, SHEET_SHARE, union, visibleIn, type Box, type View } from './geometry';

/** The card as a sheet across the window (narrow windows, a notice, no free spot beside the field). Pure. */

export type Edge = 'top' | 'bottom';

export interface SheetPlace {
  edge: Edge;
  top: number;
  maxHeight: number;
}

/**
 * A sheet across the window's width, on the edge farther from what must stay visible,
 * at most SHEET_SHARE of the window's height and never reaching `keep` (the focused
 * field, its label and hint, the step's target, the field the worker shows). `reserve`
 * keeps room on an edge for the launcher when it sits there. When kept things sit near
 * both edges (the step's target at the top, the field the worker shows lower down) and
 * neither edge has room, the sheet takes the widest free band between them.
 */
export function placeSheet(view: View, keep: readonly Box[], reserve: { top: number; bottom: number } = { top: 0, bottom: 0 }): SheetPlace {
  const onScreen = keep.filter((box) => visibleIn(box, view));
  const cap = Math.max(SHEET_MIN, Math.floor(view.height * SHEET_SHARE));
  const kept = union(onScreen);
  const roomBelow = (kept ? view.height - (kept.top + kept.height) : view.height) - 2 * GAP - reserve.bottom;
  const roomAbove = (kept ? kept.top : view.height) - 2 * GAP - reserve.top;
  const edge: Edge = roomBelow >= roomAbove ? 'bottom' : 'top';
  const room = edge === 'bottom' ? roomBelow : roomAbove;
  const enough = Math.min(SHEET_MIN, cap);
  if (room < enough) {
    const band = widestBand(view, onScreen, reserve);
    if (band && band.height > Math.max(room, SHEET_LEAST)) return { edge: 'top', top: band.top, maxHeight: Math.min(cap, band.height) };
  }
  // Nothing to keep clear but the cap. Short of room, the sheet takes what there is down to
  // SHEET_LEAST (its buttons stay whole, its text scrolls); below that, SHEET_MIN wins over
  // "never cover" (a field filling the window).
  const maxHeight = room >= SHEET_LEAST ? Math.min(cap, room) : enough;
  const top = edge === 'bottom' ? view.height - GAP - reserve.bottom - maxHeight : GAP + reserve.top;
  return { edge, top, maxHeight };
}

/** The tallest horizontal band of the window (less the reserves) that no kept box reaches, GAP away from each. */
function widestBand(view: View, keep: readonly Box[], reserve: { top: number; bottom: number }): { top: number; height: number } | null {
  const spans = keep.map((b) => [b.top - GAP, b.top + b.height + GAP] as const).sort((a, b) => a[0] - b[0]);
  let from = GAP + reserve.top;
  const end = view.height - GAP - reserve.bottom;
  let best: { top: number; height: number } | null = null;
  for (const [top, bottom] of [...spans, [end, end] as const]) {
    const height = Math.min(top, end) - from;
    if (height > (best?.height ?? 0)) best = { top: from, height };
    from = Math.max(from, bottom);
  }
  return best;
}
