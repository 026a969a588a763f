import { describe, expect, it } from 'vitest';
import type { StoredStatistics } from '../../core/session/statistics';
import { CSV_FILENAME } from './csv';
import { createStatisticsPageStore, type StatisticsPageDeps } from './page-store';

const row = (count: number, month = '2026-10') => ({ procedure: 'caf-declaration-trimestrielle', category: 'social' as const, month, duration: '15-30-min' as const, completed: true, level: null, count });
const STATS: StoredStatistics = { v: 1, rows: [row(12), row(7, '2026-11')] };

function setUp(initial: StoredStatistics = STATS) {
  let stored = initial;
  let listener: ((s: StoredStatistics) => void) | null = null;
  const downloads: Array<{ csv: string; filename: string }> = [];
  const deps: StatisticsPageDeps = {
    read: async () => stored,
    watch: (fn) => ((listener = fn), () => void (listener = null)),
    clear: async () => void (stored = { v: 1, rows: [] }),
    csv: (view) => `total ${view.table.total.kind === 'shown' ? view.table.total.value : '?'}`,
    download: (csv, filename) => downloads.push({ csv, filename }),
  };
  const store = createStatisticsPageStore(deps);
  return { store, downloads, change: (s: StoredStatistics) => listener?.(s), listening: () => listener !== null };
}
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('statistics page store (options)', () => {
  it('reads the counters, publishes them through the small-number hiding, and follows changes', async () => {
    const { store, change } = setUp();
    const controller = new AbortController();
    expect(store.view()).toBeNull();
    store.start(controller.signal);
    await flush();
    expect(store.view()?.table.total).toEqual({ kind: 'shown', value: 19 });
    expect(store.view()).toBe(store.view()); // computed once per stored value
    change({ v: 1, rows: [row(3)] });
    expect(store.view()?.table.total).toEqual({ kind: 'under-5' });
  });

  it('exports the published view as a file, then erases after the question; empty afterwards', async () => {
    const { store, downloads } = setUp();
    store.start(new AbortController().signal);
    await flush();
    store.exportCsv();
    expect(downloads).toEqual([{ csv: 'total 19', filename: CSV_FILENAME }]);
    expect(store.state.get().exported).toBe(true);
    store.askClear();
    expect(store.state.get().confirming).toBe(true);
    store.cancelClear();
    expect(store.state.get().confirming).toBe(false);
    store.askClear();
    await store.clear();
    expect(store.state.get()).toMatchObject({ confirming: false, cleared: true, exported: false });
    expect(store.empty()).toBe(true);
    expect(store.view()).toBeNull();
    store.exportCsv(); // nothing to export
    expect(downloads.length).toBe(1);
  });

  it('stops watching when its signal aborts', () => {
    const { store, listening } = setUp();
    const controller = new AbortController();
    store.start(controller.signal);
    expect(listening()).toBe(true);
    controller.abort();
    expect(listening()).toBe(false);
  });
});
