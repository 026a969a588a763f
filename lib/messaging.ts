import { browser, type Browser } from 'wxt/browser';
import { dispatch } from '../core/protocol/dispatch';
import { toWire, WireError, type Contract, type Handlers, type Reply, type ReplyError, type RequestOf, type ResponseOf } from '../core/protocol/contract';
import type { BackgroundMessages, ContentMessages } from '../core/protocol/messages';
import { contentMessages } from '../core/protocol/content-messages';
import type { SenderInfo } from '../core/protocol/senders';

/**
 * Listens for one receiver's messages. The sender is checked before anything is parsed;
 * refused and malformed messages are logged by type and issue path only.
 * Returns the function that stops listening (hang it on ctx / an AbortSignal).
 */
export function listen<C extends Contract>(
  contract: C,
  handlers: Handlers<C, Browser.runtime.MessageSender>,
  isTrusted: (sender: SenderInfo, type: string | undefined) => boolean,
): () => void {
  const listener = (raw: unknown, sender: Browser.runtime.MessageSender): Promise<unknown> => {
    // The type (if any) lets a receiver hold each message to its own sender rule; nothing else is read yet.
    const type = typeof raw === 'object' && raw !== null && typeof (raw as { type?: unknown }).type === 'string' ? (raw as { type: string }).type : undefined;
    if (!isTrusted(sender, type)) return Promise.resolve(toWire(refuse({ code: 'untrusted-sender' })));
    return dispatch(contract, handlers, raw, sender).then((reply) => toWire(reply.ok ? reply : refuse(reply.error)));
  };
  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}

/** Asks the content script of a tab. Never throws: no receiver gives `no-receiver`. */
export async function sendToTab<K extends keyof ContentMessages & string>(
  tabId: number,
  type: K,
  payload: RequestOf<ContentMessages, K>,
): Promise<Reply<ResponseOf<ContentMessages, K>>> {
  return sendChecked(contentMessages, type, () => browser.tabs.sendMessage(tabId, { type, payload }));
}

/**
 * Asks the background FROM THE CONTENT SCRIPT. Never throws. THE one place where a reply
 * is not parsed, for size: parsing would put every background schema (packs, checklist…)
 * into the content script (30 KiB budget). Only our own extension can answer
 * runtime.sendMessage, and the background's dispatch() has already parsed the reply with
 * the contract's response schema before sending. Extension pages use `sendFromPage`
 * (lib/page-messaging.ts), which parses.
 */
export async function sendToBackground<K extends keyof BackgroundMessages & string>(
  type: K,
  payload: RequestOf<BackgroundMessages, K>,
): Promise<Reply<ResponseOf<BackgroundMessages, K>>> {
  return unwrap(type, () => browser.runtime.sendMessage({ type, payload }), (raw) =>
    raw === undefined || raw === null ? null : { data: raw as ResponseOf<BackgroundMessages, K> },
  );
}

/** Sends and parses the reply with `contract` (the other end is untrusted too). Never throws. */
export function sendChecked<C extends Contract, K extends keyof C & string>(
  contract: C,
  type: K,
  send: () => Promise<unknown>,
): Promise<Reply<ResponseOf<C, K>>> {
  return unwrap(type, send, (raw) => {
    const data = contract[type]!.res.safeParse(raw);
    return data.success ? { data: data.data as ResponseOf<C, K> } : null;
  });
}

/** A wire reply: an error object, a response (`accept` says if it is one), or no receiver. */
async function unwrap<T>(type: string, send: () => Promise<unknown>, accept: (raw: unknown) => { data: T } | null): Promise<Reply<T>> {
  let raw: unknown;
  try {
    raw = await send();
  } catch {
    return { ok: false, error: { code: 'no-receiver', type } };
  }
  const failure = WireError.safeParse(raw);
  if (failure.success) return { ok: false, error: failure.data.error as ReplyError };
  const accepted = accept(raw);
  return accepted ? { ok: true, data: accepted.data } : { ok: false, error: { code: 'bad-response', type } };
}

function refuse(error: ReplyError): Reply<never> {
  console.warn('[Côte à côte] message refusé', error.code, error.type ?? '', (error.paths ?? []).join(','));
  return { ok: false, error };
}
