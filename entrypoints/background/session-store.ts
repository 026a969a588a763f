import { sessionItem } from '../../lib/storage-items';
import { AccompaniedSession, transition, type SessionCount, type SessionEvent, type TransitionResult } from '../../core/session/accompanied';

/**
 * The accompanied session (W1) in storage.session (`sessionItem`): it survives service-worker
 * restarts, reloads and FranceConnect's redirect chain, and ends with the browser. Ending
 * the session removes the key. Only the background writes it (content scripts cannot reach it).
 */

/** The session's storage key (the side panel's events watch it). */
export const SESSION_KEY = sessionItem.key;

/** The stored session; a value that does not parse is dropped and reported, never trusted. */
export function readSession(): Promise<AccompaniedSession | null> {
  return sessionItem.get();
}

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
export async function applySessionEvent(event: SessionEvent | ((s: AccompaniedSession | null) => SessionEvent | null), onCount: (count: SessionCount) => Promise<void>): Promise<Applied> {
  // Events arrive from the panel, the page and browser events at once (a focus and a click):
  // `update` runs each read-transition-write after the previous one, so none is lost.
  let applied: Applied = { result: { ok: true, session: null, count: null }, changed: false };
  await sessionItem.update(async (before) => {
    const chosen = typeof event === 'function' ? event(before) : event;
    const result: TransitionResult = chosen ? transition(before, chosen) : { ok: true, session: before, count: null };
    if (!chosen || !result.ok) {
      applied = { result, changed: false };
      return before;
    }
    if (result.count) await onCount(result.count);
    const changed = JSON.stringify(before) !== JSON.stringify(result.session);
    applied = { result, changed };
    return changed ? result.session : before;
  });
  return applied;
}
