import { useEffect } from 'preact/hooks';
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
 */
export function useStepAdvance(target: Element | null, on: PackStep['advance']['on'], next: () => void): void {
  useEffect(() => {
    if (!target || (on !== 'click' && on !== 'input')) return;
    const stop = new AbortController();
    const opts = { signal: stop.signal };
    if (on === 'click') {
      target.addEventListener('click', (e) => e.isTrusted && next(), opts);
    } else {
      let filled = false;
      target.addEventListener('input', (e) => {
        if (!e.isTrusted) return;
        if (isChoice(e.target)) next();
        else filled = true;
      }, opts);
      target.addEventListener('focusout', (e) => {
        const into = (e as FocusEvent).relatedTarget as Node | null;
        if (filled && !(into && target.contains(into))) next();
      }, opts);
    }
    return () => stop.abort();
  }, [target, on, next]);
}
