import type { PageReport } from '../../core/protocol/page-report';
import { transition, type AccompaniedSession, type SessionEvent } from '../../core/session/accompanied';
import type { PanelGuide, PanelView, ProcedureChoice } from '../../core/session/panel-view';
import { eventOfAction, type WorkerAction } from '../../core/session/worker-action';
import type { PanelMessage, Send } from './panel-store';
import { backgroundMessages } from '../../core/protocol/messages';
import { contractDouble } from '../../tests/support/contract-double';
import type { PanelChange } from './panel-listener';
import type { PanelEnv } from './env';

/**
 * Test double of the background for the side panel's DOM tests: it runs the REAL session
 * state machine (core/session/accompanied.ts) on `session.act`, like the background does,
 * and records every message. Not shipped (only *.test.tsx import it).
 */
export const NOW = Date.UTC(2025, 2, 10, 9, 30);

export const PROCEDURES: ProcedureChoice[] = [
  { packId: 'ameli-attestation-droits', portal: 'ameli', portalName: 'Ameli', title: 'Télécharger votre attestation de droits Ameli', procedure: '…', category: 'social' },
  { packId: 'caf-declaration-trimestrielle', portal: 'caf', portalName: 'CAF', title: 'Déclarer vos ressources à la CAF', procedure: '…', category: 'social' },
  { packId: 'caf-envoyer-document', portal: 'caf', portalName: 'CAF', title: 'Envoyer un document à la CAF', procedure: '…', category: 'social' },
  { packId: 'impots-connexion', portal: 'impots', portalName: 'impots.gouv', title: 'Se connecter à votre espace des impôts', procedure: '…', category: 'argent' },
];

export const GUIDE: PanelGuide = {
  packId: 'caf-declaration-trimestrielle',
  title: 'Déclarer vos ressources à la CAF',
  procedure: '…',
  step: 1,
  total: 5,
  stepTitle: 'Tapez votre mot de passe',
  confidentiality: "Tournez l'écran vers la personne : elle tape son mot de passe seule.",
  papers: ['Votre carte Vitale : votre numéro de sécurité sociale est dessus.', 'Vos fiches de paie des 3 derniers mois.'],
  anchors: [{ id: 'bouton-connexion', label: 'Se connecter' }],
};

export const REPORT: PageReport = {
  url: 'https://wwwd.caf.fr/wps/portal/caffr/login',
  portal: 'caf',
  official: true,
  fields: [
    { key: '#nir', label: 'Numéro de sécurité sociale', sensitivity: 'social-security-number', hint: 'Les 13 chiffres de votre carte Vitale.' },
    { key: '#password', label: 'Mot de passe', sensitivity: 'password', hint: null },
    // A page control, not a field to fill in: the panel leaves it out.
    { key: '#password-show', label: 'Afficher le mot de passe', sensitivity: 'none', hint: null },
  ],
  glossary: [],
  steps: [
    { id: 'identifiant', status: 'found', reason: null },
    { id: 'bouton-connexion', status: 'missed', reason: 'no selector matched' },
  ],
};

export const CAF_SCOPE = { packId: 'caf-declaration-trimestrielle', portal: 'caf', category: 'social' } as const;

/** A session in `phase`, as the state machine would have it after the usual steps. */
export function sessionIn(phase: AccompaniedSession['phase'], over: Partial<AccompaniedSession> = {}): AccompaniedSession {
  const agreed = phase === 'scope' || phase === 'notice' ? null : { ...CAF_SCOPE };
  return {
    v: 1, phase, startedAt: NOW - 65_000, closedAt: phase === 'closing' || phase === 'receipt' ? NOW - 5_000 : null,
    scope: phase === 'scope' ? null : { ...CAF_SCOPE }, agreed, scopeReason: 'start', typist: 'person', secretFocus: false,
    secretsTyped: false, viaFranceConnect: false, tabId: 7, level: null, outcome: null, stoppedBy: null, ...over,
  };
}

const eventOf = (action: WorkerAction): SessionEvent => eventOfAction(action, { now: NOW, month: '2025-03' });

export interface FakeBackground {
  send: Send;
  calls: { type: string; payload: unknown }[];
  session: () => AccompaniedSession | null;
  setSession: (s: AccompaniedSession | null) => void;
  /** What the next `session.report` / `session.showField` answer (null report: no followed page). */
  answers: { report: PageReport | null; found: boolean; down: boolean; refuse: 'invalid-transition' | 'secret-field-focused' | null };
  counted: unknown[];
}

export function fakeBackground(initial: AccompaniedSession | null = null, guide: PanelGuide | null = GUIDE): FakeBackground {
  let session = initial;
  const counted: unknown[] = [];
  const answers: FakeBackground['answers'] = { report: REPORT, found: true, down: false, refuse: null };
  const view = (): PanelView => ({
    session,
    now: NOW,
    tab: { tabId: 7, portal: { id: 'caf', name: "CAF — Caisse d'allocations familiales", shortName: 'CAF' } },
    guide: session ? guide : null,
    procedures: PROCEDURES,
  });
  // Behind the real contract: requests and answers are parsed as the background's dispatch() does.
  const double = contractDouble<typeof backgroundMessages, PanelMessage>(backgroundMessages, {
    'session.get': () => view(),
    'session.act': ({ action }) => {
      if (answers.refuse) return { refused: answers.refuse, view: view() };
      const result = transition(session, eventOf(action));
      if (result.ok) {
        session = result.session;
        if (result.count) counted.push(result.count);
      }
      return { refused: result.ok ? null : result.reason, view: view() };
    },
    'session.report': () => ({ report: answers.report }),
    'session.showField': () => ({ found: answers.found }),
  });
  const send: Send = (type, payload) => {
    double.down(answers.down);
    return double.send(type, payload);
  };
  const calls = double.calls;
  return { send, calls, session: () => session, setSession: (s) => void (session = s), answers, counted };
}

export interface FakeEnv extends PanelEnv {
  /** Fires the change listeners, as the background's `panel.changed` does (default: not a new page). */
  change: (change?: PanelChange) => void;
  cleanDesk: number;
  printed: number;
  time: { now: number };
  listening: () => boolean;
}

export function fakeEnv(): FakeEnv {
  const listeners: { fn: (change: PanelChange) => void; signal: AbortSignal }[] = [];
  const env: FakeEnv = {
    cleanDesk: 0,
    printed: 0,
    time: { now: 1_000 },
    watch: (fn, signal) => void listeners.push({ fn, signal }),
    openCleanDesk: () => void env.cleanDesk++,
    print: () => void env.printed++,
    clock: () => env.time.now,
    shortcut: () => Promise.resolve('Alt+Shift+T'),
    change: (change = { page: false }) => listeners.filter((l) => !l.signal.aborted).forEach((l) => l.fn(change)),
    listening: () => listeners.some((l) => !l.signal.aborted),
  };
  return env;
}
