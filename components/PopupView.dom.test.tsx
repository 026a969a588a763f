// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/preact';
import { PopupView } from './PopupView';
import { createTranslator } from '../lib/i18n';
import { createPageTranslator } from '../lib/i18n-pages';
import { describeTabSite } from '../entrypoints/popup/tab-site';

const fr = createTranslator('fr');

describe('PopupView', () => {
  it('names the official portal of the active tab', () => {
    render(<PopupView site={describeTabSite('https://www.caf.fr/espace?x=1')} i18n={fr} />);
    expect(screen.getByText('Ce site est un site officiel.')).toBeTruthy();
    expect(screen.getByText(/CAF — Caisse d'allocations familiales/)).toBeTruthy();
    expect(screen.getByText('Adresse : www.caf.fr')).toBeTruthy();
  });

  it('warns calmly on a site that is not on the list', () => {
    render(<PopupView site={describeTabSite('https://www.site-non-officiel.test/login')} i18n={fr} />);
    expect(screen.getByText("Ce site n'est pas dans notre liste de sites officiels.")).toBeTruthy();
    expect(screen.getByText(/Ne donnez pas votre mot de passe/)).toBeTruthy();
  });

  it('says it sees no site on a browser page', () => {
    render(<PopupView site={describeTabSite('chrome://newtab/')} i18n={fr} />);
    expect(screen.getByText('Nous ne voyons pas de site dans cet onglet.')).toBeTruthy();
  });

  it('speaks English when asked', () => {
    render(<PopupView site={describeTabSite('https://www.caf.fr/')} i18n={createTranslator('en-GB')} />);
    expect(screen.getByText('This is an official site.')).toBeTruthy();
  });

  it('warns clearly on a look-alike site, with the real address (G1)', () => {
    render(<PopupView site={describeTabSite('https://ameli-frconnect.fr/login')} i18n={createPageTranslator('fr')} />);
    expect(screen.getByText("Attention : ce site n'est peut-être pas le vrai site Ameli.")).toBeTruthy();
    expect(screen.getByText('Le vrai site : https://www.ameli.fr/')).toBeTruthy();
    expect(screen.queryByText('Ce site est un site officiel.')).toBeNull();
  });

  it('speaks of the site behind our own warning page', () => {
    const site = describeTabSite(`chrome-extension://abcdefghijklmnopabcdefghijklmnop/warning.html#${encodeURIComponent('https://impots-gouv.fr/x')}`);
    expect(site).toEqual({ kind: 'lookalike', host: 'impots-gouv.fr', portalName: 'impots.gouv', home: 'https://www.impots.gouv.fr/' });
  });

  it('opens the clean desk on a real click only', () => {
    let opened = 0;
    render(<PopupView site={{ kind: 'unknown' }} i18n={createPageTranslator('fr')} onCleanDesk={() => opened++} />);
    const button = screen.getByRole('button', { name: 'Bureau propre : tout nettoyer avant de partir' });
    button.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(opened).toBe(0); // a synthetic event is not trusted
  });
});
