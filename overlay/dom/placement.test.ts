import { describe, expect, it } from 'vitest';
import { overlaps, placeCard, type Box, type Placement } from './placement';

const view = { width: 1280, height: 900 };
const card = { width: 360, height: 200 };
const field: Box = { top: 300, left: 440, width: 384, height: 40 };
const boxOf = (p: Placement): Box => (p.mode === 'float' ? { top: p.top, left: p.left, width: p.width, height: card.height } : { top: 0, left: 0, width: 0, height: 0 });

describe('placeCard', () => {
  it('puts the card below the field, aligned on its start edge', () => {
    expect(placeCard(field, card, view, [field])).toEqual({ mode: 'float', top: 348, left: 440, width: 360 });
  });

  it('goes above when there is no room below (the bottom strip of our controls counts as no room)', () => {
    const low = { ...field, top: 700 };
    const place = placeCard(low, card, view, [low]);
    expect(place).toMatchObject({ mode: 'float', top: 492 });
    expect(overlaps(boxOf(place), low)).toBe(false);
  });

  it('goes beside when it fits neither below nor above, and never covers what it must avoid', () => {
    const tall = { ...card, height: 500 };
    const place = placeCard(field, tall, view, [field]);
    expect(place).toMatchObject({ mode: 'float', left: 440 + 384 + 8 });
    expect(overlaps({ ...boxOf(place), height: 500 }, field)).toBe(false);
  });

  it('mirrors in right-to-left', () => {
    expect(placeCard(field, card, view, [field], true)).toMatchObject({ left: 440 + 384 - 360 });
    const tall = { ...card, height: 500 };
    expect(placeCard(field, tall, view, [field], true)).toMatchObject({ left: 440 - 8 - 360 });
  });

  it('docks on the edge farthest from the field on a narrow window (200 % zoom)', () => {
    const narrow = { width: 640, height: 450 };
    expect(placeCard({ ...field, top: 100, left: 20 }, card, narrow, [{ ...field, top: 100, left: 20 }])).toEqual({ mode: 'dock', edge: 'bottom', maxHeight: 450 - 140 - 8 - 76 });
    expect(placeCard({ ...field, top: 380, left: 20 }, card, narrow, [{ ...field, top: 380, left: 20 }])).toEqual({ mode: 'dock', edge: 'top', maxHeight: 380 - 16 });
  });

  it('without an anchor, takes a corner that covers none of the boxes to avoid', () => {
    expect(placeCard(null, card, view, [])).toEqual({ mode: 'float', top: 900 - 76 - 200, left: 8, width: 360 });
    const target = { top: 650, left: 20, width: 300, height: 40 };
    expect(placeCard(null, card, view, [target])).toEqual({ mode: 'float', top: 8, left: 8, width: 360 });
    expect(placeCard(null, card, view, [], false, 140)).toMatchObject({ top: 900 - 140 - 200 });
  });
});
