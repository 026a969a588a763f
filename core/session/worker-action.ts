import * as z from 'zod/mini';
import { SessionEvents, type SessionEvent } from './accompanied';

/**
 * What the worker does from the side panel (`session.act`): the session events of the
 * panel's buttons, without the times and months, which come from the background's clock.
 * Built from `SessionEvents`, so an event's fields are written once (worker-action.test.ts
 * checks the type against `SessionEvent` too).
 */
const E = SessionEvents;
export const WorkerAction = z.discriminatedUnion('type', [
  z.omit(E.start, { now: true }),
  E['choose-scope'],
  E.agree,
  E.decline,
  E.cancel,
  E['set-typist'],
  E['switch-typist'],
  E.assess,
  z.omit(E.end, { now: true }),
  E.outcome,
  E['desk-done'],
  z.omit(E.finish, { month: true }),
]);
export type WorkerAction = z.infer<typeof WorkerAction>;

/** The clock at the edge: epoch ms and the local month (YYYY-MM). */
export interface EdgeClock {
  now: number;
  month: string;
}

/** The session event a worker's action is, stamped with the background's clock. */
export function eventOfAction(action: WorkerAction, clock: EdgeClock): SessionEvent {
  switch (action.type) {
    case 'start':
    case 'end':
      return { type: action.type, now: clock.now };
    case 'finish':
      return { type: 'finish', month: clock.month };
    default:
      return action;
  }
}
