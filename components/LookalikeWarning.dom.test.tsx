// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { LookalikeWarning, type LookalikeWarningProps } from './LookalikeWarning';
import { assessHost } from '../core/portals/lookalike';
import { createPageTranslator } from '../lib/i18n-pages';

afterEach(cleanup);
const fr = createPageTranslator('fr');
const ameli = { id: 'ameli', shortName: 'Ameli', home: 'https://www.ameli.fr/', phone: '3646' };
const calls: string[] = [];
const props = (over: Partial<LookalikeWarningProps> = {}): LookalikeWarningProps => ({
  host: 'ameli-frconnect.fr',
  assessment: assessHost('ameli-frconnect.fr'),
  portal: ameli,
  canGoBack: true,
  continueFailed: false,
  onBack: () => calls.push('back'),
  onContinue: () => calls.push('continue'),
  i18n: fr,
  ...over,
});

describe('LookalikeWarning', () => {
  it('says plainly which site it may imitate, with the real address and the safe path', () => {
    render(<LookalikeWarning {...props()} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain("Attention : ce site n'est peut-être pas le vrai site Ameli.");
    expect(screen.getByText('ameli-frconnect.fr')).toBeTruthy();
    expect(screen.getByText('www.ameli.fr')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Aller sur le vrai site' }).getAttribute('href')).toBe('https://www.ameli.fr/');
    expect(screen.getByText('Un doute ? Appelez Ameli au 3646.')).toBeTruthy();
    expect(screen.getByText(/33700/)).toBeTruthy();
    expect(screen.getByText(/carte Vitale est gratuite/)).toBeTruthy();
    expect(screen.getByText(/utilise le nom d'un organisme officiel/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Continuer quand même vers ameli-frconnect.fr' })).toBeTruthy();
  });

  it('puts the focus on the heading, for keyboard and screen reader users', () => {
    render(<LookalikeWarning {...props()} />);
    expect(document.activeElement?.id).toBe('warning-title');
  });

  it('without a named portal: the three numbers to call, free identity papers, the .gouv.fr hint, no "real site" button', () => {
    render(<LookalikeWarning {...props({ host: 'amendes-gouv.org', assessment: assessHost('amendes-gouv.org'), portal: null })} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain("ce site n'est peut-être pas un vrai site officiel");
    for (const text of ['allocations familiales : 3230', 'Assurance Maladie : 3646', 'France Travail : 3949', /papiers d'identité sont gratuites/]) expect(screen.getByText(text)).toBeTruthy();
    expect(screen.getByText("Les sites de l'État finissent par « .gouv.fr ».")).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Aller sur le vrai site' })).toBeNull();
  });

  it('offers to close the tab when there is no page to go back to', () => {
    render(<LookalikeWarning {...props({ canGoBack: false })} />);
    expect(screen.getByRole('button', { name: 'Fermer cet onglet' })).toBeTruthy();
  });

  it('without an address: says so, and offers no way to continue', () => {
    render(<LookalikeWarning {...props({ host: null })} />);
    expect(screen.getByText('Nous ne savons pas quel site vous vouliez ouvrir.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Continuer/ })).toBeNull();
  });

  it('ignores clicks synthesised by a script', () => {
    render(<LookalikeWarning {...props()} />);
    screen.getByRole('button', { name: /Continuer quand même/ }).dispatchEvent(new MouseEvent('click', { bubbles: true }));
    screen.getByRole('button', { name: 'Revenir en arrière' }).dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(calls).toEqual([]);
  });

  it('says when the choice could not be saved', () => {
    render(<LookalikeWarning {...props({ continueFailed: true })} />);
    expect(screen.getByRole('alert').textContent).toBe("Votre choix n'est pas enregistré. Réessayez.");
  });

  it('speaks English when asked', () => {
    render(<LookalikeWarning {...props({ i18n: createPageTranslator('en') })} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('Warning: this may not be the real Ameli site.');
  });
});
