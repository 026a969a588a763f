import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { findPortal } from '../../core/portals/registry';
import { contentMessages } from '../../core/protocol/messages';
import { isExtensionSender } from '../../core/protocol/senders';
import { defaultTranslator } from '../../lib/i18n';
import { listen, sendToBackground } from '../../lib/messaging';
import { mountOverlay, OVERLAY_HOST_TAG } from '../../overlay/mount';
import { buildPageReport } from '../../overlay/page-report';
import { overlayFeatures } from '../../overlay/registry';

/** Wiring of the portal content script: answer page.report, greet the background, mount the overlay. */
export async function startPortalScript(ctx: ContentScriptContext): Promise<void> {
  // Start-up cost, visible to the page's performance timeline (npm run bench reads it).
  performance.mark('cac:start');
  const portal = findPortal(location.href);
  const ownOrigin = browser.runtime.getURL('/');
  const stopListening = listen(
    contentMessages,
    { 'page.report': () => buildPageReport(document, portal, document.querySelector(OVERLAY_HOST_TAG) ?? undefined) },
    (sender) => isExtensionSender(sender, browser.runtime.id, ownOrigin),
  );
  ctx.onInvalidated(stopListening);
  void sendToBackground('page.hello', { portal: portal?.id ?? null });
  mountOverlay(ctx, { portal, host: location.hostname, i18n: defaultTranslator() }, overlayFeatures);
  performance.measure('cac:startup', 'cac:start');
}
