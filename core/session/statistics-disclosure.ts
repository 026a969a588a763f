import { DurationBucket } from './accompanied';
import type { StatisticsRow, StoredStatistics } from './statistics';

/**
 * W3, the disclosure control: what the options page and the export may publish from the
 * stored counters. Nothing shown or exported holds a number under 5 (0 included). Cells
 * hidden that way are "under 5"; more cells are "masked" (they are 5 or more) so that no
 * hidden small number can be worked out from the totals and the other cells of a line.
 * See `suppress`.
 */

/** Numbers under this are never shown nor exported. */
export const THRESHOLD = 5;

/** A published number: shown (≥ 5), hidden because under 5, or masked (≥ 5, hidden to protect another). */
export type Cell = { kind: 'shown'; value: number } | { kind: 'under-5' } | { kind: 'masked' };

type Mark = 'shown' | 'primary' | 'masked';

/**
 * Decides what to hide in a grid with its margins: `m` is (R+1)×(C+1), m[i][C] the row
 * totals, m[R][j] the column totals, m[R][C] the grand total. Every line (a row or a column,
 * the totals' ones included) says: sum of its parts = its total.
 *
 * 1. Primary: every number under 5 (0 included) is hidden.
 * 2. Complementary, until stable:
 *    - a line with exactly one hidden number would give it away (total − the others):
 *      hide the smallest other number of the line (a part before the total);
 *    - interval check: everyone knows a hidden "under 5" is 0…4 and a masked one is 5 or
 *      more; the line equations are propagated over those bounds (across rows and columns)
 *      and if a hidden "under 5" is pinned to one value above 0, one more number is hidden
 *      in its row or column.
 */
function suppress(m: number[][], forceTotalHidden: boolean): Mark[][] {
  const R = m.length - 1;
  const C = m[0]!.length - 1;
  const marks: Mark[][] = m.map((row) => row.map((v): Mark => (v < THRESHOLD ? 'primary' : 'shown')));
  if (forceTotalHidden && marks[R]![C] === 'shown') marks[R]![C] = 'masked';
  const lines = linesOf(R, C);

  // Each step hides one more number, so this ends (at worst everything is hidden).
  for (let guard = 0; guard <= (R + 1) * (C + 1); guard++) {
    const leaky = lines.find((line) => line.filter(([i, j]) => marks[i]![j] !== 'shown').length === 1);
    if (leaky) {
      const pick = smallestShown(m, marks, [leaky]);
      if (!pick) break; // cannot happen: a line of one hidden number has a shown one
      marks[pick[0]]![pick[1]] = 'masked';
      continue;
    }
    const pinned = pinnedCell(m, marks);
    if (!pinned) break;
    const [i, j] = pinned;
    const own = lines.filter((line) => line.some(([a, b]) => a === i && b === j));
    const pick = smallestShown(m, marks, own) ?? smallestShown(m, marks, lines);
    if (!pick) break;
    marks[pick[0]]![pick[1]] = 'masked';
  }
  return marks;
}

type Pos = [number, number];

/** Each line lists its parts then its total (last). */
function linesOf(R: number, C: number): Pos[][] {
  const lines: Pos[][] = [];
  for (let i = 0; i <= R; i++) lines.push(Array.from({ length: C + 1 }, (_, j): Pos => [i, j]));
  for (let j = 0; j <= C; j++) lines.push(Array.from({ length: R + 1 }, (_, i): Pos => [i, j]));
  return lines;
}

/** The smallest shown number of these lines, parts before totals. */
function smallestShown(m: number[][], marks: Mark[][], lines: Pos[][]): Pos | null {
  let best: { pos: Pos; total: boolean; value: number } | null = null;
  for (const line of lines) {
    line.forEach(([i, j], k) => {
      if (marks[i]![j] !== 'shown') return;
      const total = k === line.length - 1;
      const value = m[i]![j]!;
      if (!best || (best.total && !total) || (best.total === total && value < best.value)) best = { pos: [i, j], total, value };
    });
  }
  return (best as { pos: Pos } | null)?.pos ?? null;
}

/** Bounds everyone can infer for each number, from what is shown and the line equations. */
export function inferBounds(m: number[][], marks: Mark[][]): Array<Array<[number, number]>> {
  const R = m.length - 1;
  const C = m[0]!.length - 1;
  const b = m.map((row, i) =>
    row.map((v, j): [number, number] => (marks[i]![j] === 'shown' ? [v, v] : marks[i]![j] === 'primary' ? [0, THRESHOLD - 1] : [THRESHOLD, Infinity])),
  );
  const lines = linesOf(R, C);
  for (let round = 0; round < 64; round++) {
    let changed = false;
    for (const line of lines) {
      const last = line.length - 1;
      // parts − total = 0
      const sign = (k: number) => (k === last ? -1 : 1);
      line.forEach(([i, j], k) => {
        let min = 0;
        let max = 0;
        line.forEach(([a, c], o) => {
          if (o === k) return;
          const [lo, hi] = b[a]![c]!;
          if (sign(o) > 0) { min += lo; max += hi; } else { min -= hi; max -= lo; }
        });
        // sign(k)·x = −(others)
        const [lo, hi] = b[i]![j]!;
        const range: [number, number] = sign(k) > 0 ? [-max, -min] : [min, max];
        const next: [number, number] = [Math.max(lo, range[0]), Math.min(hi, range[1])];
        if (next[0] !== lo || next[1] !== hi) {
          if (next[0] > next[1]) return; // inconsistent bounds cannot come from real counts
          b[i]![j] = next;
          changed = true;
        }
      });
    }
    if (!changed) break;
  }
  return b;
}

