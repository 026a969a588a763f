import { computePosition, hide, offset, platform, shift, size, type Placement } from '@floating-ui/dom';
import { chooseBeside, type BesideCandidate, type BesideRules } from '../../core/layout/beside';
import { CARD_MIN_WIDTH, GAP, type Box } from '../../core/layout/geometry';

export interface BesidePlace {
  key: string;
  top: number;
  left: number;
  width: number;
  /** The card's height there (its natural height at that width, cut to the room). */
  height: number;
  maxHeight: number;
  /** Above the field: the y of the card's bottom edge, which stays put whatever its height. */
  pinnedBottom?: number;
}

/**
 * The card beside what it explains, with @floating-ui/dom (lazy part `layout`: ~6 KiB gzip
 * kept out of the content script): each spot (below, above, after, before the field; after
 * and before its whole row, narrower if need be, when fields sit beside it on the same
 * line) is computed with `shift` (slid inside the window) and `size` (the room left);
 * core/layout/beside.ts picks the spot that keeps clear of what must stay visible and covers
 * the least of the page. Null when none does or the reference scrolled away (`hide`): the
 * coordinator then makes the card a sheet. The card's size is given (its natural width and
 * height), never measured from how it is drawn now. Reads only; the caller writes the result.
 */
export async function placeBeside(reference: Box, row: Box, card: HTMLElement, width: number, scale: number, rtl: boolean, rules: BesideRules): Promise<BesidePlace | null> {
  const order: Placement[] = rtl ? ['bottom-end', 'top-end', 'left', 'right'] : ['bottom-start', 'top-start', 'right', 'left'];
  const spots: Array<{ key: string; of: Box; placement: Placement; width: number }> = order.map((placement) => ({ key: placement, of: reference, placement, width }));
  const rowRight = row.left + row.width;
  if (row.left < reference.left - 1 || rowRight > reference.left + reference.width + 1) {
    // The room the window leaves after and before the row: the card narrows to it, down to a readable width.
    const room = { right: rules.view.width - rowRight - 2 * GAP, left: row.left - 2 * GAP };
    for (const side of ['right', 'left'] as const) {
      const narrow = Math.min(width, room[side]);
      if (narrow >= CARD_MIN_WIDTH * scale) spots.push({ key: `${side} row`, of: row, placement: side, width: narrow });
    }
  }
  const candidates: BesideCandidate[] = [];
  for (const spot of spots) {
    // Text reflows in a narrower card: its height grows about as much as its width shrinks.
    const natural = Math.ceil((rules.natural * width) / spot.width);
    const at = await spotAt(spot.of, card, spot.placement, spot.width, natural);
    if (at) candidates.push({ key: spot.key, ...at, width: spot.width, natural });
  }
  const chosen = chooseBeside(candidates, rules);
  if (!chosen) return null;
  const height = Math.min(chosen.natural ?? rules.natural, chosen.maxHeight);
  const above = spots.find((s) => s.key === chosen.key)!.placement.startsWith('top');
  return { key: chosen.key, top: chosen.top, left: chosen.left, width: chosen.width, height, maxHeight: chosen.maxHeight, pinnedBottom: above ? chosen.top + height : undefined };
}

async function spotAt(reference: Box, card: HTMLElement, placement: Placement, width: number, natural: number): Promise<{ top: number; left: number; maxHeight: number } | null> {
  const virtual = { getBoundingClientRect: () => ({ ...reference, x: reference.left, y: reference.top, right: reference.left + reference.width, bottom: reference.top + reference.height }) };
  let maxHeight = Infinity;
  const result = await computePosition(virtual, card, {
    strategy: 'fixed',
    placement,
    // The card as it will be (its natural size at this width), not as it is drawn now (cut, narrowed or a sheet).
    platform: { ...platform, getDimensions: (el) => (el === card ? { width, height: natural } : platform.getDimensions(el)) },
    middleware: [
      offset(GAP),
      shift({ padding: GAP }),
      size({ padding: GAP, apply: ({ availableHeight }) => void (maxHeight = availableHeight) }),
      hide({ strategy: 'referenceHidden' }),
    ],
  });
  if (result.middlewareData.hide?.referenceHidden) return null;
  const cap = Math.max(0, Math.floor(maxHeight));
  // Above the reference, the card's bottom edge is what must stay put (a cut card is shorter).
  const top = placement.startsWith('top') ? reference.top - GAP - Math.min(natural, cap) : result.y;
  return { top, left: result.x, maxHeight: cap };
}
