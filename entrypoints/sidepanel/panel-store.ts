import type { Reply, RequestOf, ResponseOf } from '../../core/protocol/contract';
import type { BackgroundMessages } from '../../core/protocol/messages';
import type { PageReport } from '../../core/protocol/page-report';
import type { AccompaniedSession } from '../../core/session/accompanied';
import { glanceOf } from '../../core/session/glance';
import type { PanelView } from '../../core/session/panel-view';
import { seenFields } from '../../core/session/seen-fields';
import type { WorkerAction } from '../../core/session/worker-action';
import { createStore } from '../../overlay/store';
import type { PanelEnv } from './env';
import type { PanelChange } from './panel-listener';

/** The four messages the side panel sends (declared `side-panel` in core/protocol/messages.ts). */
export type PanelMessage = 'session.get' | 'session.act' | 'session.report' | 'session.showField';
export type Send = <K extends PanelMessage>(type: K, payload: RequestOf<BackgroundMessages, K>) => Promise<Reply<ResponseOf<BackgroundMessages, K>>>;

export type ReportState = { kind: 'idle' | 'loading' | 'none' | 'error' } | { kind: 'ready'; report: PageReport };
/** The last "Montrer ce champ": which field, and whether the person's page found it. */
export interface ShownState {
  key: string;
  label: string;
  found: boolean;
}
/** Why the last action did not happen (the panel words it). */
export type Problem = 'no-answer' | 'secret' | 'invalid';
/** What the live region says when who types, or the secret-code dimming, changes. */
export type Announcement = 'dim' | 'dim-done' | 'token-person' | 'token-worker';
/** The sections of the accompanied screen the worker can fold. */
export type Fold = 'papers' | 'reminders' | 'seen' | 'notes';

export interface PanelState {
  status: 'loading' | 'ready' | 'error';
  /** The last view, and env.clock() when it arrived (the timer adds the time since). */
  view: { data: PanelView; at: number } | null;
  problem: Problem | null;
  /** A session was just finished (counted). */
  finished: boolean;
  announce: Announcement | null;
  report: ReportState;
  shown: ShownState | null;
  /** The papers checklist: in memory only. */
  papers: ReadonlySet<string>;
  shortcut: string | null;
  busy: boolean;
  folded: ReadonlySet<Fold>;
}

const INITIAL: PanelState = {
  status: 'loading', view: null, problem: null, finished: false, announce: null, report: { kind: 'idle' },
  shown: null, papers: new Set(), shortcut: null, busy: false, folded: new Set(),
};

/** Changes arrive in bursts (a page load fires several storage writes and tab events). */
export const REFRESH_DEBOUNCE_MS = 150;

/** Values the screens read, derived from the state (never stored twice). */
export function derived(state: PanelState) {
  const session: AccompaniedSession | null = state.view?.data.session ?? null;
  return {
    session,
    phase: session?.phase ?? 'none',
    /** The person types a secret code: the panel dims and its buttons rest. */
    dimmed: session?.phase === 'accompanied' && session.secretFocus,
    glance: state.view ? glanceOf(state.view.data) : null,
    /** "Ce que voit l'extension": the page's data fields, not its show/hide switches. */
    fields: state.report.kind === 'ready' ? seenFields(state.report.report.fields) : [],
  };
}

/**
 * The side panel's state and actions (W2), plain TypeScript: the components render it. It
 * talks to the background only (`send`) and is told of changes by `env.watch`
 * (`panel.changed`): one `session.get` per burst of changes, and `session.report` again
 * when the followed page changed or the accompaniment begins.
 */
