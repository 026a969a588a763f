import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { countingEvent } from '../../tests/support/fake-events';
import { createBackground } from './create-background';

// G1 look-alike guard and C4 clean-desk trail, wired in the background with WXT's fake
// browser. webNavigation and downloads are not mocked by it: minimal events stand in.

const ID = fakeBrowser.runtime.id;
const page = (path: string) => fakeBrowser.runtime.getURL(path as never);
const fromPage = (path: string) => ({ id: ID, url: page(path), tab: { id: 90, url: page(path) } });
const fromTab = (url: string, tabId = 7) => ({ id: ID, url, tab: { id: tabId, url } });
const send = async (message: unknown, sender: object) => (await fakeBrowser.runtime.onMessage.trigger(message, sender, () => undefined))[0];
const flush = () => new Promise((resolve) => setTimeout(resolve, 20));

let nav: { onBeforeNavigate: ReturnType<typeof countingEvent>; onCommitted: ReturnType<typeof countingEvent> };
let created: ReturnType<typeof countingEvent>;
let update: ReturnType<typeof vi.fn>;
let background: ReturnType<typeof createBackground>;

beforeEach(() => {
  fakeBrowser.reset();
  nav = { onBeforeNavigate: countingEvent(), onCommitted: countingEvent() };
  created = countingEvent();
  Object.assign(fakeBrowser.webNavigation, nav);
  Object.assign(fakeBrowser.downloads, { onCreated: created });
  update = vi.fn(async () => ({}));
  Object.assign(fakeBrowser.tabs, { update });
  background = createBackground();
  background.start();
});
afterEach(() => background.stop());

const navigate = (url: string, extra: object = {}, event: 'onBeforeNavigate' | 'onCommitted' = 'onBeforeNavigate') =>
  nav[event].trigger({ tabId: 5, frameId: 0, url, ...extra });

