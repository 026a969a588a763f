import { describe, expect, expectTypeOf, it } from 'vitest';
import { SessionEvent, SessionEvents, transition } from './accompanied';
import { eventOfAction, WorkerAction } from './worker-action';

/** A session event without the fields the background's clock fills in. */
type Unstamped<E> = E extends unknown ? Omit<E, 'now' | 'month'> : never;
/** Events that only the person's page or the browser send, never the worker's panel. */
type NotFromWorker = 'page' | 'secret-focus' | 'stop';

describe('WorkerAction', () => {
  it('is SessionEvent minus the page/browser events, without clock fields (one source for both types)', () => {
    expectTypeOf<WorkerAction>().toEqualTypeOf<Unstamped<Exclude<SessionEvent, { type: NotFromWorker }>>>();
  });

  it('every named event is in the union, under its own type name', () => {
    const names = Object.keys(SessionEvents);
    expect(names).toHaveLength(15);
    for (const name of names) {
      const sample = SessionEvent.safeParse({ type: name });
      // A missing field is an issue on that field, never "no such type".
      expect(sample.success || sample.error.issues.every((i) => i.code !== 'invalid_union')).toBe(true);
    }
  });

  it('parses the worker actions and refuses clock fields and page events', () => {
    expect(WorkerAction.safeParse({ type: 'start' }).success).toBe(true);
    expect(WorkerAction.safeParse({ type: 'start', now: 1 }).success).toBe(false);
    expect(WorkerAction.safeParse({ type: 'finish', month: '2026-01' }).success).toBe(false);
    expect(WorkerAction.safeParse({ type: 'stop', now: 1 }).success).toBe(false);
    expect(WorkerAction.safeParse({ type: 'page', tabId: 1, portal: 'caf', packId: null }).success).toBe(false);
    expect(WorkerAction.safeParse({ type: 'assess', level: 3 }).success).toBe(true);
  });

  it('eventOfAction stamps start, end and finish with the clock, and passes the others as they are', () => {
    const clock = { now: 1_000, month: '2026-03' };
    expect(eventOfAction({ type: 'start' }, clock)).toEqual({ type: 'start', now: 1_000 });
    expect(eventOfAction({ type: 'end' }, clock)).toEqual({ type: 'end', now: 1_000 });
    expect(eventOfAction({ type: 'finish' }, clock)).toEqual({ type: 'finish', month: '2026-03' });
    expect(eventOfAction({ type: 'outcome', outcome: 'done' }, clock)).toEqual({ type: 'outcome', outcome: 'done' });
    for (const action of [{ type: 'start' }, { type: 'agree' }, { type: 'end' }, { type: 'finish' }] as const) {
      expect(SessionEvent.safeParse(eventOfAction(action, clock)).success).toBe(true);
    }
    expect(transition(null, eventOfAction({ type: 'start' }, clock))).toMatchObject({ ok: true, session: { startedAt: 1_000 } });
  });
});