export function createPanelStore(send: Send, env: PanelEnv) {
  const state = createStore<PanelState>(INITIAL);
  const set = (patch: Partial<PanelState>) => state.set({ ...state.get(), ...patch });
  let alive = true;
  // Only the newest answer is shown: an older `session.get` may come back after an action.
  let latest = 0;
  let latestReport = 0;

  const loadReport = async () => {
    const request = ++latestReport;
    if (state.get().report.kind !== 'ready') set({ report: { kind: 'loading' } });
    const reply = await send('session.report', {});
    if (!alive || request !== latestReport) return;
    set({ report: !reply.ok ? { kind: 'error' } : reply.data.report ? { kind: 'ready', report: reply.data.report } : { kind: 'none' } });
  };

  /** Shows a view; says who types now; reads the page when it is (another) page to accompany. */
  const show = (data: PanelView, request: number, pageChanged: boolean) => {
    if (!alive || request !== latest) return;
    const before = state.get().view?.data.session ?? null;
    const after = data.session;
    const accompanied = after?.phase === 'accompanied';
    const newPage = accompanied && (before?.phase !== 'accompanied' || pageChanged || before.tabId !== after.tabId);
    set({
      view: { data, at: env.clock() },
      status: 'ready',
      announce: announcement(before, after) ?? state.get().announce,
      ...(accompanied ? (newPage ? { shown: null } : {}) : { report: { kind: 'idle' }, shown: null }),
    });
    if (newPage) void loadReport();
  };

  const refresh = async (change: PanelChange = { page: false }) => {
    const request = ++latest;
    const reply = await send('session.get', {});
    if (!reply.ok) {
      if (alive && request === latest && state.get().status !== 'ready') set({ status: 'error' });
      return;
    }
    show(reply.data, request, change.page);
  };

  const act = async (action: WorkerAction) => {
    if (state.get().busy) return;
    set({ busy: true });
    const request = ++latest;
    const reply = await send('session.act', { action });
    if (!alive) return;
    set({ busy: false });
    if (!reply.ok) return set({ problem: 'no-answer' });
    show(reply.data.view, request, false);
    const refused = reply.data.refused;
    set({ problem: refused === 'secret-field-focused' ? 'secret' : refused ? 'invalid' : null });
    if (refused) return;
    if (action.type === 'finish') set({ finished: true, papers: new Set() });
    if (action.type === 'start') set({ finished: false });
  };

  const showField = async (key: string, label: string) => {
    const reply = await send('session.showField', { key });
    if (alive) set({ shown: { key, label, found: reply.ok && reply.data.found } });
  };

  return {
    state,
    /** Loads, then follows `panel.changed` (debounced) until `signal` aborts. */
    start(signal: AbortSignal) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      let page = false;
      signal.addEventListener('abort', () => {
        alive = false;
        clearTimeout(timer);
      }, { once: true });
      env.watch((change) => {
        page ||= change.page;
        clearTimeout(timer);
        timer = setTimeout(() => {
          const pending = { page };
          page = false;
          void refresh(pending);
        }, REFRESH_DEBOUNCE_MS);
      }, signal);
      void refresh();
      void env.shortcut().then((shortcut) => alive && set({ shortcut }), () => undefined);
    },
    refresh: () => refresh(),
    act,
    loadReport,
    showField,
    togglePaper: (paper: string) => set({ papers: toggled(state.get().papers, paper) }),
    toggleFold: (fold: Fold) => set({ folded: toggled(state.get().folded, fold) }),
  };
}

export type PanelStore = ReturnType<typeof createPanelStore>;

/** What to say aloud when the accompaniment's typist or dimming changed (null: nothing new). */
function announcement(before: AccompaniedSession | null, after: AccompaniedSession | null): Announcement | null {
  if (before?.phase !== 'accompanied' || after?.phase !== 'accompanied') return null;
  if (after.secretFocus && !before.secretFocus) return 'dim';
  if (!after.secretFocus && before.secretFocus) return 'dim-done';
  if (after.typist !== before.typist) return after.typist === 'person' ? 'token-person' : 'token-worker';
  return null;
}

function toggled<T>(set: ReadonlySet<T>, item: T): ReadonlySet<T> {
  const next = new Set(set);
  if (next.has(item)) next.delete(item);
  else next.add(item);
  return next;
}