function pinnedCell(m: number[][], marks: Mark[][]): Pos | null {
  const b = inferBounds(m, marks);
  for (let i = 0; i < m.length; i++) {
    for (let j = 0; j < m[0]!.length; j++) {
      const [lo, hi] = b[i]![j]!;
      if (marks[i]![j] === 'primary' && lo === hi && lo > 0) return [i, j];
    }
  }
  return null;
}

const cellOf = (value: number, mark: Mark): Cell => (mark === 'shown' ? { kind: 'shown', value } : mark === 'primary' ? { kind: 'under-5' } : { kind: 'masked' });

export type RowDimension = 'procedure' | 'category';

export interface StatTable {
  rowDim: RowDimension;
  colDim: 'month';
  /** Row keys (procedure ids or categories), sorted. */
  rows: string[];
  /** Months (YYYY-MM), oldest first. */
  cols: string[];
  cells: Cell[][];
  rowTotals: Cell[];
  colTotals: Cell[];
  total: Cell;
}

export interface TableOptions {
  rows: RowDimension;
  cols: 'month';
  /** Hide the grand total (another published table had to hide it: it must be hidden everywhere). */
  hideTotal?: boolean;
}

const withMargins = (grid: number[][], cols: number): number[][] => {
  const rowTotals = grid.map((row) => row.reduce((s, v) => s + v, 0));
  const colTotals = Array.from({ length: cols }, (_, j) => grid.reduce((s, row) => s + row[j]!, 0));
  return [...grid.map((row, i) => [...row, rowTotals[i]!]), [...colTotals, colTotals.reduce((s, v) => s + v, 0)]];
};

/** Rows × months, every number under 5 hidden and complementary numbers masked. */
export function tableOf(stats: StoredStatistics, options: TableOptions): StatTable {
  const rowKey = (r: StatisticsRow) => (options.rows === 'procedure' ? r.procedure : r.category);
  const rows = [...new Set(stats.rows.map(rowKey))].sort();
  const cols = [...new Set(stats.rows.map((r) => r.month))].sort();
  const grid = rows.map(() => cols.map(() => 0));
  for (const r of stats.rows) grid[rows.indexOf(rowKey(r))]![cols.indexOf(r.month)]! += r.count;
  const m = withMargins(grid, cols.length);
  const marks = suppress(m, options.hideTotal ?? false);
  const R = rows.length;
  const C = cols.length;
  return {
    rowDim: options.rows,
    colDim: 'month',
    rows,
    cols,
    cells: rows.map((_, i) => cols.map((_, j) => cellOf(m[i]![j]!, marks[i]![j]!))),
    rowTotals: rows.map((_, i) => cellOf(m[i]![C]!, marks[i]![C]!)),
    colTotals: cols.map((_, j) => cellOf(m[R]![j]!, marks[R]![j]!)),
    total: cellOf(m[R]![C]!, marks[R]![C]!),
  };
}

export type BreakdownDimension = 'duration' | 'completed' | 'level';

/** Every key of a breakdown, in reading order (all shown, 0 included, so a missing key says nothing). */
export const BREAKDOWN_KEYS: Record<BreakdownDimension, readonly string[]> = {
  duration: DurationBucket.options,
  completed: ['yes', 'no'],
  level: ['1', '2', '3', '4', 'none'],
};

export interface Breakdown {
  dim: BreakdownDimension;
  keys: string[];
  cells: Cell[];
  total: Cell;
}

const breakdownKey = (dim: BreakdownDimension, r: StatisticsRow): string =>
  dim === 'duration' ? r.duration : dim === 'completed' ? (r.completed ? 'yes' : 'no') : r.level === null ? 'none' : String(r.level);

/** One dimension over the whole period, with the same rule (a one-line table). */
export function breakdownOf(stats: StoredStatistics, dim: BreakdownDimension, options: { hideTotal?: boolean } = {}): Breakdown {
  const keys = [...BREAKDOWN_KEYS[dim]];
  const line = keys.map(() => 0);
  for (const r of stats.rows) line[keys.indexOf(breakdownKey(dim, r))]! += r.count;
  const m = withMargins([line], keys.length);
  const marks = suppress(m, options.hideTotal ?? false);
  const C = keys.length;
  return { dim, keys, cells: keys.map((_, j) => cellOf(m[0]![j]!, marks[0]![j]!)), total: cellOf(m[0]![C]!, marks[0]![C]!) };
}

export interface StatisticsView {
  table: StatTable;
  breakdowns: Breakdown[];
}

/**
 * Everything the options page publishes, consistent between tables: they all share the
 * grand total, so if one table must hide it, every table hides it (and masks what that needs).
 */
export function statisticsView(stats: StoredStatistics, rows: RowDimension = 'procedure'): StatisticsView {
  const dims: BreakdownDimension[] = ['duration', 'completed', 'level'];
  const build = (hideTotal: boolean): StatisticsView => ({
    table: tableOf(stats, { rows, cols: 'month', hideTotal }),
    breakdowns: dims.map((dim) => breakdownOf(stats, dim, { hideTotal })),
  });
  const first = build(false);
  const hidden = [first.table.total, ...first.breakdowns.map((b) => b.total)].some((c) => c.kind !== 'shown');
  return hidden ? build(true) : first;
}