describe('look-alike guard', () => {
  it('sends a look-alike top-frame navigation to the warning page, the address in the fragment', async () => {
    navigate('https://ameli-frconnect.fr/?sms=1');
    await flush();
    expect(update).toHaveBeenCalledWith(5, { url: `${page('/warning.html')}#${encodeURIComponent('https://ameli-frconnect.fr/?sms=1')}` });
  });

  it('marks a look-alike that already committed, so "Revenir en arrière" steps over it', async () => {
    navigate('https://impots-gouv.fr/', {}, 'onCommitted');
    await flush();
    expect(update.mock.calls[0]![1].url).toContain('/warning.html?back=2#');
  });

  it.each([
    ['an official portal', 'https://www.caf.fr/'],
    ['an ordinary site', 'https://www.leboncoin.fr/'],
    ['a browser page', 'chrome://settings/'],
    ['our own page', 'chrome-extension://x/warning.html'],
  ])('leaves %s alone', async (_name, url) => {
    navigate(url);
    await flush();
    expect(update).not.toHaveBeenCalled();
  });

  it('leaves frames, prerendering and tab-less navigations alone', async () => {
    navigate('https://ameli-frconnect.fr/', { frameId: 3 });
    navigate('https://ameli-frconnect.fr/', { documentLifecycle: 'prerender' });
    navigate('https://ameli-frconnect.fr/', { tabId: -1 });
    await flush();
    expect(update).not.toHaveBeenCalled();
  });

  it('lets the person continue to that host only, for the session, when asked from our warning page', async () => {
    expect(await send({ type: 'lookalike.allow', payload: { host: 'ameli-frconnect.fr' } }, fromPage('/warning.html'))).toEqual({ allowed: true });
    expect(await fakeBrowser.storage.session.get('lookalikeAllowedHosts')).toEqual({ lookalikeAllowedHosts: ['ameli-frconnect.fr'] });
    navigate('https://ameli-frconnect.fr/verification');
    navigate('https://impots-gouv.fr/');
    await flush();
    expect(update).toHaveBeenCalledTimes(1);
    expect(update.mock.calls[0]![1].url).toContain(encodeURIComponent('https://impots-gouv.fr/'));
  });

  it('forgets the choice with the browser session (storage.session emptied, background restarted)', async () => {
    await send({ type: 'lookalike.allow', payload: { host: 'ameli-frconnect.fr' } }, fromPage('/warning.html'));
    await fakeBrowser.storage.session.clear();
    background.stop();
    background = createBackground();
    background.start();
    await flush();
    navigate('https://ameli-frconnect.fr/');
    await flush();
    expect(update).toHaveBeenCalled();
  });

  it('keeps nothing for a host that is not a look-alike', async () => {
    expect(await send({ type: 'lookalike.allow', payload: { host: 'www.leboncoin.fr' } }, fromPage('/warning.html'))).toEqual({ allowed: false });
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it.each([
    ['a content script on an official page', fromTab('https://www.caf.fr/')],
    ['a content script on a look-alike', fromTab('https://ameli-frconnect.fr/')],
    ['another extension', { id: 'other', url: 'chrome-extension://other/warning.html' }],
  ])('refuses "Continuer quand même" from %s', async (_name, sender) => {
    expect(await send({ type: 'lookalike.allow', payload: { host: 'ameli-frconnect.fr' } }, sender)).toMatchObject({ error: { code: 'untrusted-sender' } });
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('refuses a malformed host', async () => {
    expect(await send({ type: 'lookalike.allow', payload: { host: 'AMELI FR/<x>' } }, fromPage('/warning.html'))).toMatchObject({ error: { code: 'bad-request' } });
  });
});

describe('clean-desk trail', () => {
  const checklist = () => send({ type: 'cleandesk.checklist' }, fromPage('/clean-desk.html'));

  it('builds the checklist from the portals used (origin only) and the downloads of the session', async () => {
    await send({ type: 'page.hello', payload: {} }, fromTab('https://www.caf.fr/espace/declaration-trimestrielle?x=1'));
    await send({ type: 'page.hello', payload: {} }, fromTab('https://assure.ameli.fr/compte', 8));
    created.trigger({ id: 41, filename: '/home/accueil/avis-imposition.pdf', url: 'https://x/' });
    await flush();
    expect(await checklist()).toEqual({
      portals: [
        { id: 'caf', name: "CAF — Caisse d'allocations familiales", origins: ['https://www.caf.fr'], tabPatterns: ['https://*.caf.fr/*'], logout: { url: 'https://www.caf.fr/', label: 'Me déconnecter' } },
        { id: 'ameli', name: 'Ameli — Assurance Maladie', origins: ['https://assure.ameli.fr'], tabPatterns: ['https://*.ameli.fr/*'], logout: null },
      ],
      downloadIds: [41],
    });
    const stored = JSON.stringify(await fakeBrowser.storage.session.get(null));
    expect(stored).not.toMatch(/declaration|avis|accueil|x=1/);
  });

  it('does not note a page that is not official (the sender rule refuses it first)', async () => {
    await send({ type: 'page.hello', payload: {} }, fromTab('https://ameli-frconnect.fr/'));
    expect(await checklist()).toEqual({ portals: [], downloadIds: [] });
  });

  it('forgets everything when the receipt is shown, "Continuer quand même" choices included (the next person is warned again)', async () => {
    await send({ type: 'page.hello', payload: {} }, fromTab('https://www.caf.fr/'));
    await send({ type: 'lookalike.allow', payload: { host: 'ameli-frconnect.fr' } }, fromPage('/warning.html'));
    expect(await send({ type: 'cleandesk.forget' }, fromPage('/clean-desk.html'))).toEqual({ forgotten: true });
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    navigate('https://ameli-frconnect.fr/');
    await flush();
    expect(update).toHaveBeenCalled();
    expect(await checklist()).toEqual({ portals: [], downloadIds: [] });
  });

  it.each(['cleandesk.checklist', 'cleandesk.forget'])('refuses %s from a content script, even on an official page', async (type) => {
    await send({ type: 'page.hello', payload: {} }, fromTab('https://www.caf.fr/'));
    expect(await send({ type }, fromTab('https://www.caf.fr/'))).toMatchObject({ error: { code: 'untrusted-sender' } });
    expect(await fakeBrowser.storage.session.get('cleanDeskTrail')).not.toEqual({});
  });

  it('survives a stored trail that does not parse (dropped, never a crash)', async () => {
    await fakeBrowser.storage.session.set({ cleanDeskTrail: { v: 1, portals: 'broken' } });
    expect(await checklist()).toEqual({ portals: [], downloadIds: [] });
  });
});
