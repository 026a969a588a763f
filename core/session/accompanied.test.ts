import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  AccompaniedSession, durationBucket, personViewOf, scopeCheck, SessionEvent, transition,
  type SessionScope,
} from './accompanied';

const CAF: SessionScope = { packId: 'caf-declaration-trimestrielle', portal: 'caf', category: 'social' };
const CAF_DOC: SessionScope = { packId: 'caf-envoyer-document', portal: 'caf', category: 'social' };
const T0 = 1_700_000_000_000;

/** Runs events from idle; every one must be accepted. */
function run(...events: SessionEvent[]): AccompaniedSession | null {
  let session: AccompaniedSession | null = null;
  for (const event of events) {
    const result = transition(session, event);
    if (!result.ok) throw new Error(`${event.type} refused: ${result.reason}`);
    session = result.session;
  }
  return session;
}

const start: SessionEvent = { type: 'start', now: T0 };
const choose = (scope = CAF): SessionEvent => ({ type: 'choose-scope', scope });
const agree: SessionEvent = { type: 'agree' };
const page = (portal: string, packId: string | null = null, tabId = 7): SessionEvent => ({ type: 'page', tabId, portal, packId });
const end = (minutes = 20): SessionEvent => ({ type: 'end', now: T0 + minutes * 60_000 });

/** One sample session per situation the machine distinguishes. */
const SITUATIONS: Record<string, AccompaniedSession | null> = {
  idle: null,
  scope: run(start),
  notice: run(start, choose()),
  accompanied: run(start, choose(), agree),
  'accompanied+secret': run(start, choose(), agree, { type: 'secret-focus', focused: true }),
  'scope-after-leaving': run(start, choose(), agree, page('ameli')),
  'notice-after-leaving': run(start, choose(), agree, page('ameli'), choose(CAF_DOC)),
  closing: run(start, choose(), agree, end()),
  receipt: run(start, choose(), agree, end(), { type: 'desk-done' }),
};

const EVENTS: Record<SessionEvent['type'], SessionEvent> = {
  start,
  'choose-scope': choose(),
  agree,
  decline: { type: 'decline' },
  cancel: { type: 'cancel' },
  page: page('caf'),
  'set-typist': { type: 'set-typist', typist: 'worker' },
  'switch-typist': { type: 'switch-typist' },
  'secret-focus': { type: 'secret-focus', focused: true },
  assess: { type: 'assess', level: 3 },
  end: end(),
  stop: { type: 'stop', now: T0 + 60_000 },
  outcome: { type: 'outcome', outcome: 'done' },
  'desk-done': { type: 'desk-done' },
  finish: { type: 'finish', month: '2026-11' },
};

/** Which (situation, event) pairs are accepted; everything else must be refused. */
const ACCEPTED: Record<string, Array<SessionEvent['type']>> = {
  idle: ['start'],
  scope: ['choose-scope', 'cancel', 'page', 'end', 'stop'],
  notice: ['choose-scope', 'agree', 'decline', 'cancel', 'end', 'stop'],
  accompanied: ['page', 'set-typist', 'switch-typist', 'secret-focus', 'assess', 'end', 'stop'],
  // While a secret field has the focus the keyboard cannot go to the worker.
  'accompanied+secret': ['page', 'secret-focus', 'assess', 'end', 'stop'],
  'scope-after-leaving': ['choose-scope', 'cancel', 'page', 'end', 'stop'],
  'notice-after-leaving': ['choose-scope', 'agree', 'decline', 'cancel', 'end', 'stop'],
  closing: ['assess', 'outcome', 'desk-done'],
  receipt: ['finish'],
};

describe('accompanied session: every event in every situation', () => {
  for (const [name, session] of Object.entries(SITUATIONS)) {
    for (const [type, event] of Object.entries(EVENTS)) {
      const accepted = ACCEPTED[name]!.includes(type as SessionEvent['type']);
      it(`${name} + ${type} → ${accepted ? 'accepted' : 'refused'}`, () => {
        const result = transition(session, event);
        expect(result.ok).toBe(accepted);
        if (result.ok && result.session) expect(AccompaniedSession.safeParse(result.session).success).toBe(true);
        // A refused event never changes anything (the caller keeps the session it had).
        if (!result.ok) expect(result.reason).toMatch(/invalid-transition|secret-field-focused/);
      });
    }
  }
});

