/** A box in viewport coordinates (getBoundingClientRect). */
export interface Rect {
  top: number;
  left: number;
  width: number;
  height: number;
}

export type BubblePlace = { top: number; left: number } | { dock: 'top' | 'bottom' };

const GAP = 8;
const MARGIN = 8;
/** Narrower windows (phones, 200 % zoom on a small screen) get a bar docked on an edge. */
export const DOCK_BELOW = 600;

const overlaps = (a: Rect, b: Rect) =>
  a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

/**
 * Where a reminder bubble goes so that it never covers the field nor what is typed in it:
 * above the field first (the guide's help card prefers below), then after it on the line,
 * below it, before it. Inside the window and clear of `avoid` (other cards of ours).
 * Narrow windows, or no room: a bar on the window edge away from the field.
 */
export function placeBubble(field: Rect, bubble: { width: number; height: number }, view: { width: number; height: number }, avoid: readonly Rect[] = []): BubblePlace {
  const { width, height } = bubble;
  if (view.width >= DOCK_BELOW) {
    const middle = field.top + field.height / 2 - height / 2;
    const spots: Array<[number, number]> = [
      [field.top - GAP - height, field.left],
      [middle, field.left + field.width + GAP],
      [field.top + field.height + GAP, field.left],
      [middle, field.left - GAP - width],
    ];
    for (const [top, rawLeft] of spots) {
      const left = Math.max(MARGIN, Math.min(rawLeft, view.width - MARGIN - width));
      const box = { top, left, width, height };
      const inside = top >= MARGIN && top + height <= view.height - MARGIN;
      if (inside && !overlaps(box, field) && !avoid.some((other) => overlaps(box, other))) return { top, left };
    }
  }
  return { dock: field.top + field.height / 2 > view.height / 2 ? 'top' : 'bottom' };
}
