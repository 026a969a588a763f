import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { countBackgroundEvents, listenerCounts } from '../../tests/support/fake-events';
import { createBackground } from './create-background';

const ID = fakeBrowser.runtime.id;
const fromTab = (url: string, tabId = 7) => ({ id: ID, url, tab: { id: tabId, url } });

async function send(message: unknown, sender: object) {
  const [reply] = await fakeBrowser.runtime.onMessage.trigger(message, sender, () => undefined);
  return reply;
}

describe('background', () => {
  let background: ReturnType<typeof createBackground>;
  beforeEach(() => {
    fakeBrowser.reset();
    background = createBackground();
    background.start();
  });
  afterEach(() => background.stop());

  it('marks the toolbar button of a tab that shows an official portal', async () => {
    expect(await send({ type: 'page.hello', payload: {} }, fromTab('https://www.caf.fr/espace'))).toEqual({ marked: true });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('✓');
    expect(await fakeBrowser.action.getTitle({ tabId: 7 })).toContain('CAF');
  });

  it('takes the portal from the browser-reported URL: the page says nothing about it', async () => {
    await send({ type: 'page.hello', payload: { portal: 'impots' } }, fromTab('https://www.caf.fr/'));
    expect(await fakeBrowser.action.getTitle({ tabId: 7 })).toContain('CAF');
  });

  it.each([
    ['a content script on an unofficial page', fromTab('https://ameli-frconnect.fr/')],
    ['another extension', { id: 'other-extension', url: 'https://www.caf.fr/', tab: { id: 7 } }],
    ['a sender without a tab', { id: ID }],
  ])('refuses %s and changes nothing', async (_name, sender) => {
    const reply = await send({ type: 'page.hello', payload: {} }, sender);
    expect(reply).toMatchObject({ error: { code: 'untrusted-sender' } });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('');
  });

  it.each([
    ['garbage', 'hello'],
    ['an unknown type', { type: 'storage.dump', payload: {} }],
    ['a malformed payload', { type: 'page.hello', payload: 'caf' }],
    ['a prototype key', { type: 'constructor', payload: {} }],
  ])('answers %s with an error, never a crash', async (_name, message) => {
    const reply = await send(message, fromTab('https://www.caf.fr/'));
    expect(reply).toMatchObject({ error: { code: expect.any(String) } });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('');
  });
});

describe('background composition root', () => {
  let counted: ReturnType<typeof countBackgroundEvents>;
  beforeEach(() => {
    fakeBrowser.reset();
    counted = countBackgroundEvents();
  });
  afterEach(() => counted.restore());

  const total = () => Object.values(listenerCounts(counted.events)).reduce((a, b) => a + b, 0);
  const none = () => Object.fromEntries(Object.keys(counted.events).map((name) => [name, 0]));

  it('does nothing until started: no listener, no storage', async () => {
    createBackground();
    expect(listenerCounts(counted.events)).toEqual(none());
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('removes every listener it added, started and stopped twice', () => {
    const background = createBackground();
    background.start();
    const running = listenerCounts(counted.events);
    // Each event the background follows has its listener(s) (tabs.onRemoved: walkthroughs, curtains
    // and the side panel's events; storage.onChanged: look-alike allowances and the side panel's events).
    expect(running).toMatchObject({ 'runtime.onMessage': 1, 'tabs.onRemoved': 3, 'tabs.onActivated': 1, 'storage.onChanged': 2, 'tabs.onUpdated': 1, 'webNavigation.onBeforeNavigate': 1, 'webNavigation.onCommitted': 1, 'downloads.onCreated': 1, 'commands.onCommand': 3 });
    background.start(); // a second start adds nothing
    expect(listenerCounts(counted.events)).toEqual(running);
    background.stop();
    expect(listenerCounts(counted.events)).toEqual(none());
    background.start();
    expect(listenerCounts(counted.events)).toEqual(running);
    background.stop();
    expect(total()).toBe(0);
  });

  it('two backgrounds (a service-worker restart in tests) each remove their own', () => {
    const first = createBackground();
    const second = createBackground();
    first.start();
    second.start();
    first.stop();
    expect(total()).toBeGreaterThan(0);
    second.stop();
    expect(total()).toBe(0);
  });
});
