import { useEffect, useState } from 'preact/hooks';
import type { Box } from '../../core/layout/geometry';
import { ringAround, ringStyle } from '../../core/layout/ring';
import { keepFor } from '../layout/keep';
import type { OverlayServices } from '../services';

/**
 * The pulse around the field the worker shows: scrolled to the middle of the window
 * (at once when the person asked for reduced motion, and then the outline does not pulse),
 * measured in animation frames on scroll and resize, never in a mutation callback.
 */
export function Pointer({ target, around, signal }: { target: Element; around: Element | null; signal: AbortSignal }) {
  const [box, setBox] = useState<Box | null>(null);
  const [near, setNear] = useState<Box[]>([]);
  // A field inside the guide's current target (a choice among the step's radios) is shown by
  // an outline around that whole target: an outline around the field alone would be drawn
  // over the step's target, which stays clear. The field itself is scrolled to the middle.
  const outlined = around ?? target;
  useEffect(() => {
    const reduced = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
    target.scrollIntoView({ block: 'center', behavior: reduced ? 'auto' : 'smooth' });
    let frame = 0;
    const measure = () => {
      frame = 0;
      const r = outlined.getBoundingClientRect();
      setBox(outlined.isConnected && (r.width || r.height) ? { top: r.top, left: r.left, width: r.width, height: r.height } : null);
      // Its own label and hint: the outline keeps off them (the person may be reading them).
      setNear(keepFor(outlined).filter((el) => el !== outlined).map((el) => {
        const b = el.getBoundingClientRect();
        return { top: b.top, left: b.left, width: b.width, height: b.height };
      }));
    };
    const schedule = () => void (frame ||= requestAnimationFrame(measure));
    const local = new AbortController();
    const on = { capture: true, passive: true, signal: AbortSignal.any([signal, local.signal]) };
    window.addEventListener('scroll', schedule, on);
    window.addEventListener('resize', schedule, on);
    schedule();
    return () => {
      local.abort();
      cancelAnimationFrame(frame);
    };
  }, [target, outlined]);
  if (!box) return null;
  // 6 px around the field, and at least 40 px across: a checkbox's outline must be seen too.
  const pad = { x: Math.max(6, (40 - box.width) / 2), y: Math.max(6, (40 - box.height) / 2) };
  return (
    <div
      class={box.top < 60 ? 'cac-session-pointer cac-session-pointer--low' : 'cac-session-pointer'}
      data-decoration=""
      aria-hidden="true"
      style={ringStyle(ringAround(box, near, pad))}
    />
  );
}

/** The guide's current target that holds `field` (not the field itself), if any. */
export function stepAround(services: OverlayServices, field: Element): Element | null {
  return (services.layout.keep.get().get('walkthrough') ?? []).find((t) => t !== field && t.contains(field)) ?? null;
}
