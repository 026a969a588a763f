import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { findPortal } from '../../core/portals/registry';
import { backgroundMessages, backgroundSenders } from '../../core/protocol/messages';
import { isAllowedSender } from '../../core/protocol/senders';
import { listen } from '../../lib/messaging';
import { createGlossaryHandlers } from './glossary';

const ID = fakeBrowser.runtime.id;
const fromPortal = { id: ID, url: 'https://www.caf.fr/espace', tab: { id: 3, url: 'https://www.caf.fr/espace' } };
const fromUnofficial = { id: ID, url: 'https://ameli-frconnect.fr/', tab: { id: 4, url: 'https://ameli-frconnect.fr/' } };

async function send(message: unknown, sender: object = fromPortal) {
  const [reply] = await fakeBrowser.runtime.onMessage.trigger(message, sender, () => undefined);
  return reply as unknown as Record<string, unknown>;
}

/** The background's wiring (start.ts) reduced to the glossary messages and their sender rule. */
function startGlossaryOnly() {
  const own = { id: ID, origin: fakeBrowser.runtime.getURL('/'), isOfficialUrl: (url: string) => findPortal(url) !== null };
  const glossaryOnly = { 'glossary.terms': backgroundMessages['glossary.terms'], 'glossary.entry': backgroundMessages['glossary.entry'], 'glossary.known': backgroundMessages['glossary.known'] };
  return listen(glossaryOnly, createGlossaryHandlers(), (sender, type) =>
    isAllowedSender(type !== undefined && Object.hasOwn(backgroundSenders, type) ? backgroundSenders[type as keyof typeof backgroundSenders] : undefined, sender, own),
  );
}

describe('background glossary (G5)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    startGlossaryOnly();
  });

  it('sends the compact list of forms, without explanations', async () => {
    const reply = await send({ type: 'glossary.terms' });
    const terms = reply.terms as { id: string; term: string; aliases: string[]; caps: string[] }[];
    expect(terms.length).toBeGreaterThan(100);
    expect(terms.find((t) => t.id === 'are')).toMatchObject({ term: 'ARE', caps: ['ARE'] });
    expect(JSON.stringify(terms)).not.toContain('plain');
    expect(reply.known).toEqual([]);
  });

  it('answers one card, and null for an unknown id', async () => {
    expect(await send({ type: 'glossary.entry', payload: { id: 'rsa' } })).toMatchObject({ entry: { id: 'rsa', term: 'RSA', plain: expect.stringContaining('RSA'), sensitive: false } });
    expect(await send({ type: 'glossary.entry', payload: { id: 'nope' } })).toEqual({ entry: null });
  });

  it('remembers "Je connais ce mot" in storage.session, term ids only', async () => {
    expect(await send({ type: 'glossary.known', payload: { id: 'rsa' } })).toEqual({ known: ['rsa'] });
    expect(await send({ type: 'glossary.known', payload: { id: 'rsa' } })).toEqual({ known: ['rsa'] });
    expect(await send({ type: 'glossary.known', payload: { id: 'not-a-term' } })).toEqual({ known: ['rsa'] });
    expect((await send({ type: 'glossary.terms' })).known).toEqual(['rsa']);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({ 'glossary:known': { v: 1, ids: ['rsa'] } });
  });

  it('drops a stored value that does not parse', async () => {
    await fakeBrowser.storage.session.set({ 'glossary:known': 'garbage' });
    expect((await send({ type: 'glossary.terms' })).known).toEqual([]);
    expect(await fakeBrowser.storage.session.get('glossary:known')).toEqual({});
  });

  it('refuses a content script on an unofficial page', async () => {
    expect(await send({ type: 'glossary.terms' }, fromUnofficial)).toMatchObject({ error: { code: 'untrusted-sender' } });
  });
});