describe('accompanied session: the path of a session', () => {
  it('start → scope: the timer starts, the person types first, nothing agreed', () => {
    expect(run(start)).toMatchObject({ phase: 'scope', startedAt: T0, typist: 'person', agreed: null, scopeReason: 'start' });
  });

  it('the agreement is a deliberate event, never a default: choosing a scope only shows the notice', () => {
    expect(run(start, choose())).toMatchObject({ phase: 'notice', scope: CAF, agreed: null });
    expect(run(start, choose(), agree)).toMatchObject({ phase: 'accompanied', agreed: CAF });
  });

  it('declining, cancelling or stopping before the agreement ends the session with nothing counted', () => {
    for (const last of [{ type: 'decline' }, { type: 'cancel' }, { type: 'stop', now: T0 }] as SessionEvent[]) {
      const result = transition(run(start, choose()), last);
      expect(result).toEqual({ ok: true, session: null, count: null });
    }
  });

  it('secret field: the token moves to the person and stays there until the field loses focus', () => {
    let s = run(start, choose(), agree, { type: 'set-typist', typist: 'worker' });
    expect(s?.typist).toBe('worker');
    s = run(start, choose(), agree, { type: 'set-typist', typist: 'worker' }, { type: 'secret-focus', focused: true });
    expect(s).toMatchObject({ typist: 'person', secretFocus: true, secretsTyped: true });
    expect(transition(s, { type: 'switch-typist' })).toEqual({ ok: false, reason: 'secret-field-focused' });
    expect(transition(s, { type: 'set-typist', typist: 'person' }).ok).toBe(true);
    const after = transition(s, { type: 'secret-focus', focused: false });
    expect(after.ok && after.session).toMatchObject({ secretFocus: false, typist: 'person', secretsTyped: true });
    expect(after.ok && transition(after.session, { type: 'switch-typist' }).ok).toBe(true);
  });

  it('FranceConnect chain: franceconnect and its identity provider stay in scope, back to CAF ends the chain', () => {
    const s = run(start, choose(), agree, page('franceconnect'), page('impots'), page('franceconnect'), page('caf'));
    expect(s).toMatchObject({ phase: 'accompanied', viaFranceConnect: false });
    // Outside the chain, another portal leaves the scope.
    expect(run(start, choose(), agree, page('caf'), page('impots'))).toMatchObject({ phase: 'scope', scopeReason: 'left-portal' });
  });

  it('another procedure on the same portal asks the scope again; coming back to the agreed scope needs no new agreement', () => {
    const left = run(start, choose(), agree, page('caf', 'caf-envoyer-document'));
    expect(left).toMatchObject({ phase: 'scope', scopeReason: 'left-procedure', agreed: CAF });
    expect(transition(left, choose(CAF))).toMatchObject({ ok: true, session: { phase: 'accompanied', scope: CAF } });
    expect(transition(left, choose(CAF_DOC))).toMatchObject({ ok: true, session: { phase: 'notice', scope: CAF_DOC, agreed: CAF } });
  });

  it('a page event follows the tab but cannot leave the scope outside the accompanied phase', () => {
    expect(run(start, page('ameli', null, 12))).toMatchObject({ phase: 'scope', tabId: 12, scopeReason: 'start' });
  });

  it('the person stops: the accompaniment closes at once, stopped by the person', () => {
    const s = run(start, choose(), agree, { type: 'stop', now: T0 + 5 * 60_000 });
    expect(s).toMatchObject({ phase: 'closing', stoppedBy: 'person', closedAt: T0 + 5 * 60_000, secretFocus: false });
  });

  it('ending after leaving the scope closes with the agreed scope', () => {
    const s = run(start, choose(), agree, page('ameli'), choose(CAF_DOC), end());
    expect(s).toMatchObject({ phase: 'closing', scope: CAF });
  });

  it('finish: the session is erased and one count comes out, with buckets and no time', () => {
    const result = transition(run(start, choose(), agree, { type: 'assess', level: 2 }, end(42), { type: 'outcome', outcome: 'done' }, { type: 'desk-done' }), { type: 'finish', month: '2026-11' });
    expect(result).toEqual({
      ok: true,
      session: null,
      count: { procedure: CAF.packId, category: 'social', month: '2026-11', duration: '30-60-min', completed: true, level: 2 },
    });
  });

  it('a malformed month is refused by the event schema', () => {
    expect(SessionEvent.safeParse({ type: 'finish', month: '2026-13' }).success).toBe(false);
    expect(SessionEvent.safeParse({ type: 'finish', month: '2026-11-22' }).success).toBe(false);
  });
});

