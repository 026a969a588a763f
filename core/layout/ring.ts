import type { Box } from './geometry';

/** An outline drawn around a page element: its box, and how far out it reaches on each side (top, right, bottom, left). */
export interface Ring {
  box: Box;
  /** Room on each side, px: the line is at most this thick there (0: no line on that side). */
  room: [top: number, right: number, bottom: number, left: number];
}

/**
 * An outline `pad` px around `target`, but on each side no further out than the room left
 * before the target's own label or hint (`near`): drawn 3 px out over the bottom edge of a
 * label sitting right above its field, the step's outline covered "Numéro de sécurité
 * sociale". A side with no room gets no line; a box that holds the whole target (a label
 * wrapped around its field) cannot be kept clear and is not counted. Pure: boxes in, a ring out.
 */
export function ringAround(target: Box, near: readonly Box[], pad: { x: number; y: number }): Ring {
  const right = target.left + target.width;
  const bottom = target.top + target.height;
  const holds = (b: Box) => b.top <= target.top && b.left <= target.left && b.left + b.width >= right && b.top + b.height >= bottom;
  const others = near.filter((b) => !holds(b));
  // Boxes level with the target (for the sides) or across from it (for top and bottom), padding included.
  const across = others.filter((b) => b.left < right + pad.x && b.left + b.width > target.left - pad.x);
  const level = others.filter((b) => b.top < bottom + pad.y && b.top + b.height > target.top - pad.y);
  // A box that starts beyond a side and reaches over it (a floating label on the field's top
  // border) leaves no room on that side.
  const roomTo = (gaps: number[], max: number) => Math.floor(Math.max(0, Math.min(max, ...gaps)));
  const room: Ring['room'] = [
    roomTo(across.filter((b) => b.top < target.top).map((b) => target.top - (b.top + b.height)), pad.y),
    roomTo(level.filter((b) => b.left + b.width > right).map((b) => b.left - right), pad.x),
    roomTo(across.filter((b) => b.top + b.height > bottom).map((b) => b.top - bottom), pad.y),
    roomTo(level.filter((b) => b.left < target.left).map((b) => target.left - (b.left + b.width)), pad.x),
  ];
  const [t, r, b, l] = room;
  return { box: { top: target.top - t, left: target.left - l, width: target.width + l + r, height: target.height + t + b }, room };
}

/** The ring's inline style: its box, and each side's line no thicker than its room (`--ring-width`, set by the ring's own CSS, is the drawn width; not a design token). */
export function ringStyle(ring: Ring): Record<string, string> {
  const [t, r, b, l] = ring.room;
  const side = (px: number) => `min(${px}px, var(--ring-width))`;
  return {
    top: `${ring.box.top}px`,
    left: `${ring.box.left}px`,
    width: `${ring.box.width}px`,
    height: `${ring.box.height}px`,
    borderWidth: `${side(t)} ${side(r)} ${side(b)} ${side(l)}`,
  };
}
