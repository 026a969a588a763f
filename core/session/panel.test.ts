import { describe, expect, it } from 'vitest';
import { testPack } from '../packs/test-pack';
import { findPortal } from '../portals/registry';
import { transition, type AccompaniedSession } from './accompanied';
import { guideOf, panelViewOf } from './panel';

const pack = testPack({ steps: testPack().steps.map((s, i) => (i === 1 ? { ...s, workerNote: 'La personne tape seule.' } : s)) });
const other = testPack({ id: 'caf-autre', title: 'Autre démarche' });
const packs = [pack, other];

function accompanied(packId = pack.id): AccompaniedSession {
  let s: AccompaniedSession | null = null;
  for (const e of [{ type: 'start', now: 0 }, { type: 'choose-scope', scope: { packId, portal: 'caf', category: 'social' } }, { type: 'agree' }] as const) {
    const r = transition(s, e);
    if (!r.ok) throw new Error(r.reason);
    s = r.session;
  }
  return { ...s!, tabId: 4 };
}

describe('guideOf', () => {
  it('the running walkthrough: its step, title and confidentiality note, papers and anchors in words', () => {
    const guide = guideOf(accompanied(), { packId: pack.id, step: 1 }, packs);
    expect(guide).toMatchObject({ packId: pack.id, title: 'Essai', step: 1, total: 4, stepTitle: 'Valider', confidentiality: 'La personne tape seule.', papers: ['Votre carte Vitale.'] });
    expect(guide?.anchors).toContainEqual({ id: 'valider', label: 'Valider' });
    expect(guide?.anchors).toContainEqual({ id: 'field:nir', label: 'Votre numéro de sécurité sociale.' });
  });

  it('another pack running wins over the scope; no walkthrough gives the scope with no step', () => {
    expect(guideOf(accompanied(), { packId: other.id, step: 0 }, packs)).toMatchObject({ packId: other.id, step: 0 });
    expect(guideOf(accompanied(), null, packs)).toMatchObject({ packId: pack.id, step: null, stepTitle: null, confidentiality: null });
  });

  it('a step out of the pack counts as no step; an unknown pack gives no guide', () => {
    expect(guideOf(accompanied(), { packId: pack.id, step: 9 }, packs)).toMatchObject({ step: null, stepTitle: null });
    expect(guideOf(accompanied('caf-inconnu'), null, packs)).toBeNull();
  });
});

describe('panelViewOf', () => {
  const caf = findPortal('https://wwwd.caf.fr/wps/portal/caffr/login');

  it('names the followed tab’s portal and reads its walkthrough', () => {
    const view = panelViewOf({ session: accompanied(), now: 5, tab: { tabId: 4, portal: caf }, running: { packId: pack.id, step: 0 }, packs, procedures: [] });
    expect(view.tab).toEqual({ tabId: 4, portal: { id: 'caf', name: caf!.name, shortName: caf!.shortName } });
    expect(view.guide?.step).toBe(0);
    expect(view.now).toBe(5);
  });

  it('a closed tab: no tab and no step (the scope’s procedure stays); no session: no guide', () => {
    const closed = panelViewOf({ session: accompanied(), now: 5, tab: null, running: { packId: pack.id, step: 2 }, packs, procedures: [] });
    expect(closed.tab).toBeNull();
    expect(closed.guide).toMatchObject({ packId: pack.id, step: null });
    expect(panelViewOf({ session: null, now: 5, tab: { tabId: 4, portal: caf }, running: null, packs, procedures: [] }).guide).toBeNull();
  });

  it('a tab that left the official portals has no portal', () => {
    expect(panelViewOf({ session: accompanied(), now: 5, tab: { tabId: 4, portal: null }, running: null, packs, procedures: [] }).tab).toEqual({ tabId: 4, portal: null });
  });
});
