import { browser } from 'wxt/browser';
import type { Reply, RequestOf, ResponseOf } from '../core/protocol/contract';
import { backgroundMessages, type BackgroundMessages } from '../core/protocol/messages';
import { sendChecked } from './messaging';

/** How an extension page asks the background (tests pass a double built on the contract: tests/support/contract-double.ts). */
export type PageSend<K extends keyof BackgroundMessages & string = keyof BackgroundMessages & string> = <T extends K>(
  type: T,
  payload: RequestOf<BackgroundMessages, T>,
) => Promise<Reply<ResponseOf<BackgroundMessages, T>>>;

/**
 * Asks the background from an extension page (popup, side panel, options, clean desk,
 * warning). Never throws. The reply is parsed with the contract, like every message
 * received: no size budget applies here (the content script's exception is in lib/messaging.ts).
 */
export const sendFromPage: PageSend = (type, payload) => sendChecked(backgroundMessages, type, () => browser.runtime.sendMessage({ type, payload }));
