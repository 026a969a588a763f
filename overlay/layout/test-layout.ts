import { act, waitFor } from '@testing-library/preact';
import { expect } from 'vitest';

/**
 * Test helpers for the overlay's shared surfaces (happy-dom): the one contextual card and
 * the launcher. `root` is where the overlay was rendered (our shadow root, or the test
 * document). Test-only.
 */
type Root = Document | ShadowRoot;

/** A click as the browser makes it for a real person (our controls ignore synthetic ones). */
export function trustedClick(target: Element): void {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  act(() => void target.dispatchEvent(event));
}

/** A key press as the browser makes it; returns false when our code prevented its default. */
export function trustedKey(target: EventTarget, key: string, init: KeyboardEventInit = {}, trusted = true): boolean {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true, ...init });
  if (trusted) Object.defineProperty(event, 'isTrusted', { value: true });
  let kept = true;
  act(() => void (kept = target.dispatchEvent(event)));
  return kept;
}

/** The one contextual card (`.cac-context`), rendered even while empty. */
export const card = (root: Root = document) => root.querySelector<HTMLElement>('.cac-card.cac-context');

/** Ids of the sections the card shows, in DOM (reading and Tab) order. */
export const sectionIds = (root: Root = document) =>
  [...(card(root)?.querySelectorAll<HTMLElement>('.cac-context__body > .cac-context__slot > .cac-section') ?? [])].map((s) => s.dataset.section);

/** A section of the card once the layout chose it (it renders after an effect). */
export async function findSection(id: string, root: Root = document): Promise<HTMLElement> {
  return waitFor(() => {
    const found = card(root)?.querySelector<HTMLElement>(`.cac-context__body .cac-section[data-section="${id}"]`);
    if (!found) throw new Error(`no section ${id} in the card`);
    return found;
  });
}

export const section = (id: string, root: Root = document) => card(root)?.querySelector<HTMLElement>(`.cac-context__body .cac-section[data-section="${id}"]`) ?? null;

/** The card's foot, where sections put their primary buttons. */
export const cardActions = (root: Root = document) => card(root)?.querySelector<HTMLElement>('.cac-context__actions') ?? null;

/** The launcher's parts. */
export const launcherButton = (root: Root = document) => root.querySelector<HTMLButtonElement>('.cac-launcher .cac-launcher__button');
export const tray = (root: Root = document) => root.querySelector<HTMLElement>('#cac-launcher-tray');
export const pinned = (root: Root = document) => root.querySelector<HTMLElement>('.cac-launcher .cac-launcher__pinned');

/** Opens the launcher's tray with the person's click on its button; returns the tray. */
export async function openTray(root: Root = document): Promise<HTMLElement> {
  const button = await waitFor(() => {
    const found = launcherButton(root);
    if (!found) throw new Error('no launcher');
    return found;
  });
  if (button.getAttribute('aria-expanded') !== 'true') trustedClick(button);
  const open = tray(root)!;
  await waitFor(() => expect(open.hidden).toBe(false));
  return open;
}

/**
 * happy-dom does not retarget a focus event's `relatedTarget` across a shadow boundary; a
 * browser does (a listener on the document sees our host, never a node inside our shadow
 * root). Call before rendering, so this runs before the features' own document listeners.
 */
export function retargetRelatedTarget(signal: AbortSignal): void {
  const retarget = (event: Event) => {
    const related = (event as FocusEvent).relatedTarget as Node | null;
    const root = related?.getRootNode?.();
    if (root instanceof ShadowRoot && root.host.getRootNode() === document) Object.defineProperty(event, 'relatedTarget', { value: root.host });
  };
  for (const type of ['focusin', 'focusout', 'blur', 'focus']) document.addEventListener(type, retarget, { capture: true, signal });
}
