import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { SessionCount } from '../core/session/accompanied';
import { clearStatistics, readStatistics, recordSession, watchStatistics } from './statistics-store';

const count = (over: Partial<SessionCount> = {}): SessionCount => ({
  procedure: 'caf-declaration-trimestrielle', category: 'social', month: '2026-11', duration: '30-60-min', completed: true, level: 3, ...over,
});

/** Every string and number anywhere in a stored value. */
function leaves(value: unknown, path = ''): Array<{ path: string; value: unknown }> {
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leaves(v, `${path}.${k}`));
  return [{ path, value }];
}

describe('statistics store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts empty', async () => {
    expect(await readStatistics()).toEqual({ v: 1, rows: [] });
  });

  it('recordSession counts, and two sessions finishing together both count', async () => {
    await recordSession(count());
    await Promise.all([recordSession(count()), recordSession(count({ level: null, completed: false }))]);
    expect(await readStatistics()).toEqual({
      v: 1,
      rows: [
        { ...count(), count: 2 },
        { ...count({ level: null, completed: false }), count: 1 },
      ],
    });
  });

  it('the stored value holds counters only: exact keys, no timestamp, no free text', async () => {
    await recordSession(count());
    await recordSession(count({ month: '2026-12', duration: 'under-15-min', level: null }));
    await recordSession(count({ procedure: 'ants-carte-identite', category: 'papiers', completed: false, level: 1 }));
    const all = await fakeBrowser.storage.local.get(null);
    // Only our key in storage.local (its version is the value's `v`).
    expect(Object.keys(all)).toEqual(['statistics']);
    const stored = all['statistics'] as { v: number; rows: Array<Record<string, unknown>> };
    expect(Object.keys(stored).sort()).toEqual(['rows', 'v']);
    for (const row of stored.rows) expect(Object.keys(row).sort()).toEqual(['category', 'completed', 'count', 'duration', 'level', 'month', 'procedure']);
    for (const { path, value } of leaves(stored)) {
      // No timestamps: no number above 9999 (a count could be, in years; here they are small).
      if (typeof value === 'number') expect([path, value <= 9999]).toEqual([path, true]);
      // No free text: every string is a slug, a month or a bucket (no spaces, no capitals).
      if (typeof value === 'string') expect([path, /^[a-z0-9-]{1,64}$/.test(value)]).toEqual([path, true]);
      expect(['number', 'string', 'boolean'].includes(typeof value) || value === null).toBe(true);
    }
    expect(stored.rows.map((r) => r['count'])).toEqual([1, 1, 1]);
  });

  it('refuses a count that is not counters only, with a warning that holds no content', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await recordSession({ ...count(), procedure: 'Dossier de Mme Dupont' });
    await recordSession({ ...count(), note: 'texte' } as SessionCount);
    expect(await readStatistics()).toEqual({ v: 1, rows: [] });
    expect(JSON.stringify(warn.mock.calls)).not.toMatch(/Dupont|texte/);
    warn.mockRestore();
  });

  it('reads a bad stored value as empty statistics, warns without the content, never throws', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await fakeBrowser.storage.local.set({ statistics: { v: 1, rows: [{ ...count(), count: 2, name: 'Mme Dupont' }] } });
    expect(await readStatistics()).toEqual({ v: 1, rows: [] });
    await fakeBrowser.storage.local.set({ statistics: 'du texte' });
    expect(await readStatistics()).toEqual({ v: 1, rows: [] });
    expect(warn).toHaveBeenCalled();
    expect(JSON.stringify(warn.mock.calls)).not.toMatch(/Dupont|du texte/);
    // A session counted after a bad value starts again from zero.
    await recordSession(count());
    expect((await readStatistics()).rows).toEqual([{ ...count(), count: 1 }]);
    warn.mockRestore();
  });

  it('clearStatistics erases them, and watchers see changes', async () => {
    const seen: number[] = [];
    const unwatch = watchStatistics((s) => seen.push(s.rows.length));
    await recordSession(count());
    await clearStatistics();
    expect(await readStatistics()).toEqual({ v: 1, rows: [] });
    expect(Object.keys(await fakeBrowser.storage.local.get(null)).filter((k) => k.startsWith('statistics'))).toEqual([]);
    await vi.waitFor(() => expect(seen).toEqual([1, 0]));
    unwatch();
  });
});
