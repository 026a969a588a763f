import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { StoredStatistics } from './statistics';
import { breakdownOf, statisticsView, tableOf, type Cell, type StatTable } from './statistics-disclosure';
import { count, MONTHS, statsOfGrid } from './statistics.test-rows';

/** The table as a full (R+1)×(C+1) matrix of cells, margins included. */
const matrix = (t: StatTable): Cell[][] => [...t.cells.map((row, i) => [...row, t.rowTotals[i]!]), [...t.colTotals, t.total]];
const withMargins = (grid: number[][]): number[][] => {
  const rows = grid.map((r) => [...r, r.reduce((a, b) => a + b, 0)]);
  const cols = rows[0]!.map((_, j) => rows.reduce((s, r) => s + r[j]!, 0));
  return [...rows, cols];
};
/** Every line (rows and columns, totals included) as [positions], total last. */
const lines = (R: number, C: number): Array<Array<[number, number]>> => [
  ...Array.from({ length: R + 1 }, (_, i) => Array.from({ length: C + 1 }, (_, j): [number, number] => [i, j])),
  ...Array.from({ length: C + 1 }, (_, j) => Array.from({ length: R + 1 }, (_, i): [number, number] => [i, j])),
];

describe('tableOf: no number under 5, none recoverable', () => {
  it('hides a 3 and masks the three cells that would give it away; the margins stay', () => {
    const t = tableOf(statsOfGrid([[10, 3], [8, 12]]), { rows: 'procedure', cols: 'month' });
    expect(t.rows).toEqual(['p0', 'p1']);
    expect(t.cols).toEqual(['2026-01', '2026-02']);
    expect(t.cells).toEqual([[{ kind: 'masked' }, { kind: 'under-5' }], [{ kind: 'masked' }, { kind: 'masked' }]]);
    expect(t.rowTotals).toEqual([{ kind: 'shown', value: 13 }, { kind: 'shown', value: 20 }]);
    expect(t.colTotals).toEqual([{ kind: 'shown', value: 18 }, { kind: 'shown', value: 15 }]);
    expect(t.total).toEqual({ kind: 'shown', value: 33 });
  });

  it('shows everything at 5 and above', () => {
    const t = tableOf(statsOfGrid([[5, 6], [7, 8]]), { rows: 'procedure', cols: 'month' });
    expect(matrix(t).flat().every((c) => c.kind === 'shown')).toBe(true);
  });

  it('hides everything for fewer than 5 sessions in all, zeros included', () => {
    const t = tableOf(statsOfGrid([[1, 0], [0, 3]]), { rows: 'procedure', cols: 'month' });
    expect(matrix(t).flat().every((c) => c.kind === 'under-5')).toBe(true);
  });

  it('hides two 4s whose sum is shown (each would be pinned to 4)', () => {
    // One row, two months of 4: total 8 would tell both are 4.
    const t = tableOf(statsOfGrid([[4, 4]]), { rows: 'procedure', cols: 'month' });
    expect(matrix(t).flat().some((c) => c.kind === 'shown')).toBe(false);
  });

  it('groups by category too', () => {
    const stats: StoredStatistics = { v: 1, rows: [{ ...count({ category: 'social' }), count: 6 }, { ...count({ category: 'papiers', procedure: 'ants-carte-identite' }), count: 7 }] };
    const t = tableOf(stats, { rows: 'category', cols: 'month' });
    expect(t.rows).toEqual(['papiers', 'social']);
    expect(t.cells).toEqual([[{ kind: 'shown', value: 7 }], [{ kind: 'shown', value: 6 }]]);
  });

  const grids = fc.integer({ min: 1, max: 5 }).chain((r) =>
    fc.integer({ min: 1, max: 5 }).chain((c) =>
      fc.array(fc.array(fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 30 })), { minLength: c, maxLength: c }), { minLength: r, maxLength: r }),
    ),
  );

  it('property: no shown number under 5, shown numbers are true, no line with exactly one hidden number', () => {
    fc.assert(
      fc.property(grids, (grid) => {
        const t = tableOf(statsOfGrid(grid), { rows: 'procedure', cols: 'month' });
        // Rows/columns with no session at all are not listed: compare with the listed ones.
        const kept = grid.filter((row) => row.some((n) => n > 0));
        const cols = kept.length ? kept[0]!.map((_, j) => j).filter((j) => kept.some((row) => row[j]! > 0)) : [];
        if (kept.length === 0) return t.rows.length === 0 && t.total.kind === 'under-5';
        const truth = withMargins(kept.map((row) => cols.map((j) => row[j]!)));
        const cells = matrix(t);
        for (let i = 0; i < truth.length; i++) {
          for (let j = 0; j < truth[0]!.length; j++) {
            const c = cells[i]![j]!;
            if (c.kind === 'shown') {
              expect(c.value).toBe(truth[i]![j]);
              expect(c.value).toBeGreaterThanOrEqual(5);
            } else if (c.kind === 'under-5') expect(truth[i]![j]).toBeLessThan(5);
            else expect(truth[i]![j]).toBeGreaterThanOrEqual(5);
          }
        }
        for (const line of lines(truth.length - 1, truth[0]!.length - 1)) {
          const hidden = line.filter(([i, j]) => cells[i]![j]!.kind !== 'shown');
          // Exactly one hidden number in a line = total − sum(shown) would give it back.
          expect(hidden.length).not.toBe(1);
        }
        return true;
      }),
      { numRuns: 400 },
    );
  });

  it('property (brute force, 2×2): every table consistent with what is published leaves each hidden "under 5" open', () => {
    const MASKED_MAX = 20;
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 4, maxLength: 4 }), (values) => {
        const grid = [values.slice(0, 2), values.slice(2, 4)];
        const cells = matrix(tableOf(statsOfGrid(grid), { rows: 'procedure', cols: 'month' }));
        const truth = withMargins(grid);
        // Every 2×2 grid of plausible numbers that would publish the same cells.
        const domain = (c: Cell) => (c.kind === 'shown' ? [c.value] : c.kind === 'under-5' ? [0, 1, 2, 3, 4] : Array.from({ length: MASKED_MAX - 4 }, (_, k) => k + 5));
        const fits = (c: Cell, v: number) => (c.kind === 'shown' ? c.value === v : c.kind === 'under-5' ? v < 5 : v >= 5);
        const seen = truth.map((row) => row.map(() => new Set<number>()));
        for (const a of domain(cells[0]![0]!)) for (const b of domain(cells[0]![1]!)) for (const c of domain(cells[1]![0]!)) for (const d of domain(cells[1]![1]!)) {
          const m = withMargins([[a, b], [c, d]]);
          if (!m.every((row, i) => row.every((v, j) => fits(cells[i]![j]!, v)))) continue;
          m.forEach((row, i) => row.forEach((v, j) => seen[i]![j]!.add(v)));
        }
        cells.forEach((row, i) => row.forEach((c, j) => {
          if (c.kind !== 'under-5') return;
          expect(seen[i]![j]!.has(truth[i]![j]!)).toBe(true);
          // Pinned to one value is a disclosure, unless that value is 0 (nobody).
          if (seen[i]![j]!.size === 1) expect(truth[i]![j]).toBe(0);
        }));
        return true;
      }),
      { numRuns: 300 },
    );
    // ~3 s on an idle machine; the brute force is CPU-bound, so a busy one needs more.
  }, 30_000);
});

