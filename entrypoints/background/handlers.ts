import { browser, type Browser } from 'wxt/browser';
import { findPortal } from '../../core/portals/registry';
import type { BackgroundMessages } from '../../core/protocol/messages';
import type { Handlers } from '../../core/protocol/contract';
import { defaultTranslator } from '../../lib/i18n';
import { createGuidanceHandlers } from './guidance';
import { createCleanDeskHandlers, recordPortalVisit } from './clean-desk';
import { lookalikeHandlers } from './lookalike-guard';
import { createGlossaryHandlers } from './glossary';
import { createPrivacyHandlers } from './privacy';
import { createPartHandlers } from './parts';
import { createSession, defaultSessionDeps } from './session';
import { loadPacks } from './packs';
import { recordSession } from '../../lib/statistics-store';

// Guide packs are validated once per service-worker start (it restarts after 30 s idle)
// and shared by guidance, the clean desk and the accompanied session.
const packs = loadPacks().packs;

/** The accompanied session (W1–W3): its handlers, and what browser events and other handlers tell it. */
export const session = createSession(defaultSessionDeps(packs, recordSession));

const guidance = createGuidanceHandlers(packs);

/** One handler per background message; a missing one is a compile error. */
export const backgroundHandlers = {
  'page.hello': async (_req, sender) => {
    const tabId = sender.tab?.id;
    // The portal is taken from the URL the browser reports, not from the message.
    const portal = findPortal(sender.url ?? sender.tab?.url ?? '');
    if (tabId === undefined || !portal) return { marked: false };
    const url = sender.url ?? sender.tab?.url ?? '';
    await Promise.all([markOfficialTab(tabId, portal.shortName), recordPortalVisit(url), session.onOfficialPage(tabId, url)]);
    return { marked: true };
  },
  ...guidance, // pack.forPage, walkthrough.get / set / stop
  // Starting another procedure's guide on the same page leaves a session's scope at once (W1).
  'walkthrough.set': async (req, sender) => {
    const result = await guidance['walkthrough.set'](req, sender);
    const tabId = sender.tab?.id;
    if (result.saved && tabId !== undefined) await session.onOfficialPage(tabId, sender.url ?? sender.tab?.url ?? '');
    return result;
  },
  ...lookalikeHandlers, // lookalike.allow (warning page)
  ...createCleanDeskHandlers(() => packs, session.deskDone), // cleandesk.checklist / forget (clean-desk page; ends a session's closing)
  ...createGlossaryHandlers(), // glossary.terms / entry / known (G5; the data stays in the background)
  ...createPartHandlers(), // part.load (lazy parts of the overlay, injected on demand)
  ...createPrivacyHandlers(session.personView), // privacy.state / set, curtain.toggleTab (C2 silenced reminders, C3 curtain)
  ...session.handlers, // session.get / act / report / showField (side panel), session.person / secret (person's page)
} satisfies Handlers<BackgroundMessages, Browser.runtime.MessageSender>;

/** A small check mark on the toolbar button while the tab shows an official portal. */
async function markOfficialTab(tabId: number, portalName: string): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  await Promise.all([
    action.setBadgeText({ tabId, text: '✓' }),
    action.setBadgeBackgroundColor({ tabId, color: '#0f6b5f' }),
    action.setTitle({ tabId, title: defaultTranslator().t('action.title.official', { portal: portalName }) }),
  ]);
}
