/** A browser event (`browser.tabs.onRemoved`, `browser.storage.onChanged`…): what `listen` needs of it. */
interface BrowserEvent<L> {
  addListener(listener: L): void;
  removeListener(listener: L): void;
}

/**
 * Adds `listener` to `event` and returns the function that removes exactly it: a module's
 * `stop` then removes what its `start` added, and nothing else (tests count listeners).
 */
export function listen<L>(event: BrowserEvent<L>, listener: L): () => void {
  event.addListener(listener);
  return () => event.removeListener(listener);
}

/** One stop function for several: each runs, in order. */
export function stopAll(...stops: Array<() => void>): () => void {
  return () => {
    for (const stop of stops) stop();
  };
}