describe('scopeCheck and buckets', () => {
  it('decides inside / left-portal / left-procedure', () => {
    expect(scopeCheck(CAF, 'caf', null, false)).toBe('inside');
    expect(scopeCheck(CAF, 'caf', CAF.packId, false)).toBe('inside');
    expect(scopeCheck(CAF, 'caf', 'caf-envoyer-document', false)).toBe('left-procedure');
    expect(scopeCheck(CAF, 'franceconnect', null, false)).toBe('inside');
    expect(scopeCheck(CAF, 'impots', null, true)).toBe('inside');
    expect(scopeCheck(CAF, 'impots', null, false)).toBe('left-portal');
  });

  it('duration buckets at their edges', () => {
    expect([0, 14.99, 15, 29.99, 30, 59.99, 60, 600].map((m) => durationBucket(m * 60_000))).toEqual([
      'under-15-min', 'under-15-min', '15-30-min', '15-30-min', '30-60-min', '30-60-min', 'over-60-min', 'over-60-min',
    ]);
    expect(durationBucket(-5)).toBe('under-15-min');
  });

  it('the person view carries the phase and the token, and the procedure\'s title during the notice only', () => {
    const titleOf = (id: string) => (id === CAF.packId ? 'Déclarer vos ressources à la CAF' : null);
    expect(personViewOf(run(start, choose()), titleOf)).toEqual({ phase: 'notice', typist: 'person', secretFocus: false, procedure: 'Déclarer vos ressources à la CAF' });
    expect(personViewOf(run(start, choose(CAF_DOC)), titleOf)?.procedure).toBeNull();
    expect(personViewOf(run(start, choose(), agree), titleOf)).toEqual({ phase: 'accompanied', typist: 'person', secretFocus: false, procedure: null });
    expect(personViewOf(run(start, choose()))?.procedure).toBeNull();
    expect(personViewOf(null)).toBeNull();
  });
});

describe('accompanied session: properties over random event sequences', () => {
  const scope = fc.constantFrom(CAF, CAF_DOC, { packId: 'ameli-attestation-droits', portal: 'ameli', category: 'social' } as SessionScope);
  const event: fc.Arbitrary<SessionEvent> = fc.oneof(
    fc.constant<SessionEvent>(start),
    scope.map((s): SessionEvent => ({ type: 'choose-scope', scope: s })),
    fc.constantFrom<SessionEvent>(agree, { type: 'decline' }, { type: 'cancel' }, { type: 'switch-typist' }, { type: 'desk-done' }),
    fc.constantFrom('caf', 'ameli', 'franceconnect', 'impots').chain((portal) =>
      fc.constantFrom(null, 'caf-envoyer-document', 'caf-declaration-trimestrielle').map((packId): SessionEvent => ({ type: 'page', tabId: 3, portal, packId }))),
    fc.constantFrom('person', 'worker').map((typist): SessionEvent => ({ type: 'set-typist', typist: typist as 'person' | 'worker' })),
    fc.boolean().map((focused): SessionEvent => ({ type: 'secret-focus', focused })),
    fc.integer({ min: 1, max: 4 }).map((level): SessionEvent => ({ type: 'assess', level })),
    fc.integer({ min: 0, max: 200 }).map((m): SessionEvent => ({ type: 'end', now: T0 + m * 60_000 })),
    fc.integer({ min: 0, max: 200 }).map((m): SessionEvent => ({ type: 'stop', now: T0 + m * 60_000 })),
    fc.constantFrom<SessionEvent>({ type: 'outcome', outcome: 'done' }, { type: 'outcome', outcome: 'not-done' }, { type: 'finish', month: '2026-11' }),
  );

  it('never throws, always stores a valid shape, keeps the token with the person on a secret, counts only agreed sessions at finish', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 60 }), (events) => {
        let session: AccompaniedSession | null = null;
        for (const e of events) {
          const result = transition(session, e);
          if (!result.ok) continue;
          if (result.count) {
            expect(e.type).toBe('finish');
            expect(session?.agreed).not.toBeNull();
          }
          session = result.session;
          if (!session) continue;
          expect(AccompaniedSession.safeParse(session).success).toBe(true);
          if (session.secretFocus) expect(session.typist).toBe('person');
          if (session.phase === 'accompanied') expect(session.agreed).not.toBeNull();
          if (session.phase === 'closing' || session.phase === 'receipt') expect(session.closedAt).not.toBeNull();
        }
      }),
      { numRuns: 400 },
    );
  });
});
