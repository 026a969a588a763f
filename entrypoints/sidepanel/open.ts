import { browser } from 'wxt/browser';

/** The two browsers' ways to open our panel (Chrome side panel, Firefox sidebar). */
interface PanelApis {
  sidePanel?: { open: (options: { windowId: number }) => Promise<void> };
  sidebarAction?: { open: () => Promise<void> };
}

/**
 * Opens the worker's side panel. Call it synchronously inside the click handler: both
 * browsers accept it only during a user gesture (so `windowId` is known beforehand).
 * Resolves false when the browser has neither API or refuses.
 */
export function openSidePanel(windowId: number | undefined, apis: PanelApis = browser as unknown as PanelApis): Promise<boolean> {
  try {
    if (apis.sidebarAction) return apis.sidebarAction.open().then(() => true, () => false);
    if (apis.sidePanel && windowId !== undefined) return apis.sidePanel.open({ windowId }).then(() => true, () => false);
  } catch {
    // A browser without the API throws synchronously: say it did not open.
  }
  return Promise.resolve(false);
}

/** The options page holds the W3 statistics; null when this build has none yet. */
export function optionsPageOpener(): (() => void) | null {
  const manifest = browser.runtime.getManifest() as { options_ui?: unknown; options_page?: unknown };
  if (!manifest.options_ui && !manifest.options_page) return null;
  return () => void browser.runtime.openOptionsPage().then(() => window.close(), () => undefined);
}
