import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Reply } from '../../core/protocol/contract';
import { backgroundMessages } from '../../core/protocol/messages';
import { createGuidanceHandlers } from '../../entrypoints/background/guidance';
import { loadPacks } from '../../entrypoints/background/packs';
import type { Send } from '../features/walkthrough';
import { createTestPageContext } from '../test-page-context';
import { startGuide } from './start-guide';
import { trusted as markTrusted } from '../../tests/support/trusted-events';

/**
 * Feature tests of the guidance (happy-dom): practice-page markup, the real packs, the
 * real background handlers (fake browser storage), the real guide source. Test-only.
 */
const sites = join(import.meta.dirname, '../../practice/sites');
export const packs = loadPacks().packs;

/** Puts a practice page's body in the test document (scripts left out). */
export function loadPractice(file: string): void {
  const html = readFileSync(join(sites, file), 'utf8').replace(/<script[\s\S]*?<\/script>/g, '');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.body.replaceChildren(...Array.from(parsed.body.childNodes).map((node) => document.importNode(node, true)));
}

/** An event as the browser makes it for a real person (our UI ignores untrusted ones). */
export function trusted(target: EventTarget, event: Event): void {
  act(() => void target.dispatchEvent(markTrusted(event)));
}

export const flush = () => act(() => new Promise((resolve) => setTimeout(resolve, 40))); // a frame: cards show once measured

/** The background's guidance handlers, answering as for tab 1 at `url()` — through the real contract schemas. */
export function memoryBackground(url: () => string): Send {
  const handlers = createGuidanceHandlers({ packs }) as Record<string, (req: unknown, sender: unknown) => Promise<unknown>>;
  return (async (type: string, payload: unknown) => {
    const spec = backgroundMessages[type as keyof typeof backgroundMessages];
    const data = await handlers[type]!(spec.req.parse(payload), { id: fakeBrowser.runtime.id, url: url(), tab: { id: 1, url: url() } });
    return { ok: true, data: spec.res.parse(data) } satisfies Reply<unknown>;
  }) as Send;
}

/** A page context on `url` whose guide comes from the real packs, through the background's pack.forPage. */
export function guidedPage(url: string, send: Send = memoryBackground(() => url)) {
  const page = createTestPageContext(url);
  startGuide(page.services, async (at) => {
    const reply = await send('pack.forPage', { url: at });
    return reply.ok ? reply.data : null;
  }, document, () => undefined);
  return page;
}
