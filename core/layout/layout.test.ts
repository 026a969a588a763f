import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { chooseCorner, cornerSpots, GAP, overlaps, placeMark, SHEET_SHARE, union, type Box } from './geometry';
import { placeSheet } from './sheet';
import { selectCard, type SectionDecl } from './select-card';

const view = { width: 1366, height: 768 };
const box = (top: number, left: number, width: number, height: number): Box => ({ top, left, width, height });

describe('selectCard: one card at a time', () => {
  const s = (id: string, kind: SectionDecl<string>['kind'], priority: number, anchor: string | null = null): SectionDecl<string> => ({ id, kind, priority, anchor });
  it('puts the secret reminder, the step and the field help in ONE card about the field, secret first', () => {
    const choice = selectCard([s('help', 'field', 40, 'pw'), s('step', 'step', 30, 'next'), s('secret', 'field', 10, 'pw')]);
    expect(choice).toEqual({ sections: ['secret', 'step', 'help'], kind: 'field', anchor: 'pw', sheet: false });
  });
  it('shows the notice alone, as a sheet', () => {
    expect(selectCard([s('help', 'field', 40, 'pw'), s('notice', 'notice', 0)])).toEqual({ sections: ['notice'], kind: 'notice', anchor: null, sheet: true });
  });
  it('a glossary word the pointer is on comes alone while it lasts', () => {
    expect(selectCard([s('help', 'field', 40, 'pw'), s('word', 'hover', 50, 'w')]).sections).toEqual(['word']);
  });
  it('a group and the box the person is in are one thing: one card, about the group', () => {
    const inside = (outer: string, inner: string) => inner.startsWith(`${outer}/`);
    const choice = selectCard([s('secret', 'field', 10, 'otp/box1'), s('help', 'field', 40, 'otp')], inside);
    expect(choice).toMatchObject({ sections: ['secret', 'help'], anchor: 'otp' });
  });
  it('a step alone is about its target; a reminder of another field waits', () => {
    expect(selectCard([s('step', 'step', 30, 't')])).toMatchObject({ kind: 'step', anchor: 't' });
    expect(selectCard([s('a', 'field', 10, 'x'), s('b', 'field', 20, 'y')]).sections).toEqual(['a']);
    expect(selectCard([])).toEqual({ sections: [], kind: null, anchor: null, sheet: false });
  });
});

describe('placeSheet', () => {
  it('goes to the edge away from the field and never reaches it', () => {
    const field = box(600, 100, 300, 40);
    const sheet = placeSheet(view, [field]);
    expect(sheet.edge).toBe('top');
    expect(sheet.top + sheet.maxHeight).toBeLessThanOrEqual(field.top);
  });
  it('takes the free band between kept things near both edges (the step at the top, the field the worker shows lower down)', () => {
    const small = { width: 800, height: 600 };
    const step = box(20, 100, 400, 60);
    const shown = box(420, 100, 400, 40);
    const sheet = placeSheet(small, [step, shown], { top: 0, bottom: 100 });
    const drawn = box(sheet.top, GAP, 784, sheet.maxHeight);
    expect(overlaps(drawn, step) || overlaps(drawn, shown)).toBe(false);
    expect(sheet.maxHeight).toBe(240); // the band is 324 px high; 40 % of the window is the cap
  });
  it('short of room, takes what there is rather than cover the field (down to SHEET_LEAST)', () => {
    const small = { width: 800, height: 600 };
    const field = box(40, 100, 400, 440); // 100 px left below it, 40 above
    const sheet = placeSheet(small, [field]);
    expect(sheet.maxHeight).toBe(600 - 480 - 2 * GAP);
    expect(overlaps(box(sheet.top, GAP, 784, sheet.maxHeight), field)).toBe(false);
  });
  it('is at most 40 % of the window high', () => {
    expect(placeSheet(view, []).maxHeight).toBeLessThanOrEqual(view.height * SHEET_SHARE);
  });
  it('never covers what must stay visible when there is room (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 320, max: 1600 }), fc.integer({ min: 400, max: 1200 }), fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 10, max: 120 }), (width, height, top, h) => {
        const v = { width, height };
        const field = box(top % height, 10, 200, h);
        const sheet = placeSheet(v, [field]);
        const drawn = box(sheet.top, GAP, width - 2 * GAP, sheet.maxHeight);
        const room = Math.max(field.top, height - field.top - field.height) - 2 * GAP;
        if (room >= Math.min(120, height * SHEET_SHARE)) expect(overlaps(drawn, field)).toBe(false);
        expect(sheet.maxHeight).toBeLessThanOrEqual(Math.max(120, Math.floor(height * SHEET_SHARE)));
      }),
    );
  });
});

describe('chooseCorner', () => {
  const spots = cornerSpots(view, { width: 200, height: 48 }, false);
  it('prefers the inline-end bottom corner when it is free', () => {
    expect(chooseCorner(spots, [], [], () => 0, null)).toBe('end-bottom');
  });
  it('leaves a corner that would cover the focused field or the card', () => {
    const field = spots[0]!.box;
    expect(chooseCorner(spots, [field], [], () => 0, null)).toBe('start-bottom');
    expect(chooseCorner(spots, [], [spots[0]!.box, spots[1]!.box], () => 0, null)).toBe('end-top');
  });
  it('picks the corner over the least page content, and stays put on a tie', () => {
    expect(chooseCorner(spots, [], [], (b) => (b.top > 100 ? 3 : 1), null)).toBe('end-top');
    expect(chooseCorner(spots, [], [], () => 0, 'start-top')).toBe('start-top');
  });
  it('mirrors in right-to-left', () => {
    expect(cornerSpots(view, { width: 200, height: 48 }, true)[0]!.box.left).toBe(GAP);
  });
});

describe('placeMark', () => {
  it('goes after the field on the line, else above its end, never over what it must avoid', () => {
    const field = box(100, 100, 300, 40);
    expect(placeMark(field, 32, view, [], false)).toEqual({ top: 104, left: 410 });
    const next = box(100, 404, 300, 40); // another field right after it
    const spot = placeMark(field, 32, view, [next], false)!;
    expect(overlaps(box(spot.top, spot.left, 32, 32), next)).toBe(false);
    expect(placeMark(field, 32, view, [box(0, 0, 1366, 768)], false)).toBeNull();
  });
  it('union of nothing is null', () => expect(union([])).toBeNull());
});
