import type { SessionCount } from './accompanied';
import type { StoredStatistics } from './statistics';

/** Test rows shared by the statistics tests (not shipped: only *.test.ts import it). */
export const count = (over: Partial<SessionCount> = {}): SessionCount => ({
  procedure: 'caf-declaration-trimestrielle', category: 'social', month: '2026-11', duration: '15-30-min', completed: true, level: null, ...over,
});

export const MONTHS = ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06'];

/** Stored statistics whose procedure × month table is `grid` (procedures p0, p1…). */
export function statsOfGrid(grid: number[][]): StoredStatistics {
  const rows = grid.flatMap((line, i) =>
    line.flatMap((n, j) => (n > 0 ? [{ ...count({ procedure: `p${i}`, month: MONTHS[j]! }), count: n }] : [])),
  );
  return { v: 1, rows };
}
