// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OverlayRoot } from '../OverlayRoot';
import { buildPageReport } from '../page-report';
import { createWalkthrough } from './walkthrough';
import { flush, guidedPage, loadPractice, memoryBackground, trusted } from '../guide/test-guide';
import { cardActions, openTray, pinned, section, sectionIds, tray } from '../layout/test-layout';

let abort = () => {};
let url = '';
beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  cleanup();
  abort();
  document.body.textContent = '';
});

async function setup(file: string, at: string) {
  loadPractice(file);
  url = at;
  const send = memoryBackground(() => url);
  const page = guidedPage(at, send);
  abort = page.abort;
  render(<OverlayRoot page={page} features={[createWalkthrough(send)]} />);
  await flush(); // pack and progress arrive
  await flush(); // the card is measured, then shown
  return page;
}
const click = async (name: RegExp | string) => {
  trusted(screen.getByRole('button', { name }), new MouseEvent('click', { bubbles: true }));
  await flush();
  await flush(); // a new card is measured before it shows
};
const progress = () => document.querySelector('.cac-card__progress')?.textContent;

describe('walkthrough', () => {
  it('starts from "Commencer le guide" pinned beside the launcher, says "Étape 1 sur 12" and shows the papers to have ready', async () => {
    const page = await setup('www.caf.fr/connexion.html', 'https://www.caf.fr/connexion');
    // Pinned: in view without opening the tray; short label, the procedure in its accessible name.
    const start = pinned()?.querySelector<HTMLButtonElement>('.cac-walk--start button');
    expect(start?.textContent).toBe('Commencer le guide');
    expect(start?.getAttribute('aria-label')).toBe('Commencer le guide : Déclarer vos ressources à la CAF');
    expect(tray()?.hidden).toBe(true);
    start!.click(); // a page script's click starts nothing
    await flush();
    expect(progress()).toBeUndefined();
    await click('Commencer le guide : Déclarer vos ressources à la CAF');
    expect(progress()).toBe('Étape 1 sur 12');
    // The step is a section of the one card, about its target; its buttons in the card's foot.
    expect(sectionIds()).toEqual(['step']);
    expect(page.services.layout.choice.get()).toMatchObject({ kind: 'step', anchor: document.getElementById('nir') });
    expect([...cardActions()!.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Suivant', 'Arrêter le guide']);
    expect(section('step')?.querySelector('button.cac-btn--main')).toBeNull();
    // Its target is kept clear of anything of ours.
    expect(page.services.layout.keep.get().get('walkthrough')).toEqual([document.getElementById('nir')]);
    expect(pinned()?.querySelector('.cac-walk--start')).toBeNull();
    // Started: the focus comes into the step (its title), not to the page's top.
    expect(document.activeElement).toBe(section('step')?.querySelector('h2'));
    expect(screen.getByText('Papiers à préparer')).toBeTruthy();
    expect(document.querySelector('.cac-walk[data-step]')?.textContent).toContain('Vos fiches de paie des 3 derniers mois.');
    expect(document.querySelector('.cac-walk h2')?.textContent).toBe('Votre numéro de sécurité sociale');
    expect(document.querySelector('[role="status"].cac-sr')?.textContent).toBe('Étape 1 sur 12 : Votre numéro de sécurité sociale');
  });

  it('moves on when the person fills the field (input event, then leaving it), never on an untrusted event', async () => {
    await setup('www.caf.fr/connexion.html', 'https://www.caf.fr/connexion');
    await click(/Commencer le guide/);
    const nir = document.getElementById('nir')!;
    nir.dispatchEvent(new Event('input', { bubbles: true }));
    nir.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    await flush();
    expect(progress()).toBe('Étape 1 sur 12');
    trusted(nir, new Event('input', { bubbles: true }));
    await flush();
    expect(progress()).toBe('Étape 1 sur 12'); // not while typing
    trusted(nir, new FocusEvent('focusout', { bubbles: true }));
    await flush();
    expect(progress()).toBe('Étape 2 sur 12');
  });

  it('moves on when the person clicks the real button, and has next / previous', async () => {
    await setup('www.caf.fr/connexion.html', 'https://www.caf.fr/connexion');
    await click(/Commencer le guide/);
    await click('Suivant');
    await click('Suivant');
    expect(progress()).toBe('Étape 3 sur 12');
    await click('Précédent');
    await click('Suivant');
    trusted(document.querySelector('#login-caf button[type=submit]')!, new MouseEvent('click', { bubbles: true }));
    await flush();
    expect(progress()).toBe('Étape 4 sur 12');
    expect(await fakeBrowser.storage.session.get(null)).toEqual({ 'walkthrough:1': { v: 1, packId: 'caf-declaration-trimestrielle', step: 3 } });
  });

  it('resumes on the step of the page the person reached (reload, next page)', async () => {
    await fakeBrowser.storage.session.set({ 'walkthrough:1': { v: 1, packId: 'caf-declaration-trimestrielle', step: 1 } });
    await setup('www.caf.fr/espace.html', 'https://www.caf.fr/espace');
    await flush();
    expect(progress()).toBe('Étape 6 sur 12');
    expect(document.querySelector('.cac-walk h2')?.textContent).toBe('Ouvrir la déclaration');
    expect(await fakeBrowser.storage.session.get(null)).toEqual({ 'walkthrough:1': { v: 1, packId: 'caf-declaration-trimestrielle', step: 5 } });
  });

  it('says "Je ne trouve pas ce champ sur la page" and reports the miss when the target is gone', async () => {
    const page = await setup('www.caf.fr/connexion.html', 'https://www.caf.fr/connexion');
    document.getElementById('nir')!.remove();
    page.services.guide.get()?.recheck();
    await click(/Commencer le guide/);
    expect(document.querySelector('.cac-walk__missing')?.textContent).toContain('Je ne trouve pas ce champ sur la page.');
    const { steps } = await buildPageReport(document, page.portal, page.services);
    expect(steps.find((s) => s.id === 'numero')).toEqual({ id: 'numero', status: 'missed', reason: 'aucun repère ne désigne un seul élément (label : aucun élément, name : aucun élément)' });
    expect(steps.find((s) => s.id === 'mot-de-passe')?.status).toBe('found');
  });

  it('stops at any time', async () => {
    await setup('www.caf.fr/connexion.html', 'https://www.caf.fr/connexion');
    await click(/Commencer le guide/);
    await click('Arrêter le guide');
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect(screen.getByRole('button', { name: /Commencer le guide/ })).toBeTruthy();
  });

  it('offers every pack whose walkthrough can start on the page', async () => {
    await setup('cfspart.impots.gouv.fr/connexion.html', 'https://cfspart.impots.gouv.fr/connexion');
    // The first pinned beside the launcher, the others in its tray.
    expect([...pinned()!.querySelectorAll('.cac-walk button')].map((b) => b.getAttribute('aria-label'))).toEqual([
      'Commencer le guide : Se connecter à votre espace des impôts',
    ]);
    const open = await openTray();
    expect([...open.querySelectorAll('.cac-walk button')].map((b) => b.textContent)).toEqual([
      'Commencer le guide : Déclarer vos revenus aux impôts',
    ]);
    await click('Commencer le guide : Déclarer vos revenus aux impôts');
    expect(progress()).toMatch(/^Étape 1 sur \d+$/);
  });
});

describe('walkthrough keyboard', () => {
  it('keeps the focus on "Suivant" when "Précédent" appears', async () => {
    await setup('www.caf.fr/connexion.html', 'https://www.caf.fr/connexion');
    await click(/Commencer le guide/);
    const next = screen.getByRole('button', { name: 'Suivant' });
    next.focus();
    await click('Suivant');
    expect(progress()).toBe('Étape 2 sur 12');
    expect(document.activeElement?.textContent).toBe('Suivant');
  });
});
