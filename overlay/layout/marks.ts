import { overlaps, overlapsAny, placeMark, visibleIn, type Box } from '../../core/layout/geometry';
import type { Frame } from './frame';

/** Size of a "?" mark, px. */
export const MARK = 32;

/**
 * The "?" marks: beside their field, clear of what must stay visible, of our card, launcher
 * and tray, of each other, of the page's other fields, and of the page's own text and
 * controls under them (a "?" on the "Afficher" checkbox hid it).
 */
export function placeMarks(
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
