import { browser, type Browser } from 'wxt/browser';
import { findPortal } from '../../core/portals/registry';
import type { Handlers } from '../../core/protocol/contract';
import type { BackgroundMessages } from '../../core/protocol/messages';
import { defaultTranslator } from '../../lib/i18n';

type OfficialPageMessages = Pick<BackgroundMessages, 'page.hello'>;

export interface OfficialPageDeps {
  /** Everything that follows an official page load (clean-desk trail, accompanied session), with the browser-reported URL. */
  onOfficialPage: Array<(tabId: number, url: string) => Promise<unknown>>;
}

/** `page.hello`: our content script started on an official page. */
export function createOfficialPageHandlers(deps: OfficialPageDeps) {
  return {
    'page.hello': async (_req, sender) => {
      const tabId = sender.tab?.id;
      // The portal is taken from the URL the browser reports, never from the page.
      const url = sender.url ?? sender.tab?.url ?? '';
      const portal = findPortal(url);
      if (tabId === undefined || !portal) return { marked: false };
      await Promise.all([markOfficialTab(tabId, portal.shortName), ...deps.onOfficialPage.map((follow) => follow(tabId, url))]);
      return { marked: true };
    },
  } satisfies Handlers<OfficialPageMessages, Browser.runtime.MessageSender>;
}

/** A small check mark on the toolbar button while the tab shows an official portal. */
async function markOfficialTab(tabId: number, portalName: string): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  await Promise.all([
    action.setBadgeText({ tabId, text: '✓' }),
    action.setBadgeBackgroundColor({ tabId, color: '#0f6b5f' }),
    action.setTitle({ tabId, title: defaultTranslator().t('action.title.official', { portal: portalName }) }),
  ]);
}
