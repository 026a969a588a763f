import { browser, type Browser } from 'wxt/browser';
import type { Handlers } from '../../core/protocol/contract';
import type { BackgroundMessages } from '../../core/protocol/messages';
import { catalogs } from '../../lib/i18n';
import { findPortal } from '../../core/portals/registry';
import tokensCss from '../../components/tokens.css?inline';
import overlayCss from '../../overlay/overlay.css?inline';
import layoutCss from '../../overlay/layout/layout.css?inline';
import reminderCss from '../../overlay/privacy/reminder.css?inline';
import readAloudCss from '../../components/read-aloud.css?inline';

/** The styles of the features always in the content script (parts bring their own). */
const OVERLAY_CSS = [tokensCss, overlayCss, layoutCss, reminderCss, readAloudCss].join('\n');

type PartMessages = Pick<BackgroundMessages, 'part.load' | 'overlay.resources'>;

/**
 * `part.load`: injects a lazy part of the overlay into the frame that asked, in the
 * extension's isolated world (the content script's world). The file is ours, named from a
 * closed list (the request schema): no page can make us inject anything else.
 */
export function createPartHandlers() {
  return {
    // What the content script does not bundle: its UI strings (all languages) and styles.
    // The portal comes from the URL the browser reports for the sender, not from the page:
    // the content script needs no copy of the registry.
    'overlay.resources': (_req, sender) => ({ portal: findPortal(sender.url ?? sender.tab?.url ?? ''), catalogs, css: OVERLAY_CSS }),
    'part.load': async ({ name }, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return { loaded: false };
      const file = `/part-${name}.js` as const;
      const frameId = sender.frameId ?? 0;
      try {
        if (browser.scripting?.executeScript) {
          await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file] });
        } else {
          // Firefox MV2 without the scripting API.
          await (browser.tabs as unknown as { executeScript: (id: number, d: object) => Promise<unknown> }).executeScript(tabId, { file, frameId });
        }
        return { loaded: true };
      } catch {
        return { loaded: false };
      }
    },
  } satisfies Handlers<PartMessages, Browser.runtime.MessageSender>;
}
