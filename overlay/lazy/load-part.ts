import { sendToBackground } from '../../lib/messaging';
import { loadedPart, type PartExports, type PartName } from './parts';

const loading = new Map<PartName, Promise<unknown>>();

/**
 * Loads a lazy part once (the background injects its script into this frame) and resolves
 * with its exports, or null when it could not be loaded — callers then simply do without.
 */
export function loadPart<K extends PartName>(name: K): Promise<PartExports[K] | null> {
  const ready = loadedPart(name);
  if (ready) return Promise.resolve(ready);
  if (!loading.has(name)) {
    loading.set(
      name,
      sendToBackground('part.load', { name }).then(() => loadedPart(name)),
    );
  }
  return loading.get(name) as Promise<PartExports[K] | null>;
}
