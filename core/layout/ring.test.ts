import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { overlaps, type Box } from './geometry';
import { ringAround, ringStyle } from './ring';

const field: Box = { top: 100, left: 50, width: 300, height: 40 };

describe('ringAround: an outline around the step target that keeps off its label and hint', () => {
  it('goes the whole padding out when nothing is near', () => {
    const ring = ringAround(field, [], { x: 3, y: 3 });
    expect(ring.room).toEqual([3, 3, 3, 3]);
    expect(ring.box).toEqual({ top: 97, left: 47, width: 306, height: 46 });
  });

  it('has no line on the side where the label touches the field, and a thin one where the hint is 1 px away', () => {
    const label: Box = { top: 70, left: 50, width: 200, height: 30 }; // bottom = field top
    const hint: Box = { top: 141, left: 50, width: 200, height: 20 }; // 1 px below
    const ring = ringAround(field, [label, hint], { x: 3, y: 3 });
    expect(ring.room).toEqual([0, 3, 1, 3]);
    expect(overlaps(ring.box, label)).toBe(false);
    expect(overlaps(ring.box, hint)).toBe(false);
  });

  it('ignores what is not across or level with the field, and a label wrapped around it', () => {
    const far: Box = { top: 60, left: 500, width: 100, height: 39 }; // above, but not across
    const wrapper: Box = { top: 90, left: 40, width: 320, height: 60 };
    expect(ringAround(field, [far, wrapper], { x: 3, y: 3 }).room).toEqual([3, 3, 3, 3]);
  });

  it('a floating label over the field\'s top border leaves no line on top', () => {
    const floating: Box = { top: 92, left: 60, width: 166, height: 14 };
    const ring = ringAround(field, [floating], { x: 3, y: 3 });
    expect(ring.room).toEqual([0, 3, 3, 3]);
  });

  it('a box beside the field limits the line on that side', () => {
    const afficher: Box = { top: 105, left: 352, width: 80, height: 30 };
    expect(ringAround(field, [afficher], { x: 6, y: 6 }).room).toEqual([6, 2, 6, 6]);
  });

  it('never reaches a near box beyond a side of the field (property)', () => {
    const box = fc.record({ top: fc.integer({ min: 0, max: 400 }), left: fc.integer({ min: 0, max: 400 }), width: fc.integer({ min: 1, max: 200 }), height: fc.integer({ min: 1, max: 200 }) });
    fc.assert(
      fc.property(box, fc.array(box, { maxLength: 6 }), fc.integer({ min: 0, max: 20 }), (target, near, pad) => {
        const ring = ringAround(target, near, { x: pad, y: pad });
        // What the ring adds around the target (the target itself is not drawn on) meets no near box that does not hold it.
        const holds = (b: typeof target) => b.top <= target.top && b.left <= target.left && b.left + b.width >= target.left + target.width && b.top + b.height >= target.top + target.height;
        const [t, r, bt, l] = ring.room;
        const bands = [
          { top: target.top - t, left: target.left - l, width: target.width + l + r, height: t },
          { top: target.top + target.height, left: target.left - l, width: target.width + l + r, height: bt },
          { top: target.top, left: target.left - l, width: l, height: target.height },
          { top: target.top, left: target.left + target.width, width: r, height: target.height },
        ].filter((band) => band.width > 0 && band.height > 0);
        for (const b of near) if (!holds(b)) for (const band of bands) expect(overlaps(band, b)).toBe(false);
        expect(ring.room.every((r) => r >= 0 && r <= pad)).toBe(true);
      }),
    );
  });

  it('writes each side no thicker than its room', () => {
    expect(ringStyle(ringAround(field, [], { x: 6, y: 0 })).borderWidth).toBe('min(0px, var(--ring-width)) min(6px, var(--ring-width)) min(0px, var(--ring-width)) min(6px, var(--ring-width))');
  });
});
