import { OVERLAY_HOST_TAG } from '../host-tag';

const TABBABLE = 'a[href], button, input:not([type="hidden"]), select, textarea, iframe, summary, [tabindex], [contenteditable]:not([contenteditable="false"])';

/**
 * The page element a plain Tab reaches after `from`: the page's tabbable elements in document
 * order, without our host, hidden or disabled ones and tabindex="-1". Null when none follows.
 */
export function nextTabbable(from: Element): HTMLElement | null {
  for (const el of document.querySelectorAll<HTMLElement>(TABBABLE)) if (from.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING && !from.contains(el) && tabbable(el)) return el;
  return null;
}

/** The page element a Shift+Tab reaches from `from` (same rules as nextTabbable). */
export function previousTabbable(from: Element): HTMLElement | null {
  const all = [...document.querySelectorAll<HTMLElement>(TABBABLE)];
  for (let i = all.length - 1; i >= 0; i--) {
    const el = all[i]!;
    if (from.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING && !el.contains(from) && tabbable(el)) return el;
  }
  return null;
}

const tabbable = (el: HTMLElement) =>
  !(Number(el.getAttribute('tabindex')) < 0) &&
  !el.matches(':disabled') &&
  !el.closest(`${OVERLAY_HOST_TAG}, [inert], [hidden]`) &&
  el.checkVisibility({ visibilityProperty: true });

/** A Tab the person really pressed, with no Control, Alt or Meta, outside a composition. */
export const isPlainTab = (e: KeyboardEvent) => e.isTrusted && e.key === 'Tab' && !e.altKey && !e.ctrlKey && !e.metaKey && !e.isComposing;
