import { browser } from 'wxt/browser';
import type { StoredWalkthrough } from '../../core/packs/walkthrough-state';
import { walkthroughItems } from '../../lib/storage-items';

/**
 * Walkthrough progress per tab (`walkthroughItems` in storage.session): it survives reloads,
 * FranceConnect's cross-host redirects and service-worker restarts, and is gone when the
 * browser closes. Content scripts cannot reach storage.session (default access level): only we write it.
 */
/** The storage key of a tab's walkthrough (the side panel's events watch it). */
export const walkthroughKey = (tabId: number): string => walkthroughItems.of(tabId).key;

/** The tab's stored walkthrough; a value that does not parse is dropped and reported. */
export function readWalkthrough(tabId: number): Promise<StoredWalkthrough | null> {
  return walkthroughItems.of(tabId).get();
}

export function writeWalkthrough(tabId: number, packId: string, step: number): Promise<void> {
  return walkthroughItems.of(tabId).set({ v: 1, packId, step });
}

export async function clearWalkthrough(tabId: number): Promise<boolean> {
  const existed = (await readWalkthrough(tabId)) !== null;
  await walkthroughItems.of(tabId).remove();
  return existed;
}

/** A closed tab's walkthrough is forgotten at once. Returns the function that stops watching. */
export function forgetClosedTabs(): () => void {
  const onRemoved = (tabId: number) => void walkthroughItems.of(tabId).remove();
  browser.tabs.onRemoved.addListener(onRemoved);
  return () => browser.tabs.onRemoved.removeListener(onRemoved);
}
