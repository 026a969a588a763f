import { browser } from 'wxt/browser';
import { StoredWalkthrough } from '../../core/packs/walkthrough-state';
import { readSessionItem } from '../../lib/session-storage';

/**
 * Walkthrough progress per tab in storage.session: it survives reloads, FranceConnect's
 * cross-host redirects and service-worker restarts, and is gone when the browser closes.
 * Content scripts cannot reach storage.session (default access level): only we write it.
 */
const keyOf = (tabId: number) => `walkthrough:${tabId}`;
/** The storage key of a tab's walkthrough (the side panel's events watch it). */
export const walkthroughKey = keyOf;

/** The tab's stored walkthrough; a value that does not parse is dropped and reported. */
export function readWalkthrough(tabId: number): Promise<StoredWalkthrough | null> {
  return readSessionItem(keyOf(tabId), StoredWalkthrough, 'état du guide');
}

export async function writeWalkthrough(tabId: number, packId: string, step: number): Promise<void> {
  const value: StoredWalkthrough = { v: 1, packId, step };
  await browser.storage.session.set({ [keyOf(tabId)]: value });
}

export async function clearWalkthrough(tabId: number): Promise<boolean> {
  const existed = (await readWalkthrough(tabId)) !== null;
  await browser.storage.session.remove(keyOf(tabId));
  return existed;
}

/** A closed tab's walkthrough is forgotten at once. Returns the function that stops watching. */
export function forgetClosedTabs(): () => void {
  const onRemoved = (tabId: number) => void browser.storage.session.remove(keyOf(tabId));
  browser.tabs.onRemoved.addListener(onRemoved);
  return () => browser.tabs.onRemoved.removeListener(onRemoved);
}
