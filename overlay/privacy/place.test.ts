import { describe, expect, it } from 'vitest';
import { DOCK_BELOW, placeBubble, type BubblePlace, type Rect } from './place';

const VIEW = { width: 1280, height: 900 };
const BUBBLE = { width: 300, height: 90 };
const field = (top: number, left = 100, width = 400, height = 40): Rect => ({ top, left, width, height });
const boxOf = (place: BubblePlace): Rect => {
  if ('dock' in place) throw new Error('docked');
  return { ...place, ...BUBBLE };
};
const overlaps = (a: Rect, b: Rect) => a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

describe('placeBubble', () => {
  it('goes above the field when there is room', () => {
    const place = placeBubble(field(400), BUBBLE, VIEW);
    expect(place).toEqual({ top: 400 - 8 - 90, left: 100 });
  });
  it('goes after the field on the line when the field is at the top of the window', () => {
    const place = boxOf(placeBubble(field(60), BUBBLE, VIEW));
    expect(place.left).toBeGreaterThanOrEqual(100 + 400);
  });
  it('never covers the field nor another card of ours, wherever the field is', () => {
    for (let top = -20; top < VIEW.height; top += 37) {
      for (const left of [0, 300, 900, 1200]) {
        const f = field(top, left, 360, 44);
        const card = { top: f.top + 52, left: f.left, width: 360, height: 200 };
        const place = placeBubble(f, BUBBLE, VIEW, [card]);
        if ('dock' in place) continue;
        const box = boxOf(place);
        expect(overlaps(box, f), `field at ${top},${left}`).toBe(false);
        expect(overlaps(box, card), `card at ${top},${left}`).toBe(false);
        expect(box.left).toBeGreaterThanOrEqual(8);
        expect(box.left + box.width).toBeLessThanOrEqual(VIEW.width - 8);
      }
    }
  });
  it('docks on narrow windows, on the edge away from the field', () => {
    const narrow = { width: DOCK_BELOW - 1, height: 700 };
    expect(placeBubble(field(100, 10, 300), BUBBLE, narrow)).toEqual({ dock: 'bottom' });
    expect(placeBubble(field(600, 10, 300), BUBBLE, narrow)).toEqual({ dock: 'top' });
  });
  it('docks when the field fills the window', () => {
    expect(placeBubble({ top: 0, left: 0, width: 1280, height: 900 }, BUBBLE, VIEW)).toHaveProperty('dock');
  });
});
