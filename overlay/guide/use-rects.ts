import { useEffect, useState } from 'preact/hooks';
import type { Box } from '../../core/layout/geometry';

export type Rects = ReadonlyMap<Element, Box>;

const EMPTY: Rects = new Map();

/**
 * Viewport boxes of the visible `elements`, kept current without ever measuring in a
 * mutation callback (engineering notes: a forced layout right after a big DOM change cost
 * ~80 ms). IntersectionObserver says which elements are visible, with their box, from the
 * rendering pipeline; scroll, resize and page size changes (ResizeObserver) re-measure
 * the visible ones in the next animation frame. An element that left the page is
 * reported through `onGone` so the guide can anchor again. Everything stops on unmount
 * (the overlay unmounts when the content script is invalidated).
 */
export function useRects(elements: readonly Element[], onGone?: () => void): Rects {
  const [rects, setRects] = useState<Rects>(EMPTY);
  useEffect(() => {
    if (elements.length === 0) return setRects(EMPTY);
    const visible = new Set<Element>();
    let frame = 0;
    const measure = () => {
      frame = 0;
      const next = new Map<Element, Box>();
      for (const el of visible) {
        if (!el.isConnected) continue;
        const r = el.getBoundingClientRect();
        if (r.width || r.height) next.set(el, { top: r.top, left: r.left, width: r.width, height: r.height });
      }
      if (elements.some((el) => !el.isConnected)) onGone?.();
      setRects(next);
    };
    const schedule = () => (frame ||= requestAnimationFrame(measure));
    const io = new IntersectionObserver((entries) => {
      for (const entry of entries) entry.isIntersecting ? visible.add(entry.target) : visible.delete(entry.target);
      schedule();
    });
    for (const el of elements) io.observe(el);
    const ro = new ResizeObserver(schedule);
    ro.observe(document.documentElement);
    const stop = new AbortController();
    const options = { capture: true, passive: true, signal: stop.signal };
    window.addEventListener('scroll', schedule, options);
    window.addEventListener('resize', schedule, options);
    return () => {
      stop.abort();
      io.disconnect();
      ro.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [elements, onGone]);
  return rects;
}
