import { browser, type Browser } from 'wxt/browser';
import type { Pack } from '../../core/packs/schema';
import { findPortal } from '../../core/portals/registry';
import type { Handlers } from '../../core/protocol/contract';
import type { BackgroundMessages } from '../../core/protocol/messages';
import { personViewOf, type AccompaniedSession, type SessionCount, type SessionEvent } from '../../core/session/accompanied';
import { panelViewOf } from '../../core/session/panel';
import type { PanelView, ProcedureChoice } from '../../core/session/panel-view';
import { eventOfAction, type WorkerAction } from '../../core/session/worker-action';
import type { PersonView } from '../../core/session/person-view';
import { procedureChoices } from '../../core/session/procedures';
import { sendToTab } from '../../lib/messaging';
import { createPanelEvents, type PanelChange } from './panel-events';
import { applySessionEvent, readSession, SESSION_KEY } from './session-store';
import { readWalkthrough, walkthroughKey } from './walkthrough-store';

type SessionMessages = Pick<BackgroundMessages, 'session.get' | 'session.act' | 'session.report' | 'session.showField' | 'session.person' | 'session.secret'>;
type Sender = Browser.runtime.MessageSender;


export interface SessionDeps {
  packs: readonly Pack[];
  /** W3: adds one finished session to the local counters. */
  record: (count: SessionCount) => Promise<void>;
  /** The clock, at the edge (core has none). */
  now: () => number;
  /** How the side panel is told of changes (tests record them; default: `panel.changed`). */
  tellPanel?: (change: PanelChange) => Promise<void>;
}

/** YYYY-MM of the local clock: the only date the statistics keep. */
export function monthOf(ms: number): string {
  const date = new Date(ms);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}

/** Creates the session's handlers and the functions the browser events call. */
export function createSession(deps: SessionDeps) {
  const procedures = procedureChoices(deps.packs);
  const titleOf = (packId: string) => deps.packs.find((p) => p.id === packId)?.title ?? null;
  const panel = sidePanelEvents(deps);
  let told: Promise<unknown> = Promise.resolve();
  const apply = async (event: SessionEvent | ((s: AccompaniedSession | null) => SessionEvent | null)) => {
    const applied = await applySessionEvent(event, deps.record);
    // The pages are told in order, without making the panel wait for every tab's answer.
    if (applied.changed) told = told.then(() => tellPages(personViewOf(applied.result.ok ? applied.result.session : null, titleOf))).catch(() => undefined);
    return applied;
  };
  const eventOf = (action: WorkerAction): SessionEvent => {
    const now = deps.now();
    return eventOfAction(action, { now, month: monthOf(now) });
  };

  const handlers = {
    'session.get': async () => panelView(await followTab(apply), deps, procedures),
    'session.act': async ({ action }) => {
      const applied = await apply(eventOf(action));
      if (action.type === 'start' && applied.result.ok) await followTab(apply);
      return { refused: applied.result.ok ? null : applied.result.reason, view: await panelView(await readSession(), deps, procedures) };
    },
    'session.report': async () => {
      const session = await readSession();
      if (session?.phase !== 'accompanied' || session.tabId === null) return { report: null };
      const reply = await sendToTab(session.tabId, 'page.report', {});
      return { report: reply.ok ? reply.data : null };
    },
    'session.showField': async ({ key }) => {
      const session = await readSession();
      if (session?.phase !== 'accompanied' || session.tabId === null) return { found: false };
      const reply = await sendToTab(session.tabId, 'session.pointer', { key });
      return { found: reply.ok && reply.data.found };
    },
    'session.person': async ({ action }) => {
      const event: SessionEvent = action === 'stop' ? { type: 'stop', now: deps.now() } : { type: action };
      return { done: (await apply(event)).result.ok };
    },
    'session.secret': async ({ focused }) => ({ done: (await apply({ type: 'secret-focus', focused })).result.ok }),
  } satisfies Handlers<SessionMessages, Sender>;

  return {
    handlers,
    /** An official page loaded, or the person switched to an official tab: the session follows it. */
    onOfficialPage: (tabId: number, url: string) => followPage(apply, tabId, url).then(() => panel.pageShown(tabId)),
    /** The keyboard command: the keyboard passes to the other person. */
    switchTypist: () => apply((s) => (s?.phase === 'accompanied' ? { type: 'switch-typist' } : null)),
    /** The clean-desk page finished: the session moves to its receipt. */
    deskDone: () => apply((s) => (s?.phase === 'closing' ? { type: 'desk-done' } : null)),
    /** What a page of this tab shows of the session (at its start, `privacy.state`). */
    personView: async () => personViewOf(await readSession(), titleOf),
    /** W2: tells the side panel of changes (started with the other browser events). */
    startPanelEvents: panel.start,
  };
}

/** Tells every official tab how the session looks now (they show the badge, the token…). */
async function tellPages(view: PersonView | null): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(tabs.filter((tab) => tab.id !== undefined && findPortal(tab.url ?? '')).map((tab) => sendToTab(tab.id!, 'session.view', { view })));
}

async function followPage(apply: (e: (s: AccompaniedSession | null) => SessionEvent | null) => Promise<unknown>, tabId: number, url: string): Promise<void> {
  const portal = findPortal(url);
  if (!portal) return;
  const walkthrough = await readWalkthrough(tabId);
  await apply((s) => (s && (s.phase === 'accompanied' || s.phase === 'scope') ? { type: 'page', tabId, portal: portal.id, packId: walkthrough?.packId ?? null } : null));
}

/**
 * The tab the panel follows: the session's, while it is open; otherwise the official tab
 * the person used last (the panel may itself be a tab: never assume the active tab).
 */
async function followTab(apply: (e: (s: AccompaniedSession | null) => SessionEvent | null) => Promise<unknown>): Promise<AccompaniedSession | null> {
  const session = await readSession();
  if (!session || (session.phase !== 'accompanied' && session.phase !== 'scope')) return session;
  const open = session.tabId === null ? null : await browser.tabs.get(session.tabId).catch(() => null);
  if (open && findPortal(open.url ?? '')) return session;
  const official = (await browser.tabs.query({})).filter((tab) => tab.id !== undefined && findPortal(tab.url ?? ''));
  const last = official.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
  if (last) await followPage(apply, last.id!, last.url ?? '');
  return readSession();
}

/** Reads the followed tab and its walkthrough; the view itself is decided in core (`panelViewOf`). */
async function panelView(session: AccompaniedSession | null, deps: SessionDeps, procedures: ProcedureChoice[]): Promise<PanelView> {
  const tabId = session?.tabId ?? null;
  const tab = tabId === null ? null : await browser.tabs.get(tabId).catch(() => null);
  const running = tab && tabId !== null ? await readWalkthrough(tabId) : null;
  return panelViewOf({
    session,
    now: deps.now(),
    tab: tab && tabId !== null ? { tabId, portal: findPortal(tab.url ?? '') } : null,
    running,
    packs: deps.packs,
    procedures,
  });
}

/** W2 (panel-events.ts): the panel follows the session's key and the followed tab's walkthrough. */
function sidePanelEvents(deps: SessionDeps) {
  return createPanelEvents({
    followed: async () => (await readSession())?.tabId ?? null,
    watched: (key, tab) => key === SESSION_KEY || (tab !== null && key === walkthroughKey(tab)),
    ...(deps.tellPanel ? { tell: deps.tellPanel } : {}),
  });
}
