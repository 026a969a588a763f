import { storage } from 'wxt/utils/storage';
import type { SessionCount } from '../core/session/accompanied';
import { addCount, EMPTY_STATISTICS, SessionCountSchema, StoredStatistics } from '../core/session/statistics';

/**
 * W3: the content-free statistics, in storage.local under "statistics" (versioned WXT item;
 * add migrations here when the shape changes). Only counters: see core/session/statistics.ts.
 * Written by the background when a session finishes, read and cleared by the options page.
 */
export const STATISTICS_KEY = 'statistics';

export const statisticsItem = storage.defineItem<unknown>(`local:${STATISTICS_KEY}`, {
  fallback: EMPTY_STATISTICS,
  version: 1,
  migrations: {},
});

/** A stored value, parsed: anything unreadable is empty statistics and a warning (issue paths only), never a crash. */
export function parseStatistics(value: unknown): StoredStatistics {
  if (value === undefined || value === null) return EMPTY_STATISTICS;
  const parsed = StoredStatistics.safeParse(value);
  if (parsed.success) return parsed.data;
  console.warn('[Côte à côte] statistiques illisibles, repartent de zéro', [...new Set(parsed.error.issues.map((issue) => issue.path.join('.')))].slice(0, 10));
  return EMPTY_STATISTICS;
}

export async function readStatistics(): Promise<StoredStatistics> {
  try {
    return parseStatistics(await statisticsItem.getValue());
  } catch {
    return EMPTY_STATISTICS;
  }
}

// One read-modify-write at a time (two sessions finishing together both count).
let queue: Promise<unknown> = Promise.resolve();

/**
 * Adds one finished session (the background calls it on `finish`). A count that is not
 * counters only is refused with a warning; a storage failure rejects (the caller keeps
 * its receipt rather than losing the count).
 */
export function recordSession(count: SessionCount): Promise<void> {
  const run = queue.then(async () => {
    if (!SessionCountSchema.safeParse(count).success) {
      console.warn('[Côte à côte] session non comptée : compteur invalide');
      return;
    }
    const current = await readStatistics();
    await statisticsItem.setValue(addCount(current, count));
  });
  queue = run.catch(() => undefined);
  return run;
}

export async function clearStatistics(): Promise<void> {
  await statisticsItem.removeValue();
}

/** Calls `listener` with the parsed statistics after every change; returns the unwatch function. */
export function watchStatistics(listener: (stats: StoredStatistics) => void): () => void {
  return statisticsItem.watch((value) => listener(parseStatistics(value)));
}
