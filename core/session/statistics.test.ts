import { describe, expect, it } from 'vitest';
import type { SessionCount } from './accompanied';
import { addCount, EMPTY_STATISTICS, MAX_ROWS, sessionsCounted, StoredStatistics } from './statistics';
import { count } from './statistics.test-rows';

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
