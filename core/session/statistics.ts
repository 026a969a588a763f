import * as z from 'zod/mini';
import { AutonomyLevel, DurationBucket, SessionCategory, type SessionCount } from './accompanied';

/**
 * W3: content-free statistics, the stored shape. A finished session only adds 1 to a
 * counter keyed by procedure, category, month, duration bucket, completed or not, and
 * autonomy level (if assessed). No timestamps, no identifiers, no free text: the schemas
 * are strict, so a stored row with anything more fails to parse.
 *
 * What is published from it (small-number hiding) is statistics-disclosure.ts; the export
 * file is statistics-csv.ts.
 */

const slug = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/), z.maxLength(64));
export const StatMonth = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/));

/** One finished session's contribution: exactly one stored row minus `count`. */
export const SessionCountSchema = z.strictObject({
  procedure: slug,
  category: SessionCategory,
  month: StatMonth,
  duration: DurationBucket,
  completed: z.boolean(),
  level: z.nullable(AutonomyLevel),
});

/** A session counter can never grow beyond this (a bad write cannot make a huge number). */
export const MAX_COUNT = 1_000_000;
/** Rows kept at most; beyond, the oldest month's rows are dropped to make room. */
export const MAX_ROWS = 5000;

export const StatisticsRow = z.strictObject({
  ...SessionCountSchema.shape,
  count: z.int().check(z.minimum(1), z.maximum(MAX_COUNT)),
});
export type StatisticsRow = z.infer<typeof StatisticsRow>;

export const StoredStatistics = z.strictObject({
  v: z.literal(1),
  rows: z.array(StatisticsRow).check(z.maxLength(MAX_ROWS)),
});
export type StoredStatistics = z.infer<typeof StoredStatistics>;

// SessionCount (accompanied.ts) and the schema here describe the same thing, both ways.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameShape: Same<SessionCount, z.infer<typeof SessionCountSchema>> = true;
void sameShape;

export const EMPTY_STATISTICS: StoredStatistics = { v: 1, rows: [] };

const keyOf = (r: SessionCount) => [r.procedure, r.category, r.month, r.duration, r.completed, r.level].join('|');

/**
 * Adds one finished session: +1 on its row, or a new row. An invalid count (it cannot come
 * from the session machine) changes nothing. Pure: returns a new value.
 */
export function addCount(stats: StoredStatistics, count: SessionCount): StoredStatistics {
  const parsed = SessionCountSchema.safeParse(count);
  if (!parsed.success) return stats;
  const c = parsed.data;
  const key = keyOf(c);
  const at = stats.rows.findIndex((r) => keyOf(r) === key);
  if (at >= 0) {
    const rows = stats.rows.slice();
    const row = rows[at]!;
    rows[at] = { ...row, count: Math.min(MAX_COUNT, row.count + 1) };
    return { v: 1, rows };
  }
  let rows = stats.rows;
  if (rows.length >= MAX_ROWS) {
    const oldest = rows.reduce((min, r) => (r.month < min ? r.month : min), rows[0]!.month);
    rows = rows.filter((r) => r.month !== oldest);
  }
  return { v: 1, rows: [...rows, { ...c, count: 1 }] };
}

/** Total number of sessions counted. */
export const sessionsCounted = (stats: StoredStatistics) => stats.rows.reduce((sum, r) => sum + r.count, 0);
