import { browser } from 'wxt/browser';
import { toWire, type RequestOf } from '../../core/protocol/contract';
import { dispatch } from '../../core/protocol/dispatch';
import { panelMessages, type PanelMessages } from '../../core/protocol/panel-messages';
import { isExtensionSender, type SenderInfo } from '../../core/protocol/senders';

export type PanelChange = RequestOf<PanelMessages, 'panel.changed'>;

/** Whether a runtime message is one of the panel's own (by its type; nothing else is read). */
function isPanelMessage(raw: unknown): boolean {
  const type = typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
  return typeof type === 'string' && Object.hasOwn(panelMessages, type);
}

/**
 * The side panel's runtime listener. Every message of the extension reaches every one of
 * its pages, the panel included: it answers its own types only and stays silent for the
 * others (an answer from here would reach the background's callers before the background's).
 * The sender must be our own extension; the request is parsed with the contract.
 */
export function panelListener(onChange: (change: PanelChange) => void, own: { id: string; origin: string }) {
  return (raw: unknown, sender: SenderInfo): Promise<unknown> | undefined => {
    if (!isPanelMessage(raw) || !isExtensionSender(sender, own.id, own.origin)) return undefined;
    const handlers = { 'panel.changed': (change: PanelChange) => (onChange(change), { seen: true }) };
    return dispatch(panelMessages, handlers, raw, sender).then(toWire);
  };
}

/** Listens for `panel.changed` until `signal` aborts. */
export function listenForPanelChanges(onChange: (change: PanelChange) => void, signal: AbortSignal): void {
  const listener = panelListener(onChange, { id: browser.runtime.id, origin: browser.runtime.getURL('/') });
  const onMessage = listener as unknown as Parameters<typeof browser.runtime.onMessage.addListener>[0];
  browser.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage), { once: true });
}
