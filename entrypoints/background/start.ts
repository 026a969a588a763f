import { browser } from 'wxt/browser';
import { findPortal } from '../../core/portals/registry';
import { backgroundMessages, backgroundSenders } from '../../core/protocol/messages';
import { isAllowedSender } from '../../core/protocol/senders';
import { listen } from '../../lib/messaging';
import { startDownloadTracking } from './clean-desk';
import { backgroundHandlers, session } from './handlers';
import { startSessionEvents } from './session';
import { startLookalikeGuard } from './lookalike-guard';
import { forgetClosedTabs } from './walkthrough-store';
import { startCurtainCommand } from './privacy';

/** Wiring of the background: one listener, the handler map, the sender check. */
export function startBackground(): () => void {
  const stopForgetting = forgetClosedTabs(); // per-tab walkthroughs end with their tab
  const own = { id: browser.runtime.id, origin: browser.runtime.getURL('/'), isOfficialUrl: (url: string) => findPortal(url) !== null };
  // Each message type has its own sender rule (backgroundSenders): content script on an official page, or our own pages.
  const stopListening = listen(backgroundMessages, backgroundHandlers, (sender, type) =>
    isAllowedSender(type !== undefined && Object.hasOwn(backgroundSenders, type) ? backgroundSenders[type as keyof typeof backgroundSenders] : undefined, sender, own),
  );
  const stopGuard = startLookalikeGuard(); // G1: look-alike hosts get our warning page first
  const stopDownloads = startDownloadTracking(); // C4: download ids of the session, for the clean desk
  const stopCurtain = startCurtainCommand(); // C3: the keyboard command toggles the active tab's curtain
  const stopSession = startSessionEvents(session); // W1: the session follows the person's official tab; "Qui tape ?" shortcut
  return () => {
    stopListening();
    stopGuard();
    stopDownloads();
    stopCurtain();
    stopSession();
    stopForgetting();
  };
}
