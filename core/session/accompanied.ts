import * as z from 'zod/mini';
import type { PersonView } from './person-view';

/**
 * W1: the accompanied session, a pure state machine. A worker sits beside the person, on
 * one computer. The stored value lives in storage.session (it survives service-worker
 * restarts, reloads and FranceConnect's redirect chain) and is erased when the session
 * ends; "idle" and "ended" are the absence of a stored session.
 *
 *   idle ─start→ scope ─choose-scope→ notice ─agree→ accompanied ─end/stop→ closing
 *   closing ─desk-done→ receipt ─finish→ ended (counters +1)
 *   accompanied ─page (another portal or procedure)→ scope (asked again)
 *   scope / notice ─cancel/decline/stop→ ended (nothing counted: no agreement)
 */

/** The Aidants Connect categories of procedures (the worker declares one with the scope). */
export const SessionCategory = z.enum(['papiers', 'famille', 'social', 'travail', 'logement', 'transports', 'argent', 'justice', 'etranger', 'loisirs']);
export type SessionCategory = z.infer<typeof SessionCategory>;

export const Typist = z.enum(['person', 'worker']);
export type Typist = z.infer<typeof Typist>;

/** W4 digital-autonomy level, 1 (needs someone to do it) … 4 (autonomous). */
export const AutonomyLevel = z.int().check(z.minimum(1), z.maximum(4));
export type AutonomyLevel = z.infer<typeof AutonomyLevel>;

const id = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/), z.maxLength(64));

/** What the person agreed to be helped with: one procedure (a guide pack) of one portal. */
export const SessionScope = z.strictObject({ packId: id, portal: id, category: SessionCategory });
export type SessionScope = z.infer<typeof SessionScope>;

export const SessionPhase = z.enum(['scope', 'notice', 'accompanied', 'closing', 'receipt']);
export type SessionPhase = z.infer<typeof SessionPhase>;

export const SessionOutcome = z.enum(['done', 'not-done']);
export type SessionOutcome = z.infer<typeof SessionOutcome>;

export const AccompaniedSession = z.strictObject({
  v: z.literal(1),
  phase: SessionPhase,
  /** Epoch ms when the worker started: the panel's timer and the duration bucket. Erased at the end. */
  startedAt: z.number(),
  /** Epoch ms when closing began (the duration stops there), or null. */
  closedAt: z.nullable(z.number()),
  /** The scope being declared (phase scope/notice) or in force (accompanied and after). */
  scope: z.nullable(SessionScope),
  /** The scope the person agreed to; coming back to it needs no new agreement. */
  agreed: z.nullable(SessionScope),
  /** Why the scope is asked: first time, or the person went to another portal / procedure. */
  scopeReason: z.enum(['start', 'left-portal', 'left-procedure']),
  typist: Typist,
  /** A password / one-time-code field has the focus: the person types, the panel dims. */
  secretFocus: z.boolean(),
  /** A secret was typed during the session (always by the person: the token moved to them). */
  secretsTyped: z.boolean(),
  /** Within FranceConnect's chain, identity providers' portals do not leave the scope. */
  viaFranceConnect: z.boolean(),
  /** The official tab the person last used: the panel follows it. */
  tabId: z.nullable(z.int()),
  level: z.nullable(AutonomyLevel),
  outcome: z.nullable(SessionOutcome),
  stoppedBy: z.nullable(z.enum(['worker', 'person'])),
});
export type AccompaniedSession = z.infer<typeof AccompaniedSession>;

/** The manifest command (wxt.config.ts) that passes the keyboard between the person and the worker. */
export const SWITCH_TYPIST_COMMAND = 'switch-typist';

/** The portal that FranceConnect runs on (its identity providers are other portals). */
export const FRANCECONNECT_PORTAL = 'franceconnect';

/**
 * Each event's schema by name: the union below and the worker's actions
 * (worker-action.ts) are built from these, so the two cannot drift apart.
 */
