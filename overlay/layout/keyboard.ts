import { isPlainTab, nextTabbable, previousTabbable } from '../dom/tabbable';
import type { LayoutState } from './layout-state';

const FOCUSABLE = 'button:not([disabled]), a[href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

const shown = (el: HTMLElement) => el.isConnected && el.style.visibility !== 'hidden' && !el.closest('[hidden]') && el.getClientRects().length > 0;

/**
 * Gives the focus back to a page element after Escape or a close: what opened because of
 * the focus (the reminder, the field's help) does not open again for it.
 */
function giveBack(layout: LayoutState, to: HTMLElement | null): boolean {
  layout.returning.set(to);
  try {
    return moveFocus(to);
  } finally {
    layout.returning.set(null);
  }
}

/** Focuses `to`; true only if the focus is there now (hidden or inert elements refuse it). */
export function moveFocus(to: HTMLElement | null): boolean {
  if (!to) return false;
  to.focus();
  return (to.getRootNode() as Document | ShadowRoot).activeElement === to;
}

/**
 * Our controls that belong right after a page element in the Tab order: its "?" mark, then
 * the card about it. Our host is one element of the page: without this, they would come
 * after the page's footer.
 */
function chainAfter(layout: LayoutState, page: Element): HTMLElement[] {
  const chain: HTMLElement[] = [];
  for (const [mark, anchor] of layout.marks) if ((anchor === page || anchor.contains(page)) && shown(mark)) chain.push(mark);
  const choice = layout.choice.get();
  const card = layout.slots.card.get();
  const about = choice.anchor instanceof Element && (choice.anchor === page || choice.anchor.contains(page));
  if (card && about && !card.hidden) chain.push(...[...card.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(shown));
  return chain;
}

function chainOfPrevious(layout: LayoutState, from: Element): HTMLElement[] {
  const before = previousTabbable(from);
  return before ? chainAfter(layout, before) : [];
}

/**
 * Keyboard order of our UI (issue "One calm overlay"): Tab from a field goes to its "?" and
 * into the card about it, then on to the page element after the field; Shift+Tab walks
 * back to the field. Escape in our UI gives the focus back where it was in the page.
 * `focusToggle` is the shortcut that jumps into the launcher and back.
 */
export function startKeyboard(layout: LayoutState, shadow: ShadowRoot, signal: AbortSignal): { focusToggle: () => boolean } {
  document.addEventListener(
    'keydown',
    (e) => {
      if (!isPlainTab(e)) return;
      const from = e.composedPath()[0];
      if (!(from instanceof Element) || from.getRootNode() === shadow) return;
      // Shift+Tab from the page element after a field comes back through that field's "?" (and card).
      const chain = e.shiftKey ? chainOfPrevious(layout, from) : chainAfter(layout, from);
      if (moveFocus((e.shiftKey ? chain.at(-1) : chain[0]) ?? null)) e.preventDefault();
    },
    { capture: true, signal },
  );
  shadow.addEventListener(
    'keydown',
    (event) => {
      const e = event as KeyboardEvent;
      const here = shadow.activeElement as HTMLElement | null;
      const page = layout.lastPageFocus.get();
      if (e.key === 'Escape' && e.isTrusted) {
        // Features close what Escape closes (their own handlers ran first); the focus goes back.
        setTimeout(() => {
          const lost = !shadow.activeElement || !shown(shadow.activeElement as HTMLElement);
          // Never focused in the page yet (the guide was started from the launcher): the card's subject.
          const anchor = layout.choice.get().anchor;
          const back = page ?? (anchor instanceof HTMLElement ? anchor : null);
          if (lost || !layout.slots.launcher.get()?.contains(shadow.activeElement)) giveBack(layout, back);
        }, 0);
        return;
      }
      if (!isPlainTab(e) || !here || !page?.isConnected) return;
      const chain = chainAfter(layout, page);
      const i = chain.indexOf(here);
      if (i < 0) return;
      const to = e.shiftKey ? (i === 0 ? (page as HTMLElement) : chain[i - 1]!) : (chain[i + 1] ?? nextTabbable(page));
      if (moveFocus(to ?? null)) e.preventDefault();
    },
    { signal },
  );
  // A close button of ours went away with the focus (the card's section closed): the browser
  // drops the focus on <body> without an event; give it back to the page element it came from.
  let hadFocus = false;
  shadow.addEventListener('focusin', () => void (hadFocus = true), { signal });
  shadow.addEventListener('focusout', (e) => void (hadFocus = !!(e as FocusEvent).relatedTarget && (e as FocusEvent).relatedTarget instanceof Node && shadow.contains((e as FocusEvent).relatedTarget as Node)), { signal });
  const nowhere = () => !shadow.activeElement && (!document.activeElement || document.activeElement === document.body);
  let pending: ReturnType<typeof setTimeout> | undefined;
  const removals = new MutationObserver(() => {
    if (!hadFocus || !nowhere() || pending) return;
    // A moment later: what replaced the closed part (the step card after "Commencer le guide")
    // may take the focus itself once placed (focusWhenShown).
    pending = setTimeout(() => {
      pending = undefined;
      if (!hadFocus || !nowhere()) return;
      hadFocus = false;
      const anchor = layout.choice.get().anchor;
      giveBack(layout, layout.lastPageFocus.get() ?? (anchor instanceof HTMLElement ? anchor : null));
    }, 250);
  });
  removals.observe(shadow, { childList: true, subtree: true });
  signal.addEventListener('abort', () => (removals.disconnect(), clearTimeout(pending)), { once: true });
  return {
    focusToggle: () => {
      const button = layout.slots.launcher.get()?.querySelector<HTMLElement>('.cac-launcher__button') ?? null;
      if (shadow.activeElement) return moveFocus(layout.lastPageFocus.get());
      return moveFocus(button);
    },
  };
}