describe('breakdowns', () => {
  it('lists every key, hides under 5 and masks the next smallest', () => {
    const stats: StoredStatistics = {
      v: 1,
      rows: [
        { ...count({ duration: 'under-15-min' }), count: 7 },
        { ...count({ duration: '15-30-min' }), count: 9 },
        { ...count({ duration: '30-60-min' }), count: 2 },
      ],
    };
    const b = breakdownOf(stats, 'duration');
    expect(b.keys).toEqual(['under-15-min', '15-30-min', '30-60-min', 'over-60-min']);
    // 2 and 0 hidden, total 18 shown: 2 + 0 = 18 − 7 − 9 would give them back… as a sum of two
    // numbers under 5 (2 = 2+0, 1+1…): allowed, nothing pinned.
    expect(b.cells).toEqual([{ kind: 'shown', value: 7 }, { kind: 'shown', value: 9 }, { kind: 'under-5' }, { kind: 'under-5' }]);
    expect(b.total).toEqual({ kind: 'shown', value: 18 });
  });

  it('completed and level, with "not assessed" as a key', () => {
    const stats: StoredStatistics = { v: 1, rows: [{ ...count({ completed: true, level: 3 }), count: 6 }, { ...count({ completed: false, level: null }), count: 5 }] };
    expect(breakdownOf(stats, 'completed').cells).toEqual([{ kind: 'shown', value: 6 }, { kind: 'shown', value: 5 }]);
    const level = breakdownOf(stats, 'level');
    expect(level.keys).toEqual(['1', '2', '3', '4', 'none']);
    expect(level.cells.map((c) => c.kind)).toEqual(['under-5', 'under-5', 'shown', 'under-5', 'shown']);
  });

  it('hides one under-5 cell with its only companion masked', () => {
    const stats: StoredStatistics = { v: 1, rows: [{ ...count({ completed: true }), count: 12 }, { ...count({ completed: false }), count: 1 }] };
    const b = breakdownOf(stats, 'completed');
    expect(b.cells).toEqual([{ kind: 'masked' }, { kind: 'under-5' }]);
    expect(b.total).toEqual({ kind: 'shown', value: 13 });
  });

  it('statisticsView hides the grand total everywhere when one table must hide it', () => {
    // Two months of 4: the month table must hide the total 8; so must the breakdowns.
    const stats: StoredStatistics = { v: 1, rows: [{ ...count({ month: '2026-01' }), count: 4 }, { ...count({ month: '2026-02' }), count: 4 }] };
    expect(breakdownOf(stats, 'completed').total).toEqual({ kind: 'shown', value: 8 });
    const view = statisticsView(stats);
    expect(view.table.total.kind).not.toBe('shown');
    for (const b of view.breakdowns) {
      expect(b.total.kind).not.toBe('shown');
      expect(b.cells.every((c) => c.kind !== 'shown' || c.value >= 5)).toBe(true);
      // The total hidden: no line is left with exactly one hidden number.
      expect([...b.cells, b.total].filter((c) => c.kind !== 'shown').length).not.toBe(1);
    }
  });
});
