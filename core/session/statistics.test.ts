import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { SessionCount } from './accompanied';
import {
  addCount, breakdownCsvLines, breakdownOf, csvCell, csvLines, EMPTY_STATISTICS, MAX_ROWS, sessionsCounted, statisticsView,
  StoredStatistics, tableOf, toCsv, type Cell, type StatTable,
} from './statistics';

const count = (over: Partial<SessionCount> = {}): SessionCount => ({
  procedure: 'caf-declaration-trimestrielle', category: 'social', month: '2026-11', duration: '15-30-min', completed: true, level: null, ...over,
});

const MONTHS = ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06'];

/** Stored statistics whose procedure × month table is `grid` (procedures p0, p1…). */
function statsOfGrid(grid: number[][]): StoredStatistics {
  const rows = grid.flatMap((line, i) =>
    line.flatMap((n, j) => (n > 0 ? [{ ...count({ procedure: `p${i}`, month: MONTHS[j]! }), count: n }] : [])),
  );
  return { v: 1, rows };
}

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

describe('stored shape', () => {
  it('accepts counters only, and refuses an extra field (a timestamp, a name, a note)', () => {
    const row = { ...count(), count: 3 };
    expect(StoredStatistics.safeParse({ v: 1, rows: [row] }).success).toBe(true);
    for (const extra of [{ at: 1767225600000 }, { name: 'Mme Dupont' }, { note: 'texte libre' }, { id: 'abc' }]) {
      expect(StoredStatistics.safeParse({ v: 1, rows: [{ ...row, ...extra }] }).success).toBe(false);
    }
    expect(StoredStatistics.safeParse({ v: 1, rows: [], savedAt: 1 }).success).toBe(false);
  });

  it('refuses free text where a slug, a month or a bucket is expected, and counts under 1', () => {
    const bad: Array<Record<string, unknown>> = [
      { procedure: 'Dossier de Mme Dupont' }, { month: '2026-11-03' }, { month: 'novembre' }, { duration: '17 min' },
      { category: 'autre' }, { level: 5 }, { count: 0 }, { count: 1.5 }, { completed: 'oui' },
    ];
    for (const over of bad) expect([over, StoredStatistics.safeParse({ v: 1, rows: [{ ...count(), count: 1, ...over }] }).success]).toEqual([over, false]);
    expect(StoredStatistics.safeParse({ v: 2, rows: [] }).success).toBe(false);
  });
});

describe('addCount', () => {
  it('adds a row, then increments the same row; another level or month is another row', () => {
    let s = addCount(EMPTY_STATISTICS, count());
    s = addCount(s, count());
    s = addCount(s, count({ level: 2 }));
    s = addCount(s, count({ month: '2026-12' }));
    expect(s.rows).toEqual([
      { ...count(), count: 2 },
      { ...count({ level: 2 }), count: 1 },
      { ...count({ month: '2026-12' }), count: 1 },
    ]);
    expect(sessionsCounted(s)).toBe(4);
    expect(EMPTY_STATISTICS.rows).toEqual([]);
  });

  it('changes nothing for a count that is not counters only', () => {
    const s = addCount(EMPTY_STATISTICS, count());
    expect(addCount(s, { ...count(), procedure: 'Mme Dupont' })).toBe(s);
    expect(addCount(s, { ...count(), extra: 1 } as SessionCount)).toBe(s);
  });

  it(`keeps at most ${MAX_ROWS} rows: the oldest month goes first`, () => {
    const rows = Array.from({ length: MAX_ROWS }, (_, i) => ({ ...count({ procedure: `p${i}`, month: i < 10 ? '2025-01' : '2026-01' }), count: 1 }));
    const s = addCount({ v: 1, rows }, count({ month: '2026-02' }));
    expect(s.rows.length).toBe(MAX_ROWS - 10 + 1);
    expect(s.rows.some((r) => r.month === '2025-01')).toBe(false);
    expect(StoredStatistics.safeParse(s).success).toBe(true);
  });
});

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
  });
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

describe('CSV', () => {
  const labels = { corner: 'Démarche', row: (k: string) => (k === 'p0' ? '=HYPERLINK("x")' : k), col: (k: string) => `mois ${k}`, total: 'Total', masked: 'masqué' };

  it('semicolons, a BOM, a header, <5 and masked cells, never a number under 5', () => {
    const t = tableOf(statsOfGrid([[10, 3], [8, 12]]), { rows: 'procedure', cols: 'month' });
    const csv = toCsv([csvLines(t, labels)]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toEqual([
      'Démarche;mois 2026-01;mois 2026-02;Total',
      `"'=HYPERLINK(""x"")";masqué;<5;13`,
      'p1;masqué;masqué;20',
      'Total;18;15;33',
    ]);
    const numbers = lines.flatMap((l) => l.split(';')).filter((cell) => /^\d+$/.test(cell)).map(Number);
    expect(numbers).toEqual([13, 20, 18, 15, 33]);
  });

  it('defuses formulas and quotes separators', () => {
    expect(csvCell('+33 1')).toBe("'+33 1");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('Envoyer un document')).toBe('Envoyer un document');
  });

  it('writes breakdown blocks after the table, separated by an empty line', () => {
    const stats: StoredStatistics = { v: 1, rows: [{ ...count({ completed: true }), count: 12 }, { ...count({ completed: false }), count: 1 }] };
    const b = breakdownOf(stats, 'completed');
    const csv = toCsv([[['a']], breakdownCsvLines(b, { heading: 'Démarche terminée', key: (k) => (k === 'yes' ? 'Oui' : 'Non'), count: 'Sessions', total: 'Total', masked: 'masqué' })]);
    expect(csv).toBe('\uFEFFa\r\n\r\nDémarche terminée;Sessions\r\nOui;masqué\r\nNon;<5\r\nTotal;13\r\n');
  });
});
