import type { StoredStatistics } from '../../core/session/statistics';
import { statisticsView, type StatisticsView } from '../../core/session/statistics-disclosure';
import { createStore } from '../../overlay/store';
import { CSV_FILENAME } from './csv';

/** What the statistics page needs from the browser (tests pass doubles). */
export interface StatisticsPageDeps {
  read: () => Promise<StoredStatistics>;
  /** Calls back with the parsed statistics after each change; returns the unwatch function. */
  watch: (listener: (stats: StoredStatistics) => void) => () => void;
  clear: () => Promise<void>;
  /** The CSV file of the published tables (words in the page's language). */
  csv: (view: StatisticsView) => string;
  download: (csv: string, filename: string) => void;
}

export interface StatisticsPageState {
  /** null while loading. */
  stats: StoredStatistics | null;
  exported: boolean;
  /** "Effacer les statistiques" asked: the question is on screen. */
  confirming: boolean;
  cleared: boolean;
}

/**
 * W3, the options page's state and actions (plain TypeScript, tested without a DOM): the
 * stored counters, followed live, and what may be published from them (`view`, through the
 * small-number hiding of core/session/statistics-disclosure.ts).
 */
export function createStatisticsPageStore(deps: StatisticsPageDeps) {
  const state = createStore<StatisticsPageState>({ stats: null, exported: false, confirming: false, cleared: false });
  const set = (patch: Partial<StatisticsPageState>) => state.set({ ...state.get(), ...patch });
  // The published view is computed once per stored value.
  let cached: { stats: StoredStatistics; view: StatisticsView } | null = null;
  const view = (): StatisticsView | null => {
    const stats = state.get().stats;
    if (!stats || stats.rows.length === 0) return null;
    if (cached?.stats !== stats) cached = { stats, view: statisticsView(stats) };
    return cached.view;
  };
  return {
    state,
    /** The published tables, or null (loading, or nothing counted yet). */
    view,
    /** Whether the counters are read and empty. */
    empty: () => state.get().stats?.rows.length === 0,
    /** Reads the counters and follows their changes (a session ending meanwhile) until `signal` aborts. */
    start(signal: AbortSignal) {
      void deps.read().then((stats) => signal.aborted || set({ stats }));
      const unwatch = deps.watch((stats) => set({ stats }));
      signal.addEventListener('abort', unwatch, { once: true });
    },
    exportCsv() {
      const published = view();
      if (!published) return;
      deps.download(deps.csv(published), CSV_FILENAME);
      set({ exported: true });
    },
    askClear: () => set({ confirming: true }),
    cancelClear: () => set({ confirming: false }),
    async clear() {
      set({ confirming: false });
      await deps.clear();
      set({ stats: await deps.read(), cleared: true, exported: false });
    },
  };
}

export type StatisticsPageStore = ReturnType<typeof createStatisticsPageStore>;