export const SessionEvents = {
  start: z.strictObject({ type: z.literal('start'), now: z.number() }),
  'choose-scope': z.strictObject({ type: z.literal('choose-scope'), scope: SessionScope }),
  /** The person's deliberate "J'accepte" (never a default; also offered on their page). */
  agree: z.strictObject({ type: z.literal('agree') }),
  decline: z.strictObject({ type: z.literal('decline') }),
  /** The worker gives up before the agreement. */
  cancel: z.strictObject({ type: z.literal('cancel') }),
  /** The person's tab shows an official page (`portal`) with this walkthrough running (or none). */
  page: z.strictObject({ type: z.literal('page'), tabId: z.int(), portal: id, packId: z.nullable(id) }),
  'set-typist': z.strictObject({ type: z.literal('set-typist'), typist: Typist }),
  'switch-typist': z.strictObject({ type: z.literal('switch-typist') }),
  'secret-focus': z.strictObject({ type: z.literal('secret-focus'), focused: z.boolean() }),
  assess: z.strictObject({ type: z.literal('assess'), level: AutonomyLevel }),
  end: z.strictObject({ type: z.literal('end'), now: z.number() }),
  /** The person's Stop button: the accompaniment ends at once. */
  stop: z.strictObject({ type: z.literal('stop'), now: z.number() }),
  outcome: z.strictObject({ type: z.literal('outcome'), outcome: SessionOutcome }),
  /** The clean desk was done (the clean-desk page says so itself; the worker's button when done by hand). */
  'desk-done': z.strictObject({ type: z.literal('desk-done') }),
  /** Receipt read: the session ends; `month` (YYYY-MM) comes from the clock at the edge. */
  finish: z.strictObject({ type: z.literal('finish'), month: z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/)) }),
};

const E = SessionEvents;
export const SessionEvent = z.discriminatedUnion('type', [
  E.start, E['choose-scope'], E.agree, E.decline, E.cancel, E.page, E['set-typist'], E['switch-typist'],
  E['secret-focus'], E.assess, E.end, E.stop, E.outcome, E['desk-done'], E.finish,
]);
export type SessionEvent = z.infer<typeof SessionEvent>;

export const DurationBucket = z.enum(['under-15-min', '15-30-min', '30-60-min', 'over-60-min']);
export type DurationBucket = z.infer<typeof DurationBucket>;

/** What one finished session adds to the statistics (W3): counters only, nothing about the person. */
export interface SessionCount {
  procedure: string;
  category: SessionCategory;
  month: string;
  duration: DurationBucket;
  completed: boolean;
  level: AutonomyLevel | null;
}

export type TransitionResult =
  | { ok: true; session: AccompaniedSession | null; count: SessionCount | null }
  | { ok: false; reason: 'invalid-transition' | 'secret-field-focused' };

type Session = AccompaniedSession | null;

/** Applies one event. Pure; an event the phase does not accept changes nothing and says why. */
export function transition(session: Session, event: SessionEvent): TransitionResult {
  const next = step(session, event);
  return next === INVALID || next === SECRET ? { ok: false, reason: next === SECRET ? 'secret-field-focused' : 'invalid-transition' } : next;
}

const INVALID = Symbol('invalid');
const SECRET = Symbol('secret');
type Step = { ok: true; session: Session; count: SessionCount | null } | typeof INVALID | typeof SECRET;
const to = (session: Session, count: SessionCount | null = null): Step => ({ ok: true, session, count });

function step(s: Session, e: SessionEvent): Step {
  if (s === null) return e.type === 'start' ? to(newSession(e.now)) : INVALID;
  switch (e.type) {
    case 'start': return INVALID;
    case 'choose-scope': return s.phase === 'scope' || s.phase === 'notice' ? to(chooseScope(s, e.scope)) : INVALID;
    case 'agree': return s.phase === 'notice' && s.scope ? to({ ...s, phase: 'accompanied', agreed: s.scope }) : INVALID;
    case 'decline': return s.phase === 'notice' ? to(null) : INVALID;
    case 'cancel': return s.phase === 'scope' || s.phase === 'notice' ? to(null) : INVALID;
    case 'page': return s.phase === 'accompanied' || s.phase === 'scope' ? to(onPage(s, e)) : INVALID;
    case 'set-typist': return setTypist(s, e.typist);
    case 'switch-typist': return setTypist(s, s.typist === 'person' ? 'worker' : 'person');
    case 'secret-focus': return s.phase === 'accompanied' ? to(onSecretFocus(s, e.focused)) : INVALID;
    case 'assess': return s.phase === 'accompanied' || s.phase === 'closing' ? to({ ...s, level: e.level }) : INVALID;
    case 'end': return close(s, 'worker', e.now);
    case 'stop': return close(s, 'person', e.now);
    case 'outcome': return s.phase === 'closing' ? to({ ...s, outcome: e.outcome }) : INVALID;
    case 'desk-done': return s.phase === 'closing' ? to({ ...s, phase: 'receipt' }) : INVALID;
    case 'finish': return s.phase === 'receipt' ? to(null, countOf(s, e.month)) : INVALID;
  }
}

