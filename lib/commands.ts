import { browser } from 'wxt/browser';

/** The manifest command (wxt.config.ts) that toggles the privacy curtain (C3). */
export const CURTAIN_COMMAND = 'toggle-privacy-curtain';

/** The manifest command that jumps into our launcher on the page, and back (keyboard users). */
export const FOCUS_OVERLAY_COMMAND = 'focus-overlay';

/**
 * A manifest command's shortcut as the browser shows it (the person may have changed it),
 * or null when none is set or the browser has no commands API here.
 */
export async function commandShortcut(name: string): Promise<string | null> {
  try {
    const commands = (await browser.commands?.getAll?.()) ?? [];
    return commands.find((c) => c.name === name)?.shortcut || null;
  } catch {
    return null;
  }
}
