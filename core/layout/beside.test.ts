import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { allowed, boxOfCandidate, chooseBeside, rowOf, type BesideCandidate, type BesideRules } from './beside';
import { overlaps, type Box } from './geometry';

const view = { width: 1280, height: 900 };
const field: Box = { top: 300, left: 366, width: 320, height: 56 };
const cle: Box = { top: 300, left: 700, width: 200, height: 56 };
const below: BesideCandidate = { key: 'bottom-start', top: 364, left: 366, width: 380, maxHeight: 528 };
const right: BesideCandidate = { key: 'right', top: 300, left: 694, width: 380, maxHeight: 884 };
const rightOfRow: BesideCandidate = { key: 'right row', top: 300, left: 908, width: 360, maxHeight: 884 };
const rules = (over: Partial<BesideRules> = {}): BesideRules => ({ view, natural: 500, hard: [field], fields: [], covers: () => 0, previous: null, ...over });

describe('chooseBeside: where the floating card goes', () => {
  it('takes the first allowed spot when they cover nothing', () => {
    expect(chooseBeside([below, right], rules())?.key).toBe('bottom-start');
  });

  it('never takes a spot over what must stay visible', () => {
    const label: Box = { top: 370, left: 366, width: 200, height: 20 };
    expect(chooseBeside([below, right], rules({ hard: [field, label] }))?.key).toBe('right');
    expect(chooseBeside([below], rules({ hard: [field, label] }))).toBeNull();
  });

  it('prefers a spot that leaves the other fields of the row visible (the NIR\'s "Clé")', () => {
    const chosen = chooseBeside([right, rightOfRow], rules({ fields: [cle] }))!;
    expect(chosen.key).toBe('right row');
    expect(overlaps(boxOfCandidate(chosen, 500), cle)).toBe(false);
  });

  it('prefers a spot that covers less of the page\'s text, and a whole card to a cut one', () => {
    const covers = (box: Box) => (box.top > 350 ? 5 : 0);
    expect(chooseBeside([below, right], rules({ covers }))?.key).toBe('right');
    const cut = { ...below, maxHeight: 200 };
    expect(chooseBeside([cut, right], rules())?.key).toBe('right');
  });

  it('keeps the previous spot unless another is clearly better (no hopping while scrolling)', () => {
    const covers = (box: Box) => (box.left > 600 ? 1 : 0);
    expect(chooseBeside([below, right], rules({ covers, previous: 'right' }))?.key).toBe('right');
    expect(chooseBeside([below, right], rules({ covers: (b) => (b.left > 600 ? 9 : 0), previous: 'right' }))?.key).toBe('bottom-start');
  });

  it('needs room: a spot outside the window or with too little height is not allowed', () => {
    expect(allowed({ ...right, left: 1000 }, rules())).toBe(false);
    expect(allowed({ ...below, maxHeight: 100 }, rules())).toBe(false);
    expect(allowed({ ...below, maxHeight: 100 }, rules({ natural: 90 }))).toBe(true);
  });

  it('needs room for the card\'s buttons: a spot lower than its title and buttons is not allowed', () => {
    const low: BesideCandidate = { key: 'top-start', top: 100, left: 366, width: 380, maxHeight: 190 };
    expect(allowed(low, rules({ natural: 400 }))).toBe(true);
    expect(allowed(low, rules({ natural: 400, least: 230 }))).toBe(false);
  });

  it('whatever it chooses keeps clear of the hard boxes and inside the window (property)', () => {
    const box = fc.record({ top: fc.integer({ min: -100, max: 1000 }), left: fc.integer({ min: -100, max: 1300 }), width: fc.integer({ min: 1, max: 500 }), height: fc.integer({ min: 1, max: 500 }) });
    const candidate = fc.record({ key: fc.string(), top: fc.integer({ min: -100, max: 1000 }), left: fc.integer({ min: -100, max: 1300 }), width: fc.integer({ min: 100, max: 500 }), maxHeight: fc.integer({ min: 0, max: 900 }) });
    fc.assert(
      fc.property(fc.array(candidate, { maxLength: 6 }), fc.array(box, { maxLength: 4 }), fc.integer({ min: 50, max: 900 }), (cands, hard, natural) => {
        const chosen = chooseBeside(cands, rules({ hard, natural }));
        if (!chosen) return true;
        const b = boxOfCandidate(chosen, natural);
        return hard.every((h) => !overlaps(b, h)) && b.left >= 0 && b.top >= 0 && b.left + b.width <= view.width && b.top + b.height <= view.height;
      }),
    );
  });
});

describe('rowOf: the field and the fields beside it on its line', () => {
  it('joins the "Clé" beside the NIR, not a field on the next line nor one far away', () => {
    const next: Box = { top: 420, left: 366, width: 500, height: 56 };
    const far: Box = { top: 300, left: 1100, width: 100, height: 56 };
    expect(rowOf(field, [cle, next, far])).toEqual({ top: 300, left: 366, width: 534, height: 56 });
  });

  it('joins a day, month and year on both sides, step by step', () => {
    const day: Box = { top: 10, left: 10, width: 60, height: 40 };
    const month: Box = { top: 10, left: 80, width: 60, height: 40 };
    const year: Box = { top: 12, left: 150, width: 90, height: 40 };
    expect(rowOf(month, [year, day])).toEqual({ top: 10, left: 10, width: 230, height: 40 });
  });

  it('is the field itself when nothing is beside it', () => {
    expect(rowOf(field, [])).toEqual(field);
  });
});

describe('the card width the coordinator counts with', () => {
  it('is the one the stylesheet gives the card (overlay/layout/layout.css)', async () => {
    const { readFileSync } = await import('node:fs');
    const css = readFileSync(new URL('../../overlay/layout/layout.css', import.meta.url), 'utf8');
    const { CARD_WIDTH } = await import('./geometry');
    expect(css).toMatch(new RegExp(`\\.cac-context \\{[^}]*inline-size: min\\(calc\\(${CARD_WIDTH}px \\* var\\(--cac-scale, 1\\)\\)`));
  });
});