function newSession(now: number): AccompaniedSession {
  return {
    v: 1, phase: 'scope', startedAt: now, closedAt: null, scope: null, agreed: null, scopeReason: 'start', typist: 'person',
    secretFocus: false, secretsTyped: false, viaFranceConnect: false, tabId: null, level: null, outcome: null, stoppedBy: null,
  };
}

/** Back to the scope the person agreed to: no new agreement. Any other scope: the notice again. */
function chooseScope(s: AccompaniedSession, scope: SessionScope): AccompaniedSession {
  if (s.agreed && sameScope(s.agreed, scope)) return { ...s, phase: 'accompanied', scope, viaFranceConnect: false };
  return { ...s, phase: 'notice', scope };
}

export function sameScope(a: SessionScope, b: SessionScope): boolean {
  return a.packId === b.packId && a.portal === b.portal && a.category === b.category;
}

/** Whether a page of `portal`, with walkthrough `packId` running, stays inside the scope. */
export function scopeCheck(scope: SessionScope, portal: string, packId: string | null, viaFranceConnect: boolean): 'inside' | 'left-portal' | 'left-procedure' {
  if (portal === FRANCECONNECT_PORTAL) return 'inside';
  if (portal !== scope.portal) return viaFranceConnect ? 'inside' : 'left-portal';
  return packId !== null && packId !== scope.packId ? 'left-procedure' : 'inside';
}

function onPage(s: AccompaniedSession, e: Extract<SessionEvent, { type: 'page' }>): AccompaniedSession {
  const followed = { ...s, tabId: e.tabId };
  if (s.phase !== 'accompanied' || !s.scope) return followed;
  const verdict = scopeCheck(s.scope, e.portal, e.packId, s.viaFranceConnect);
  // FranceConnect's chain starts on its own portal and ends back on the scope's portal.
  const viaFranceConnect = e.portal === FRANCECONNECT_PORTAL ? true : e.portal === s.scope.portal ? false : s.viaFranceConnect;
  if (verdict === 'inside') return { ...followed, viaFranceConnect };
  return { ...followed, phase: 'scope', scopeReason: verdict, secretFocus: false, viaFranceConnect: false };
}

function setTypist(s: AccompaniedSession, typist: Typist): Step {
  if (s.phase !== 'accompanied') return INVALID;
  // While a secret field has the focus the token stays with the person.
  if (s.secretFocus && typist === 'worker') return SECRET;
  return to({ ...s, typist });
}

function onSecretFocus(s: AccompaniedSession, focused: boolean): AccompaniedSession {
  return focused ? { ...s, secretFocus: true, secretsTyped: true, typist: 'person' } : { ...s, secretFocus: false };
}

function close(s: AccompaniedSession, by: 'worker' | 'person', now: number): Step {
  // Before the agreement there is nothing to close: the session just ends, nothing counted.
  if (s.phase === 'scope' && !s.agreed) return to(null);
  if (s.phase === 'notice' && !s.agreed) return to(null);
  if (s.phase !== 'accompanied' && s.phase !== 'scope' && s.phase !== 'notice') return INVALID;
  return to({ ...s, phase: 'closing', stoppedBy: by, closedAt: now, secretFocus: false, scope: s.agreed ?? s.scope });
}

/** Minutes → bucket (a finer duration could single out a visit). */
export function durationBucket(ms: number): DurationBucket {
  const minutes = Math.max(0, ms) / 60_000;
  if (minutes < 15) return 'under-15-min';
  if (minutes < 30) return '15-30-min';
  if (minutes < 60) return '30-60-min';
  return 'over-60-min';
}

function countOf(s: AccompaniedSession, month: string): SessionCount | null {
  const scope = s.agreed;
  if (!scope) return null;
  return {
    procedure: scope.packId,
    category: scope.category,
    month,
    duration: durationBucket((s.closedAt ?? s.startedAt) - s.startedAt),
    completed: s.outcome === 'done',
    level: s.level,
  };
}

/**
 * What the person's page needs to know (pushed to the portal tabs): no scope id, no times;
 * during the notice, the title of the procedure asked for (`titleOf` a pack id), which
 * the person's notice names.
 */
export function personViewOf(s: Session, titleOf: (packId: string) => string | null = () => null): PersonView | null {
  if (!s) return null;
  const procedure = s.phase === 'notice' && s.scope ? titleOf(s.scope.packId) : null;
  return { phase: s.phase, typist: s.typist, secretFocus: s.secretFocus, procedure };
}
