import type * as z from 'zod/mini';
import { browser } from 'wxt/browser';

/**
 * One of our values in storage.session (per browser session: gone when it closes, kept
 * across service-worker restarts), parsed on read. A value that does not parse is removed
 * and reported by name only — never its content — and never trusted: null comes back.
 */
export async function readSessionItem<T>(key: string, schema: z.ZodMiniType<T>, name: string): Promise<T | null> {
  const raw = (await browser.storage.session.get(key))[key];
  if (raw === undefined) return null;
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  console.warn(`[Côte à côte] ${name} illisible : valeur effacée`);
  await browser.storage.session.remove(key);
  return null;
}
