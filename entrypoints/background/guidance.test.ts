import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { findPortal } from '../../core/portals/registry';
import { backgroundMessages } from '../../core/protocol/messages';
import { isOfficialContentSender } from '../../core/protocol/senders';
import { listen } from '../../lib/messaging';
import { createGuidanceHandlers } from './guidance';
import { forgetClosedTabs } from './walkthrough-store';
import { loadPacks } from './packs';

/** The guidance part of the background, wired as start.ts wires it (same listener, same sender check). */
function startGuidance() {
  const { 'pack.forPage': a, 'walkthrough.get': b, 'walkthrough.set': c, 'walkthrough.stop': d } = backgroundMessages;
  const contract = { 'pack.forPage': a, 'walkthrough.get': b, 'walkthrough.set': c, 'walkthrough.stop': d };
  forgetClosedTabs();
  listen(contract, createGuidanceHandlers({ packs: loadPacks().packs }), (sender) => isOfficialContentSender(sender, fakeBrowser.runtime.id, (url) => findPortal(url) !== null));
}

const ID = fakeBrowser.runtime.id;
const fromTab = (url: string, tabId = 7) => ({ id: ID, url, tab: { id: tabId, url } });

async function send(message: unknown, sender: object = fromTab('https://www.caf.fr/connexion')) {
  const [reply] = await fakeBrowser.runtime.onMessage.trigger(message, sender, () => undefined);
  return reply as unknown as Record<string, unknown>;
}
const forPage = (url: string, tabId = 7) => send({ type: 'pack.forPage', payload: { url } }, fromTab(url, tabId)) as Promise<{ pack: { id: string } | null; page: string | null; others: Array<{ id: string }> }>;

describe('background: guide packs and per-tab walkthroughs', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    startGuidance();
  });

  it('answers the pack and page of a practice URL, with the other packs that start there', async () => {
    const reply = await forPage('https://cfspart.impots.gouv.fr/connexion');
    expect(reply.pack?.id).toBe('impots-connexion'); // the more focused pack wins a tie
    expect(reply.page).toBe('connexion');
    expect(reply.others.map((o) => o.id)).toEqual(['impots-declaration-revenus']);
    expect(await forPage('https://www.caf.fr/espace/declaration-trimestrielle')).toMatchObject({ pack: { id: 'caf-declaration-trimestrielle' }, page: 'declaration' });
  });

  it('follows SPA steps in the query string', async () => {
    expect((await forPage('https://passeport.ants.gouv.fr/demarches/carte-identite')).page).toBe('motif');
    expect((await forPage('https://passeport.ants.gouv.fr/demarches/carte-identite?etape=3')).page).toBe('adresse');
  });

  it('answers no pack for an official page no pack covers', async () => {
    expect(await forPage('https://www.msa.fr/')).toEqual({ pack: null, page: null, others: [] });
  });

  it('keeps a walkthrough per tab: set, get, stop', async () => {
    expect(await send({ type: 'walkthrough.get', payload: {} })).toEqual({ progress: null });
    expect(await send({ type: 'walkthrough.set', payload: { packId: 'caf-declaration-trimestrielle', step: 3 } })).toEqual({ saved: true });
    expect(await send({ type: 'walkthrough.get', payload: {} })).toEqual({
      progress: { packId: 'caf-declaration-trimestrielle', step: 3, title: 'Déclarer vos ressources à la CAF', total: 12 },
    });
    expect(await send({ type: 'walkthrough.get', payload: {} }, fromTab('https://www.caf.fr/', 8))).toEqual({ progress: null });
    expect(await send({ type: 'walkthrough.stop', payload: {} })).toEqual({ stopped: true });
    expect(await send({ type: 'walkthrough.get', payload: {} })).toEqual({ progress: null });
  });

  it('stores only a versioned pack id and step number in storage.session', async () => {
    await send({ type: 'walkthrough.set', payload: { packId: 'ameli-attestation-droits', step: 2 } });
    expect(await fakeBrowser.storage.session.get(null)).toEqual({ 'walkthrough:7': { v: 1, packId: 'ameli-attestation-droits', step: 2 } });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('refuses an unknown pack, a step out of range, a malformed step', async () => {
    expect(await send({ type: 'walkthrough.set', payload: { packId: 'inconnu', step: 0 } })).toEqual({ saved: false });
    expect(await send({ type: 'walkthrough.set', payload: { packId: 'impots-connexion', step: 5 } })).toEqual({ saved: false });
    expect(await send({ type: 'walkthrough.set', payload: { packId: 'impots-connexion', step: 1.5 } })).toMatchObject({ error: { code: 'bad-request' } });
  });

  it('drops a stored value that does not parse instead of trusting it', async () => {
    await fakeBrowser.storage.session.set({ 'walkthrough:7': { v: 9, packId: 'x', step: 'deux' } });
    expect(await send({ type: 'walkthrough.get', payload: {} })).toEqual({ progress: null });
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('lets the running walkthrough win on a shared page, and pauses it on pages it does not cover (FranceConnect)', async () => {
    await send({ type: 'walkthrough.set', payload: { packId: 'impots-declaration-revenus', step: 0 } }, fromTab('https://cfspart.impots.gouv.fr/connexion'));
    expect((await forPage('https://cfspart.impots.gouv.fr/connexion')).pack?.id).toBe('impots-declaration-revenus');
    // On FranceConnect the FranceConnect pack guides the page; the walkthrough stays stored.
    expect((await forPage('https://app.franceconnect.gouv.fr/choix-fournisseur?retour=cfspart.impots.gouv.fr')).pack?.id).toBe('franceconnect-connexion');
    expect(await send({ type: 'walkthrough.get', payload: {} })).toMatchObject({ progress: { packId: 'impots-declaration-revenus' } });
    // Where no pack covers the page, the running pack comes back without a page (paused).
    expect(await forPage('https://www.impots.gouv.fr/')).toMatchObject({ pack: { id: 'impots-declaration-revenus' }, page: null });
  });

  it('ends a walkthrough once the person leaves its last "navigation" step', async () => {
    await send({ type: 'walkthrough.set', payload: { packId: 'franceconnect-connexion', step: 4 } }, fromTab('https://app.franceconnect.gouv.fr/retour'));
    expect((await forPage('https://app.franceconnect.gouv.fr/retour?retour=www.caf.fr')).page).toBe('retour');
    expect((await forPage('https://www.caf.fr/espace')).pack?.id).toBe('caf-declaration-trimestrielle');
    expect(await send({ type: 'walkthrough.get', payload: {} })).toEqual({ progress: null });
  });

  it('forgets the walkthrough of a closed tab', async () => {
    await send({ type: 'walkthrough.set', payload: { packId: 'impots-connexion', step: 1 } });
    await fakeBrowser.tabs.onRemoved.trigger(7, { windowId: 1, isWindowClosing: false });
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('refuses guidance messages from a page that is not official', async () => {
    const reply = await send({ type: 'walkthrough.set', payload: { packId: 'impots-connexion', step: 1 } }, fromTab('https://ameli-frconnect.fr/'));
    expect(reply).toMatchObject({ error: { code: 'untrusted-sender' } });
  });
});
