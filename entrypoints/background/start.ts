import { browser } from 'wxt/browser';
import { findPortal } from '../../core/portals/registry';
import { backgroundMessages } from '../../core/protocol/messages';
import { isOfficialContentSender } from '../../core/protocol/senders';
import { listen } from '../../lib/messaging';
import { backgroundHandlers } from './handlers';
import { forgetClosedTabs } from './walkthrough-store';
import { startCurtainCommand } from './privacy';

/** Wiring of the background: one listener, the handler map, the sender check. */
export function startBackground(): () => void {
  const stopForgetting = forgetClosedTabs(); // per-tab walkthroughs end with their tab
  const stopListening = listen(backgroundMessages, backgroundHandlers, (sender) =>
    isOfficialContentSender(sender, browser.runtime.id, (url) => findPortal(url) !== null),
  );
  const stopCurtain = startCurtainCommand(); // C3: the keyboard command toggles the active tab's curtain
  return () => {
    stopListening();
    stopCurtain();
    stopForgetting();
  };
}
