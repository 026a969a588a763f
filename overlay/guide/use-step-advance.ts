import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { PackStep } from '../../core/packs/schema';

/** Choices are done as soon as they change; text fields when the person leaves them. */
function isChoice(target: EventTarget | null): boolean {
  const el = target as Element | null;
  if (!el?.tagName) return false;
  const type = (el.getAttribute('type') ?? '').toLowerCase();
  return el.tagName === 'SELECT' || (el.tagName === 'INPUT' && ['checkbox', 'radio', 'file'].includes(type));
}

/**
 * Moves the walkthrough on when the person does the step on the page itself: a real
 * click on the target, or filling it. "Filled" is known from the `input` event firing —
 * never from reading what was typed — and counts when the person leaves the field
 * (moving on at the first key would pull the card away mid-typing). Trusted events only:
 * a page script cannot advance the guide.
 *
 * The listeners sit on the document for the whole walkthrough and read the current step
 * from a ref set during render: listeners attached per step (in an effect, after paint)
 * missed what was typed in the frame between a step's card appearing and its effect, and
 * the step never moved on (seen in the e2e tests: a field filled right after "Étape 3").
 */
export function useStepAdvance(target: Element | null, on: PackStep['advance']['on'], next: () => void): void {
  const step = useRef({ target, on, next });
  step.current = { target, on, next };
  // Fields that got a trusted input since the walkthrough started: elements only, no value.
  const filled = useMemo(() => new WeakSet<EventTarget>(), []);
  useEffect(() => {
    const stop = new AbortController();
    const opts = { capture: true, passive: true, signal: stop.signal };
    /** The innermost element of the event, when it is (inside) the current step's target. */
    const inTarget = (e: Event): Node | null => {
      const origin = e.composedPath()[0];
      const current = step.current.target;
      return current?.isConnected && origin instanceof Node && current.contains(origin) ? origin : null;
    };
    document.addEventListener('click', (e) => {
      if (e.isTrusted && step.current.on === 'click' && inTarget(e)) step.current.next();
    }, opts);
    document.addEventListener('input', (e) => {
      if (!e.isTrusted) return;
      const origin = e.composedPath()[0];
      if (origin) filled.add(origin);
      if (step.current.on === 'input' && inTarget(e) && isChoice(origin ?? null)) step.current.next();
    }, opts);
    document.addEventListener('focusout', (e) => {
      const origin = step.current.on === 'input' ? inTarget(e) : null;
      if (!origin || isChoice(origin) || !filled.has(origin)) return;
      const into = (e as FocusEvent).relatedTarget as Node | null;
      if (!(into && step.current.target?.contains(into))) step.current.next();
    }, opts);
    return () => stop.abort();
  }, [filled]);
}
