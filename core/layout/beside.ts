import { GAP, inside, overlaps, overlapsAny, type Box, type View } from './geometry';

/**
 * Where a card floats beside what it explains: one of a few candidate spots (below, above,
 * after, before the field; after and before the field's whole row), computed by
 * @floating-ui/dom in overlay/layout/place-beside.ts, chosen here. Pure: boxes in, a choice out.
 */
export interface BesideCandidate {
  /** Which spot ("bottom-start", "right row"…): kept while the person scrolls. */
  key: string;
  top: number;
  left: number;
  width: number;
  /** The room the window leaves the card at this spot. */
  maxHeight: number;
  /** The card's height with nothing cut at this spot's width (a narrower card is taller); else the rules' `natural`. */
  natural?: number;
}

export interface BesideRules {
  view: View;
  /** The card's height with nothing cut. */
  natural: number;
  /** The card's height with all its text cut: its title and buttons, which never scroll away (0 if unknown). */
  least?: number;
  /** Never covered: the focused field, its label and hint, the step's target, our launcher, the form's submit buttons. */
  hard: readonly Box[];
  /** Covered only when every spot must: the page's other fields and their labels. */
  fields: readonly Box[];
  /** How much of the page's own content (text, controls) a box would cover; 0 when not sampled. */
  covers: (box: Box) => number;
  /** The spot chosen last time: kept while it is still allowed and no better by a clear margin. */
  previous: string | null;
}

/** The smallest room worth a floating card: a title and a row of buttons (it cuts the rest). */
export const BESIDE_MIN = 160;
/** A cut card (data-compact) costs as much as this many covered points of the page. */
const CUT_COST = 4;
/** Each field of the page covered costs as much as this many points of text. */
const FIELD_COST = 10;
/** A spot must be better than the previous one by this much to make the card move. */
const STAY = 2;

export const boxOfCandidate = (c: BesideCandidate, natural: number): Box => ({ top: c.top, left: c.left, width: c.width, height: Math.min(c.natural ?? natural, c.maxHeight) });

/** Whether the spot keeps clear of what must stay visible and leaves the card enough room. */
export function allowed(c: BesideCandidate, rules: Pick<BesideRules, 'view' | 'natural' | 'hard' | 'least'>): boolean {
  const box = boxOfCandidate(c, rules.natural);
  // A spot lower than the card's buttons would have them stick out of it, over the page.
  const room = Math.max(Math.min(c.natural ?? rules.natural, BESIDE_MIN), rules.least ?? 0);
  return c.maxHeight >= room && inside(box, rules.view, GAP / 2) && !overlapsAny(box, rules.hard);
}

/**
 * The allowed spot that covers the least of the page (fields weigh most, then a cut card,
 * then text and controls); the candidates' order breaks ties. The previous spot is kept
 * unless another is clearly better, so the card does not hop as the page moves under it.
 * Null when no spot is allowed: the coordinator makes the card a sheet.
 */
export function chooseBeside(candidates: readonly BesideCandidate[], rules: BesideRules): BesideCandidate | null {
  let best: { c: BesideCandidate; cost: number } | null = null;
  let previous: { c: BesideCandidate; cost: number } | null = null;
  for (const c of candidates) {
    if (!allowed(c, rules)) continue;
    const box = boxOfCandidate(c, rules.natural);
    const cost = rules.fields.filter((f) => overlaps(box, f)).length * FIELD_COST + (c.maxHeight < (c.natural ?? rules.natural) ? CUT_COST : 0) + rules.covers(box);
    if (!best || cost < best.cost) best = { c, cost };
    if (c.key === rules.previous) previous = { c, cost };
  }
  if (previous && best && previous.cost <= best.cost + STAY) return previous.c;
  return best?.c ?? null;
}

/** Fields further apart than this (px) on a line are not one row (a form's two columns). */
const ROW_GAP = 48;

/**
 * The field's whole row: the field and the fields beside it on the same line (the NIR and
 * its "Clé", a day, month and year), joined while the gap between them is small. A card
 * after or before the row hides none of them.
 */
export function rowOf(anchor: Box, fields: readonly Box[]): Box {
  const sameLine = fields.filter((f) => {
    const shared = Math.min(anchor.top + anchor.height, f.top + f.height) - Math.max(anchor.top, f.top);
    return f.height > 0 && shared >= Math.min(anchor.height, f.height) / 2;
  });
  let left = anchor.left;
  let right = anchor.left + anchor.width;
  for (let grown = true; grown; ) {
    grown = false;
    for (const f of sameLine) {
      const fRight = f.left + f.width;
      if (f.left < left && fRight >= left - ROW_GAP) (left = f.left), (grown = true);
      if (fRight > right && f.left <= right + ROW_GAP) (right = fRight), (grown = true);
    }
  }
  return { top: anchor.top, left, width: right - left, height: anchor.height };
}
