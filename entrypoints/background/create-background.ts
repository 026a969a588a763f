import { browser, type Browser } from 'wxt/browser';
import type { Pack } from '../../core/packs/schema';
import { findPortal } from '../../core/portals/registry';
import type { Handlers } from '../../core/protocol/contract';
import { backgroundMessages, backgroundSenders, type BackgroundMessages } from '../../core/protocol/messages';
import { isAllowedSender } from '../../core/protocol/senders';
import { listen } from '../../lib/messaging';
import { recordSession } from '../../lib/statistics-store';
import { createCleanDeskHandlers, recordPortalVisit, startDownloadTracking } from './clean-desk';
import { createGlossaryHandlers } from './glossary';
import { createGuidanceHandlers } from './guidance';
import { createAllowList, createLookalikeHandlers, startLookalikeGuard } from './lookalike-guard';
import { createOfficialPageHandlers } from './official-page';
import { loadPacks } from './packs';
import { createPartHandlers } from './parts';
import { createPrivacyHandlers, startCurtainCommand } from './privacy';
import { startOverlayFocusCommand } from './overlay-focus';
import { createSession, type SessionDeps } from './session';
import { startSessionEvents } from './session-events';
import { forgetClosedTabs } from './walkthrough-store';

export interface BackgroundDeps {
  /** Guide packs, validated once per service-worker start (it restarts after 30 s idle). */
  packs: readonly Pack[];
  /** W3: adds one finished session to the local counters. */
  record: SessionDeps['record'];
  /** The clock, at the edge (core has none). */
  now: () => number;
}

/** The bundled packs, the local counters, the real clock. */
export function defaultBackgroundDeps(): BackgroundDeps {
  return { packs: loadPacks().packs, record: recordSession, now: () => Date.now() };
}

/**
 * THE composition root of the background: builds the packs' users, the session, the
 * guards and one handler per message (a missing one is a compile error). Nothing runs
 * until `start`; `stop` removes every listener `start` added (tests start and stop twice).
 */
export function createBackground(deps: BackgroundDeps = defaultBackgroundDeps()) {
  const session = createSession(deps);
  const allowList = createAllowList();
  const handlers = {
    ...createOfficialPageHandlers({ onOfficialPage: [(_tabId, url) => recordPortalVisit(url), session.onOfficialPage] }), // page.hello
    ...createGuidanceHandlers({ packs: deps.packs, onWalkthroughSet: session.onOfficialPage }), // pack.forPage, walkthrough.*
    ...createLookalikeHandlers(allowList), // lookalike.allow (warning page)
    ...createCleanDeskHandlers({ packs: deps.packs, forgetAllowedHosts: allowList.forget, onForgotten: session.deskDone }), // cleandesk.* (clean-desk page)
    ...createGlossaryHandlers(), // glossary.* (G5; the data stays in the background)
    ...createPartHandlers(), // part.load, overlay.resources (lazy parts, UI strings and styles)
    ...createPrivacyHandlers({ personView: session.personView }), // privacy.*, curtain.toggleTab (C1–C3)
    ...session.handlers, // session.* (side panel, person's page)
  } satisfies Handlers<BackgroundMessages, Browser.runtime.MessageSender>;

  let stops: Array<() => void> = [];
  const start = () => {
    if (stops.length > 0) return; // already running
    const own = { id: browser.runtime.id, origin: browser.runtime.getURL('/'), isOfficialUrl: (url: string) => findPortal(url) !== null };
    stops = [
      // Each message type has its own sender rule (backgroundSenders): content script on an official page, or our own pages.
      listen(backgroundMessages, handlers, (sender, type) => isAllowedSender(senderRule(type), sender, own)),
      forgetClosedTabs(), // per-tab walkthroughs end with their tab
      startLookalikeGuard(allowList), // G1: look-alike hosts get our warning page first
      startDownloadTracking(), // C4: download ids of the session, for the clean desk
      startCurtainCommand(), // C3: the keyboard command toggles the active tab's curtain
      startOverlayFocusCommand(), // keyboard: into our launcher on the page and back
      startSessionEvents(session), // W1: the session follows the person's official tab; "Qui tape ?" shortcut
    ];
  };
  const stop = () => {
    for (const stopOne of stops) stopOne();
    stops = [];
  };
  return { handlers, start, stop };
}

function senderRule(type: string | undefined) {
  return type !== undefined && Object.hasOwn(backgroundSenders, type) ? backgroundSenders[type as keyof typeof backgroundSenders] : undefined;
}
