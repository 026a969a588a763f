import type * as z from 'zod/mini';
import { browser } from 'wxt/browser';
import { issuePaths } from '../core/protocol/contract';

/**
 * How one stored value is read and written. Every item is declared in lib/storage-items.ts;
 * this module is the mechanism only. Defining an item touches no storage: reads, writes
 * and migrations happen when called.
 */
export type StorageAreaName = 'local' | 'session';

export interface ItemSpec<T> {
  key: string;
  /** `local`: kept until removed; `session`: gone when the browser closes, kept across service-worker restarts. */
  area: StorageAreaName;
  schema: z.ZodMiniType<T>;
  /**
   * The current version. It travels in the value as `v` (a value without `v` is version 1);
   * `migrations[n]` turns a version n−1 value into version n, on read.
   */
  version: number;
  migrations: Record<number, (previous: unknown) => unknown>;
  /** What a missing or unreadable value reads as. */
  fallback: T;
  /** Words for the warning ("réglages"), never the value. */
  name: string;
  /** Keeps what can be kept of a value that fails (settings keep their valid fields); null: nothing. */
  repair?: (raw: unknown) => T | null;
}

export interface StoredItem<T> {
  readonly key: string;
  readonly area: StorageAreaName;
  readonly fallback: T;
  /** The stored value, migrated and parsed; the fallback when missing or unreadable. */
  get(): Promise<T>;
  /** Writes a value (after the updates already queued for this key); null removes the key. */
  set(value: T | null): Promise<void>;
  remove(): Promise<void>;
  /**
   * Read-modify-write, one at a time per key in this context: two updates started together
   * both land. `change` must not touch this item itself (it would wait for itself). Returning
   * the same value writes nothing; null removes the key.
   */
  update(change: (current: T) => T | null | Promise<T | null>): Promise<T>;
  /** Calls `listener` with the parsed value after every change, from any context; returns the unwatch function. */
  watch(listener: (value: T) => void): () => void;
}

// One queue per stored key, for this JavaScript context (the background is the only writer
// of storage.session; extension pages write only what they show).
const queues = new Map<string, Promise<unknown>>();

function queued<R>(id: string, run: () => Promise<R>): Promise<R> {
  const next = (queues.get(id) ?? Promise.resolve()).then(run);
  const settled = next.catch(() => undefined);
  queues.set(id, settled);
  void settled.then(() => queues.get(id) === settled && queues.delete(id));
  return next;
}

const versionOf = (raw: unknown): number =>
  typeof raw === 'object' && raw !== null && typeof (raw as { v?: unknown }).v === 'number' ? (raw as { v: number }).v : 1;

const UNREADABLE = Symbol('unreadable');

/** Runs the migrations from the value's version up to the item's; UNREADABLE when it cannot. */
function migrate<T>(spec: ItemSpec<T>, raw: unknown): unknown {
  let value = raw;
  const from = versionOf(raw);
  if (from > spec.version) return UNREADABLE; // written by a newer version: not ours to guess
  for (let n = from + 1; n <= spec.version; n++) {
    const step = spec.migrations[n];
    if (!step) return UNREADABLE;
    value = step(value);
  }
  return value;
}

type Parsed<T> = { ok: boolean; value: T };

/** A stored value, parsed. A failure is reported by issue paths only, never its content. */
function parse<T>(spec: ItemSpec<T>, raw: unknown): Parsed<T> {
  if (raw === undefined || raw === null) return { ok: true, value: spec.fallback };
  const migrated = migrate(spec, raw);
  const parsed = migrated === UNREADABLE ? null : spec.schema.safeParse(migrated);
  if (parsed?.success) return { ok: true, value: parsed.data };
  console.warn(`[Côte à côte] ${spec.name} illisible`, parsed ? issuePaths(parsed.error).slice(0, 10) : ['v']);
  return { ok: false, value: (migrated !== UNREADABLE && spec.repair?.(migrated)) || spec.fallback };
}

export function defineItem<T>(spec: ItemSpec<T>): StoredItem<T> {
  const id = `${spec.area}:${spec.key}`;
  const area = () => browser.storage[spec.area];
  const write = (value: T | null) => (value === null ? area().remove(spec.key) : area().set({ [spec.key]: value }));
  // Reading parses; a session value that does not parse is removed (it was ours, and is
  // never trusted again); a local one is kept, so a later version may still read it.
  const read = async (): Promise<T> => {
    const parsed = parse(spec, (await area().get(spec.key))[spec.key]);
    if (!parsed.ok && spec.area === 'session') await area().remove(spec.key);
    return parsed.value;
  };
  return {
    key: spec.key,
    area: spec.area,
    fallback: spec.fallback,
    get: read,
    set: (value) => queued(id, () => write(value)),
    remove: () => queued(id, () => write(null)),
    update: (change) =>
      queued(id, async () => {
        const current = await read();
        const next = await change(current);
        if (next !== current) await write(next);
        return next ?? spec.fallback;
      }),
    watch(listener) {
      const onChanged = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
        if (areaName === spec.area && Object.hasOwn(changes, spec.key)) listener(parse(spec, changes[spec.key]!.newValue).value);
      };
      // storage.onChanged (not storage.<area>.onChanged): the same event in Chrome and Firefox.
      browser.storage.onChanged.addListener(onChanged);
      return () => browser.storage.onChanged.removeListener(onChanged);
    },
  };
}

export interface ItemFamily<T, Id extends string | number> {
  /** The key before the id (`walkthrough:`), and the name of the id in the docs (`tabId`). */
  readonly prefix: string;
  readonly idName: string;
  readonly area: StorageAreaName;
  of(id: Id): StoredItem<T>;
}

/** Items keyed by an id (`walkthrough:<tabId>`): one declaration, one item per id. */
export function defineFamily<T, Id extends string | number>(spec: Omit<ItemSpec<T>, 'key'> & { prefix: string; idName: string }): ItemFamily<T, Id> {
  const { prefix, idName, ...rest } = spec;
  return { prefix, idName, area: spec.area, of: (id) => defineItem({ ...rest, key: `${prefix}${id}` }) };
}
