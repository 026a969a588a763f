import { describe, expect, it } from 'vitest';
import { chooseGuide, packsForUrl, pageOf } from './match';
import { endsOnLeaving, resolveStep } from './steps';
import { testPack } from './test-pack';

const caf = testPack();
const login = testPack({ id: 'caf-login', pages: [{ id: 'connexion', urlPatterns: ['https://www.caf.fr/connexion'], note: 'n' }], steps: [], fields: [] });
const decl = testPack({ id: 'caf-decl', pages: [{ id: 'decl', urlPatterns: ['https://www.caf.fr/espace/declaration*'], note: 'n' }], steps: [], fields: [] });

describe('page matching', () => {
  it('finds the most specific page of a pack', () => {
    expect(pageOf(caf, 'https://www.caf.fr/connexion/code')?.page.id).toBe('code');
    expect(pageOf(caf, 'https://www.caf.fr/espace/declaration')?.page.id).toBe('espace');
    expect(pageOf(caf, 'https://www.ameli.fr/')).toBeNull();
  });

  it('lists every pack for a URL, most specific first', () => {
    expect(packsForUrl('https://www.caf.fr/espace/declaration', [caf, decl]).map((m) => m.pack.id)).toEqual(['caf-decl', 'caf-essai']);
    // Same specificity: the more focused pack (fewer pages) first.
    expect(packsForUrl('https://www.caf.fr/connexion', [caf, login]).map((m) => m.pack.id)).toEqual(['caf-login', 'caf-essai']);
    expect(packsForUrl('https://www.impots.gouv.fr/', [caf, login])).toEqual([]);
  });

  it('prefers the pack of the walkthrough running in the tab when it covers the page', () => {
    expect(chooseGuide('https://www.caf.fr/connexion', [login, caf], 'caf-essai')).toMatchObject({ pack: caf, page: 'connexion' });
    expect(chooseGuide('https://www.caf.fr/connexion', [caf, login], null)).toMatchObject({ pack: login, page: 'connexion' });
  });

  it('keeps a running walkthrough, without page, on a page no pack covers (paused)', () => {
    expect(chooseGuide('https://app.franceconnect.gouv.fr/choix', [caf], 'caf-essai')).toEqual({ pack: caf, page: null, others: [] });
    expect(chooseGuide('https://app.franceconnect.gouv.fr/choix', [caf], null)).toEqual({ pack: null, page: null, others: [] });
    expect(chooseGuide('https://app.franceconnect.gouv.fr/choix', [caf], 'gone')).toEqual({ pack: null, page: null, others: [] });
  });

  it('offers the other packs with a walkthrough from this page', () => {
    const loginWithSteps = { ...login, steps: caf.steps.slice(0, 2), title: 'Se connecter' };
    expect(chooseGuide('https://www.caf.fr/connexion', [caf, loginWithSteps], null).others).toEqual([{ id: 'caf-essai', title: 'Essai' }]);
    expect(chooseGuide('https://www.caf.fr/connexion', [caf, loginWithSteps], 'caf-essai').others).toEqual([{ id: 'caf-login', title: 'Se connecter' }]);
    expect(chooseGuide('https://www.caf.fr/connexion', [caf, login], null).others).toEqual([{ id: 'caf-essai', title: 'Essai' }]);
  });
});

describe('walkthrough step resolution', () => {
  it('keeps the saved step on its own page (reload)', () => expect(resolveStep(caf, 1, 'connexion')).toBe(1));
  it('jumps forward to the first step of the page the person reached', () => expect(resolveStep(caf, 0, 'code')).toBe(2));
  it('goes back to the first step of an earlier page', () => expect(resolveStep(caf, 3, 'connexion')).toBe(0));
  it('keeps the step on a page the pack has no step for', () => expect(resolveStep(caf, 2, null)).toBe(2));
  it('clamps a saved step out of range', () => {
    expect(resolveStep(caf, 99, 'espace')).toBe(3);
    expect(resolveStep(caf, -4, 'connexion')).toBe(0);
    expect(resolveStep(testPack({ steps: [] }), 3, 'connexion')).toBe(0);
  });
  it('ends when the last step advances on navigation and the person leaves', () => {
    expect(endsOnLeaving(caf, 3)).toBe(true);
    expect(endsOnLeaving(caf, 2)).toBe(false);
  });
});
