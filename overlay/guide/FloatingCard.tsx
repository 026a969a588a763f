import type { ComponentChildren, HTMLAttributes } from 'preact';
import { useContext, useEffect, useRef, useState } from 'preact/hooks';
import { DockContext } from '../dock';
import { DOCK_RESERVE, placeCard, type Box } from '../dom/placement';

interface Props extends Omit<HTMLAttributes<HTMLElement>, 'class' | 'style'> {
  /** The page element's box the card belongs to; null: a panel in a window corner. */
  anchor: Box | null;
  /** Boxes the card must never cover (the field being typed in). */
  avoid: readonly Box[];
  rtl: boolean;
  className: string;
  children: ComponentChildren;
  cardRef?: (el: HTMLElement | null) => void;
}

const ESTIMATE = { width: 360, height: 200 };

/**
 * A card beside a page element, placed by `placeCard` from its own size (ResizeObserver:
 * sizes come after layout, no forced measure) and the window's. Docks to an edge when the
 * window is narrow or nothing fits.
 */
export function FloatingCard({ anchor, avoid, rtl, className, children, cardRef, ...rest }: Props) {
  const ref = useRef<HTMLElement>(null);
  // null until measured: the first frame is laid out hidden, so a card taller than the
  // estimate never shows over the field for a frame.
  const [height, setHeight] = useState<number | null>(null);
  // Heights are learnt while floating only: a docked card is wider, hence shorter, and
  // learning that height could flip it back to floating, then docked again, forever.
  const floating = useRef(false);
  const measured = useRef(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const ro = new ResizeObserver(([entry]) => {
      const box = entry?.borderBoxSize?.[0];
      if (box && box.blockSize > 0 && (floating.current || !measured.current)) setHeight(box.blockSize);
      measured.current = true;
    });
    ro.observe(el);
    // In case no size comes (a browser without ResizeObserver data): measure once in a frame.
    const frame = requestAnimationFrame(() => {
      if (measured.current) return;
      measured.current = true;
      setHeight(el.getBoundingClientRect().height || ESTIMATE.height);
    });
    return () => {
      ro.disconnect();
      cancelAnimationFrame(frame);
    };
  }, []);
  const view = { width: window.innerWidth, height: window.innerHeight };
  const reserve = useDockReserve();
  const size = { width: ESTIMATE.width, height: height ?? ESTIMATE.height };
  const place = placeCard(anchor, size, view, avoid, rtl, reserve);
  floating.current = place.mode === 'float';
  const style: Record<string, string> =
    place.mode === 'float'
      ? { top: `${place.top}px`, left: `${place.left}px`, width: `${place.width}px` }
      : { maxHeight: `${place.maxHeight}px`, ...(place.edge === 'bottom' ? { insetBlockEnd: `${reserve}px` } : {}) };
  const dock = place.mode === 'dock' ? ` cac-card--dock cac-card--dock-${place.edge}` : '';
  if (height === null) Object.assign(style, { visibility: 'hidden' });
  return (
    <section
      {...rest}
      ref={(el) => {
        ref.current = el;
        cardRef?.(el);
      }}
      class={`cac-card ${className}${dock}`}
      style={style}
    >
      {children}
    </section>
  );
}

/** Room to keep at the bottom for the shared corner strip, which wraps taller on narrow windows. */
function useDockReserve(): number {
  const dock = useContext(DockContext);
  const [reserve, setReserve] = useState(DOCK_RESERVE);
  useEffect(() => {
    if (!dock) return;
    const ro = new ResizeObserver(([entry]) => {
      const height = entry?.borderBoxSize?.[0]?.blockSize ?? 0;
      setReserve(height > 0 ? 16 + height + 8 : 8); // the strip sits 16 px above the edge
    });
    ro.observe(dock);
    return () => ro.disconnect();
  }, [dock]);
  return reserve;
}
