import { browser } from 'wxt/browser';
import { listen, stopAll } from '../../lib/listen';
import type { RequestOf } from '../../core/protocol/contract';
import { panelMessages, type PanelMessages } from '../../core/protocol/panel-messages';

export type PanelChange = RequestOf<PanelMessages, 'panel.changed'>;

/**
 * Sends `panel.changed` to the worker's side panel. Usually no panel is open and nothing
 * answers (the browser then rejects): that is not an error, so this never throws.
 */
export async function tellPanel(change: PanelChange): Promise<void> {
  const payload = panelMessages['panel.changed'].req.parse(change);
  await browser.runtime.sendMessage({ type: 'panel.changed', payload }).catch(() => undefined);
}

export interface PanelEventsDeps {
  /** The tab the session follows (null: no session, or no tab yet). */
  followed: () => Promise<number | null>;
  /** Whether a storage.session key holds the session or this tab's walkthrough. */
  watched: (key: string, followedTab: number | null) => boolean;
  tell?: (change: PanelChange) => Promise<void>;
}

/**
 * W2: the side panel is told when what it shows may have changed, instead of pulling:
 * the session or the followed tab's walkthrough changed in storage (`page: false`), the
 * followed tab loaded a page, changed its address (SPA step) or greeted us from a new page
 * (`page: true`: the panel reads the page again), the followed tab was closed.
 */
export function createPanelEvents({ followed, watched, tell = tellPanel }: PanelEventsDeps) {
  const ifFollowed = async (tabId: number, change: PanelChange) => {
    if ((await followed()) === tabId) await tell(change);
  };
  return {
    /** A page of this tab greeted the background (`page.hello`) or moved its walkthrough. */
    pageShown: (tabId: number) => ifFollowed(tabId, { page: true }),
    /** Starts following the browser's events; returns the function that stops. */
    start(): () => void {
      // storage.onChanged (not storage.session.onChanged): the same event in Chrome and Firefox.
      const onStorage = (changes: Record<string, unknown>, area: string) => {
        if (area !== 'session') return;
        void followed().then((tab) => (Object.keys(changes).some((key) => watched(key, tab)) ? tell({ page: false }) : undefined));
      };
      const onUpdated = (tabId: number, info: { status?: string; url?: string }) => {
        if (info.status === 'complete' || info.url !== undefined) void ifFollowed(tabId, { page: true });
      };
      const onRemoved = (tabId: number) => void ifFollowed(tabId, { page: false });
      return stopAll(listen(browser.storage.onChanged, onStorage), listen(browser.tabs.onUpdated, onUpdated), listen(browser.tabs.onRemoved, onRemoved));
    },
  };
}
