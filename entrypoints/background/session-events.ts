import { browser } from 'wxt/browser';
import { SWITCH_TYPIST_COMMAND } from '../../core/session/accompanied';
import type { createSession } from './session';

/**
 * Browser events the session follows: the person switching to an official tab, and the
 * "Qui tape ?" keyboard command. Returns the function that stops listening.
 */
export function startSessionEvents(session: ReturnType<typeof createSession>): () => void {
  const onActivated = ({ tabId }: { tabId: number }) =>
    void browser.tabs.get(tabId).then((tab) => session.onOfficialPage(tabId, tab.url ?? ''), () => undefined);
  const onCommand = (command: string) => void (command === SWITCH_TYPIST_COMMAND && session.switchTypist());
  browser.tabs.onActivated.addListener(onActivated);
  const stopPanel = session.startPanelEvents();
  let commands = false;
  try {
    browser.commands.onCommand.addListener(onCommand);
    commands = true;
  } catch {
    // No commands API in this browser: the panel's button and the page's token still switch.
  }
  return () => {
    browser.tabs.onActivated.removeListener(onActivated);
    stopPanel();
    if (commands) browser.commands.onCommand.removeListener(onCommand);
  };
}
