import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from './start';

const ID = fakeBrowser.runtime.id;
const fromTab = (url: string, tabId = 7) => ({ id: ID, url, tab: { id: tabId, url } });

async function send(message: unknown, sender: object) {
  const [reply] = await fakeBrowser.runtime.onMessage.trigger(message, sender, () => undefined);
  return reply;
}

describe('background', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    startBackground();
  });

  it('marks the toolbar button of a tab that shows an official portal', async () => {
    expect(await send({ type: 'page.hello', payload: { portal: 'caf' } }, fromTab('https://www.caf.fr/espace'))).toEqual({ marked: true });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('✓');
    expect(await fakeBrowser.action.getTitle({ tabId: 7 })).toContain('CAF');
  });

  it('takes the portal from the browser-reported URL, not from the message', async () => {
    await send({ type: 'page.hello', payload: { portal: 'impots' } }, fromTab('https://www.caf.fr/'));
    expect(await fakeBrowser.action.getTitle({ tabId: 7 })).toContain('CAF');
  });

  it.each([
    ['a content script on an unofficial page', fromTab('https://ameli-frconnect.fr/')],
    ['another extension', { id: 'other-extension', url: 'https://www.caf.fr/', tab: { id: 7 } }],
    ['a sender without a tab', { id: ID }],
  ])('refuses %s and changes nothing', async (_name, sender) => {
    const reply = await send({ type: 'page.hello', payload: { portal: 'caf' } }, sender);
    expect(reply).toMatchObject({ error: { code: 'untrusted-sender' } });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('');
  });

  it.each([
    ['garbage', 'hello'],
    ['an unknown type', { type: 'storage.dump', payload: {} }],
    ['a malformed payload', { type: 'page.hello', payload: { portal: 42 } }],
    ['a prototype key', { type: 'constructor', payload: {} }],
  ])('answers %s with an error, never a crash', async (_name, message) => {
    const reply = await send(message, fromTab('https://www.caf.fr/'));
    expect(reply).toMatchObject({ error: { code: expect.any(String) } });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('');
  });
});
