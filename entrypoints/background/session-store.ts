import { browser } from 'wxt/browser';
import { readSessionItem } from '../../lib/session-storage';
import { AccompaniedSession, transition, type SessionCount, type SessionEvent, type TransitionResult } from '../../core/session/accompanied';

/**
 * The accompanied session (W1) in storage.session: it survives service-worker restarts,
 * reloads and FranceConnect's redirect chain, and ends with the browser. Ending the session
 * removes the key. Only the background writes it (content scripts cannot reach it).
 */
export const SESSION_KEY = 'session';

/** The stored session; a value that does not parse is dropped and reported, never trusted. */
export function readSession(): Promise<AccompaniedSession | null> {
  return readSessionItem(SESSION_KEY, AccompaniedSession, 'session accompagnée');
}

async function writeSession(session: AccompaniedSession | null): Promise<void> {
  if (session) await browser.storage.session.set({ [SESSION_KEY]: session });
  else await browser.storage.session.remove(SESSION_KEY);
}

// Events arrive from the panel, the page and browser events at once (a focus and a click):
// each read-transition-write runs after the previous one, so none is lost.
let queue: Promise<unknown> = Promise.resolve();

export interface Applied {
  result: TransitionResult;
  /** Whether the stored session changed (the person's pages are told). */
  changed: boolean;
}

/**
 * Applies one event to the stored session, in order. `onCount` receives what a finished
 * session adds to the statistics (before the session is erased, so a failure to count
 * leaves the receipt in place rather than losing it).
 */
export function applySessionEvent(event: SessionEvent | ((s: AccompaniedSession | null) => SessionEvent | null), onCount: (count: SessionCount) => Promise<void>): Promise<Applied> {
  const run = queue.then(async (): Promise<Applied> => {
    const before = await readSession();
    const chosen = typeof event === 'function' ? event(before) : event;
    if (!chosen) return { result: { ok: true, session: before, count: null }, changed: false };
    const result = transition(before, chosen);
    if (!result.ok) return { result, changed: false };
    if (result.count) await onCount(result.count);
    const changed = JSON.stringify(before) !== JSON.stringify(result.session);
    if (changed) await writeSession(result.session);
    return { result, changed };
  });
  queue = run.catch(() => undefined);
  return run;
}
