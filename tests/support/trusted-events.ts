import { act } from '@testing-library/preact';

/**
 * Events as the browser makes them for a real person. Our controls ignore untrusted events
 * (`isTrusted` false: a page script's synthetic click), so tests mark theirs.
 */
export function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

/** A trusted click on `element`, inside act(). */
export function trustedClick(element: Element): void {
  act(() => void element.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, cancelable: true }))));
}

/** A trusted click, then the replies it waits for (a background double's answer). */
export async function trustedClickAndWait(element: Element): Promise<void> {
  await act(async () => void element.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, cancelable: true }))));
  await act(async () => undefined);
}

/** A trusted `change` (a select the person changed). */
export function trustedChange(element: Element): void {
  act(() => void element.dispatchEvent(trusted(new Event('change', { bubbles: true }))));
}

/** A trusted key press (`keydown`); returns false when a listener prevented its default. */
export function trustedKey(element: Element, key: string, init: KeyboardEventInit = {}): boolean {
  let kept = true;
  act(() => void (kept = element.dispatchEvent(trusted(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init })))));
  return kept;
}
