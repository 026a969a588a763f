import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import * as z from 'zod/mini';
import { defineFamily, defineItem } from './stored-item';

const Notes = z.object({ v: z.literal(2), ids: z.array(z.string()) });
/** A version-2 item whose version 1 was a bare array: the migration wraps it. */
const notes = (area: 'local' | 'session' = 'session') =>
  defineItem({
    key: 'test:notes',
    area,
    schema: Notes,
    version: 2,
    migrations: { 2: (old: unknown) => ({ v: 2, ids: old }) },
    fallback: { v: 2 as const, ids: [] as string[] },
    name: 'notes de test',
  });
const stored = async (area: 'local' | 'session' = 'session') => (await fakeBrowser.storage[area].get('test:notes'))['test:notes'];

describe('stored items (lib/stored-item.ts)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads a missing value as the fallback, and writes nothing for it', async () => {
    expect(await notes().get()).toEqual({ v: 2, ids: [] });
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('two tabs updating the same item at once lose nothing (update is serialized per key)', async () => {
    const item = notes();
    const ids = Array.from({ length: 20 }, (_, i) => `tab-${i}`);
    // Each update reads, waits (another message arrives), then writes: without the queue all but one are lost.
    await Promise.all(ids.map((id) => item.update(async (current) => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      return { v: 2, ids: [...current.ids, id] };
    })));
    expect((await item.get()).ids.sort()).toEqual([...ids].sort());
  });

  it('a set or remove waits for the updates already queued', async () => {
    const item = notes();
    const slow = item.update(async (current) => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      return { v: 2, ids: [...current.ids, 'late'] };
    });
    const removed = item.remove();
    await Promise.all([slow, removed]);
    expect(await stored()).toBeUndefined();
  });

  it('an update that returns the same value writes nothing; null removes the key', async () => {
    const item = notes();
    const set = vi.spyOn(fakeBrowser.storage.session, 'set');
    await item.update((current) => current);
    expect(set).not.toHaveBeenCalled();
    await item.set({ v: 2, ids: ['a'] });
    expect(await item.update(() => null)).toEqual({ v: 2, ids: [] });
    expect(await stored()).toBeUndefined();
  });

  it('migrates an older value on read (a value without `v` is version 1)', async () => {
    await fakeBrowser.storage.session.set({ 'test:notes': ['rsa', 'caf'] });
    expect(await notes().get()).toEqual({ v: 2, ids: ['rsa', 'caf'] });
    await notes().update((current) => ({ ...current, ids: [...current.ids, 'are'] }));
    expect(await stored()).toEqual({ v: 2, ids: ['rsa', 'caf', 'are'] });
  });

  it('a value that does not parse reads as the fallback, reported by issue path only; a session value is removed', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await fakeBrowser.storage.session.set({ 'test:notes': { v: 2, ids: [42], secret: 'Mme Dupont' } });
    expect(await notes().get()).toEqual({ v: 2, ids: [] });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('notes de test'), ['ids.0']);
    expect(JSON.stringify(warn.mock.calls)).not.toMatch(/Dupont|42/);
    expect(await stored()).toBeUndefined();
    warn.mockRestore();
  });

  it('a local value that does not parse is kept (a later version may still read it)', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await fakeBrowser.storage.local.set({ 'test:notes': { v: 2, ids: 'x' } });
    expect(await notes('local').get()).toEqual({ v: 2, ids: [] });
    expect(await stored('local')).toEqual({ v: 2, ids: 'x' });
    warn.mockRestore();
  });

  it('a value from a newer version is not guessed at: fallback, reported', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await fakeBrowser.storage.session.set({ 'test:notes': { v: 3, ids: ['a'] } });
    expect(await notes().get()).toEqual({ v: 2, ids: [] });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('notes de test'), ['v']);
    warn.mockRestore();
  });

  it('watch gives parsed values from any writer until unwatched', async () => {
    const seen: string[][] = [];
    const unwatch = notes().watch((value) => seen.push(value.ids));
    await fakeBrowser.storage.session.set({ 'test:notes': { v: 2, ids: ['a'] } });
    await fakeBrowser.storage.session.remove('test:notes');
    await fakeBrowser.storage.local.set({ 'test:notes': { v: 2, ids: ['other area'] } });
    unwatch();
    await fakeBrowser.storage.session.set({ 'test:notes': { v: 2, ids: ['b'] } });
    expect(seen).toEqual([['a'], []]);
  });

  it('a family keys one item per id', async () => {
    const family = defineFamily<{ v: 1; n: number } | null, number>({
      prefix: 'test:', idName: 'tabId', area: 'session', schema: z.nullable(z.object({ v: z.literal(1), n: z.int() })), version: 1, migrations: {}, fallback: null, name: 'test',
    });
    await family.of(3).set({ v: 1, n: 1 });
    await family.of(4).update(() => ({ v: 1, n: 2 }));
    expect(await fakeBrowser.storage.session.get(null)).toEqual({ 'test:3': { v: 1, n: 1 }, 'test:4': { v: 1, n: 2 } });
    await family.of(3).remove();
    expect(await family.of(3).get()).toBeNull();
  });
});
