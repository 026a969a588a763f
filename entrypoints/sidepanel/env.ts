import { browser } from 'wxt/browser';
import { SWITCH_TYPIST_COMMAND } from '../../core/session/accompanied';
import { commandShortcut } from '../../lib/commands';

/**
 * What the side panel needs from the browser, behind one small interface so the DOM tests
 * drive the App with a scripted double (the messaging function is a prop too).
 */
export interface PanelEnv {
  /** Calls `onChange` when the session, a walkthrough or a tab may have changed, until `signal` aborts. */
  watch: (onChange: () => void, signal: AbortSignal) => void;
  /** C4: the clean-desk checklist in its own tab (it reports desk-done by itself when finished). */
  openCleanDesk: () => void;
  print: () => void;
  /** Monotonic milliseconds (the timer adds them to the background's clock). */
  clock: () => number;
  /** The keyboard shortcut that passes the keyboard, as the browser shows it (people can change it). */
  shortcut: () => Promise<string | null>;
}

/** The manifest command of the background that switches the typist (entrypoints/background/session.ts). */

export function browserEnv(): PanelEnv {
  return {
    watch(onChange, signal) {
      // storage.onChanged (not storage.session.onChanged): the same event in Chrome and Firefox.
      const onStorage = (_changes: unknown, area: string) => area === 'session' && onChange();
      const onUpdated = (_tabId: number, info: { status?: string; url?: string }) => (info.status === 'complete' || info.url !== undefined) && onChange();
      const onTab = () => onChange();
      browser.storage.onChanged.addListener(onStorage);
      browser.tabs.onUpdated.addListener(onUpdated);
      browser.tabs.onActivated.addListener(onTab);
      browser.tabs.onRemoved.addListener(onTab);
      signal.addEventListener('abort', () => {
        browser.storage.onChanged.removeListener(onStorage);
        browser.tabs.onUpdated.removeListener(onUpdated);
        browser.tabs.onActivated.removeListener(onTab);
        browser.tabs.onRemoved.removeListener(onTab);
      }, { once: true });
    },
    openCleanDesk: () => void browser.tabs.create({ url: browser.runtime.getURL('/clean-desk.html') }).catch(() => undefined),
    print: () => window.print(),
    clock: () => performance.now(),
    shortcut: () => commandShortcut(SWITCH_TYPIST_COMMAND),
  };
}
