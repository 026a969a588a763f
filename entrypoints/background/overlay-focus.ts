import { browser, type Browser } from 'wxt/browser';
import { FOCUS_OVERLAY_COMMAND } from '../../lib/commands';
import { sendToTab } from '../../lib/messaging';

/**
 * The keyboard command `focus-overlay` (Alt+Shift+O, rebindable): the active tab's page puts
 * the focus into our launcher, or back where it was (\`overlay.focus\`). A manifest command,
 * not a key listener in the page: the page cannot catch it nor fake it. Returns the function
 * that stops listening.
 */
export function startOverlayFocusCommand(): () => void {
  const onCommand = (command: string, tab?: Browser.tabs.Tab) => {
    if (command !== FOCUS_OVERLAY_COMMAND) return;
    void (async () => {
      const id = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (id !== undefined) await sendToTab(id, 'overlay.focus', {});
    })();
  };
  try {
    browser.commands.onCommand.addListener(onCommand);
  } catch {
    return () => undefined; // no commands API in this browser
  }
  return () => browser.commands.onCommand.removeListener(onCommand);
}
