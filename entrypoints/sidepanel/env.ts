import { browser } from 'wxt/browser';
import { SWITCH_TYPIST_COMMAND } from '../../core/session/accompanied';
import { commandShortcut } from '../../lib/commands';
import { listenForPanelChanges, type PanelChange } from './panel-listener';

/**
 * What the side panel needs from the browser, behind one small interface so the DOM tests
 * drive the App with a scripted double (the messaging function is a prop too).
 */
export interface PanelEnv {
  /**
   * Calls `onChange` when the background says the view may have changed (`panel.changed`:
   * the session, the followed tab's walkthrough or page), until `signal` aborts.
   */
  watch: (onChange: (change: PanelChange) => void, signal: AbortSignal) => void;
  /** C4: the clean-desk checklist in its own tab (it reports desk-done by itself when finished). */
  openCleanDesk: () => void;
  print: () => void;
  /** Monotonic milliseconds (the timer adds them to the background's clock). */
  clock: () => number;
  /** The keyboard shortcut that passes the keyboard, as the browser shows it (people can change it). */
  shortcut: () => Promise<string | null>;
}

export function browserEnv(): PanelEnv {
  return {
    watch: listenForPanelChanges,
    openCleanDesk: () => void browser.tabs.create({ url: browser.runtime.getURL('/clean-desk.html') }).catch(() => undefined),
    print: () => window.print(),
    clock: () => performance.now(),
    shortcut: () => commandShortcut(SWITCH_TYPIST_COMMAND),
  };
}
