/**
 * Who may talk to whom. Pure: the caller passes its own extension id and the sender as
 * the browser gave it (runtime.MessageSender's shape, reduced to what we read).
 */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
}

/**
 * A sender is one of our extension pages or our background: same id and an URL inside our
 * own origin (a content script's URL is the page's). Without an URL, only a sender with no
 * tab (a background context) passes.
 */
export function isExtensionSender(sender: SenderInfo, ownId: string, ownOrigin: string): boolean {
  if (sender.id !== ownId) return false;
  if (sender.url === undefined) return sender.tab === undefined;
  return sender.url.startsWith(ownOrigin);
}

/**
 * A sender is our content script running in a tab whose URL passes `isOfficialUrl`.
 * The URL comes from the browser, not from the message, so a page cannot lie about it.
 */
export function isOfficialContentSender(
  sender: SenderInfo,
  ownId: string,
  isOfficialUrl: (url: string) => boolean,
): boolean {
  if (sender.id !== ownId || !sender.tab) return false;
  const url = sender.url ?? sender.tab.url;
  return typeof url === 'string' && isOfficialUrl(url);
}

/** Which kind of sender a message accepts (declared per message in messages.ts). */
export type SenderKind = 'portal' | 'extension-page' | 'side-panel';

/** The worker's side panel (W2): our own `sidepanel.html`, also when a test opens it as a tab. */
export const SIDE_PANEL_PATH = 'sidepanel.html';

/** A sender is our side panel page: an extension sender whose URL is exactly that page (no other page of ours). */
export function isSidePanelSender(sender: SenderInfo, ownId: string, ownOrigin: string): boolean {
  if (!isExtensionSender(sender, ownId, ownOrigin) || sender.url === undefined) return false;
  const path = sender.url.slice(ownOrigin.length).split(/[?#]/)[0];
  return path === SIDE_PANEL_PATH;
}

/**
 * The check for one message type: `extension-page` messages only from our own pages,
 * `side-panel` ones only from sidepanel.html, `portal` messages only from our content script
 * on an official page. An unknown type is
 * held to the `portal` rule (and then answered `unknown-type`).
 */
export function isAllowedSender(
  kind: SenderKind | undefined,
  sender: SenderInfo,
  own: { id: string; origin: string; isOfficialUrl: (url: string) => boolean },
): boolean {
  if (kind === 'side-panel') return isSidePanelSender(sender, own.id, own.origin);
  return kind === 'extension-page'
    ? isExtensionSender(sender, own.id, own.origin)
    : isOfficialContentSender(sender, own.id, own.isOfficialUrl);
}
