import type { SessionCount } from '../core/session/accompanied';
import { addCount, EMPTY_STATISTICS, SessionCountSchema, type StoredStatistics } from '../core/session/statistics';
import { statisticsItem } from './storage-items';

/**
 * W3: the content-free statistics (`statisticsItem` in lib/storage-items.ts). Only
 * counters: see core/session/statistics.ts. Written by the background when a session
 * finishes, read and cleared by the options page.
 */

/** The stored statistics; anything unreadable is empty statistics and a warning (issue paths only), never a crash. */
export async function readStatistics(): Promise<StoredStatistics> {
  try {
    return await statisticsItem.get();
  } catch {
    return EMPTY_STATISTICS;
  }
}

/**
 * Adds one finished session (the background calls it on `finish`); two sessions finishing
 * together both count (`update` is serialized). A count that is not counters only is
 * refused with a warning; a storage failure rejects (the caller keeps its receipt rather
 * than losing the count).
 */
export async function recordSession(count: SessionCount): Promise<void> {
  if (!SessionCountSchema.safeParse(count).success) {
    console.warn('[Côte à côte] session non comptée : compteur invalide');
    return;
  }
  await statisticsItem.update((current) => addCount(current, count));
}

export function clearStatistics(): Promise<void> {
  return statisticsItem.remove();
}

/** Calls `listener` with the parsed statistics after every change; returns the unwatch function. */
export function watchStatistics(listener: (stats: StoredStatistics) => void): () => void {
  return statisticsItem.watch(listener);
}
