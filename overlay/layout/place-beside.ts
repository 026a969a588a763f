import { computePosition, flip, hide, offset, shift, size, type Middleware, type Placement } from '@floating-ui/dom';
import { GAP, inside, overlapsAny, type Box, type View } from '../../core/layout/geometry';

export interface BesidePlace {
  top: number;
  left: number;
  maxHeight: number;
}

/**
 * The card beside what it explains, with @floating-ui/dom (lazy part `layout`: ~6 KiB gzip
 * kept out of the content script): below, above, then after and before on the line
 * (`flip`), slid inside the window (`shift`), no taller than the room left (`size`),
 * and never over a box of `avoid` (our `avoid` middleware tries the next placement, as
 * `flip` does for the window's edges). Null when no placement keeps clear of everything
 * or the reference scrolled away (`hide`): the coordinator then makes the card a sheet.
 * Reads only; the caller writes the result (all reads of a frame, then all writes).
 */
export async function placeBeside(reference: Box, card: HTMLElement, avoid: readonly Box[], rtl: boolean, view: View, naturalHeight: number): Promise<BesidePlace | null> {
  const virtual = { getBoundingClientRect: () => ({ ...reference, x: reference.left, y: reference.top, right: reference.left + reference.width, bottom: reference.top + reference.height }) };
  const order: Placement[] = rtl ? ['bottom-end', 'top-end', 'left', 'right'] : ['bottom-start', 'top-start', 'right', 'left'];
  let maxHeight = Infinity;
  const result = await computePosition(virtual, card, {
    strategy: 'fixed',
    placement: order[0],
    middleware: [
      offset(GAP),
      flip({ fallbackPlacements: order.slice(1), padding: GAP }),
      shift({ padding: GAP }),
      size({ padding: GAP, apply: ({ availableHeight }) => void (maxHeight = availableHeight) }),
      avoidBoxes(avoid, order, view),
      hide({ strategy: 'referenceHidden' }),
    ],
  });
  if (result.middlewareData.hide?.referenceHidden || result.middlewareData.avoid?.blocked) return null;
  const cap = Math.max(0, Math.floor(maxHeight));
  // Above the reference, the card's bottom edge is what must stay put: floating-ui measured
  // the card as it is drawn now (perhaps cut by an earlier max-height), not as it will be.
  const top = result.placement.startsWith('top') ? reference.top - GAP - Math.min(naturalHeight, cap) : result.y;
  return { top, left: result.x, maxHeight: cap };
}

/** Moves on to the next placement while the card would cover a box it must keep clear of, or leave the window. */
function avoidBoxes(avoid: readonly Box[], order: readonly Placement[], view: View): Middleware {
  return {
    name: 'avoid',
    fn: ({ x, y, placement, rects, middlewareData }) => {
      const box = { top: y, left: x, width: rects.floating.width, height: rects.floating.height };
      // Height is capped by `size` afterwards: only the width and the top must fit here.
      const fits = inside({ ...box, height: Math.min(box.height, 160) }, view, GAP / 2);
      if (fits && !overlapsAny(box, avoid)) return {};
      const tried = (middlewareData.avoid?.tried as number | undefined) ?? 0;
      const next = order[order.indexOf(placement) + 1];
      if (!next || tried >= order.length) return { data: { blocked: true, tried } };
      return { data: { tried: tried + 1 }, reset: { placement: next } };
    },
  };
}
