// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createPageTranslator, pageCatalogs } from '../lib/i18n-pages';
import { createTranslator } from '../lib/translator';
import { QUESTIONS, type Answer } from '../core/session/autonomy';
import { AutonomyCheck } from './AutonomyCheck';
import { trustedClick as click, trustedKey as key } from '../tests/support/trusted-events';

const fr = createPageTranslator('fr');
const en = createPageTranslator('en');


function setup(speak?: (text: string) => void, i18n = fr) {
  const onResult = vi.fn();
  const onCancel = vi.fn();
  const utils = render(<AutonomyCheck i18n={i18n} speak={speak} onResult={onResult} onCancel={onCancel} />);
  return { onResult, onCancel, ...utils };
}

/** French typography puts a no-break space before ? ! : — compare the words. */
const plain = (text: string) => text.replace(/\u00a0/g, ' ');
const radios = () => screen.getAllByRole('radio');
const checked = () => radios().find((r) => r.getAttribute('aria-checked') === 'true')?.getAttribute('data-answer') ?? null;
const tabStop = () => radios().find((r) => r.tabIndex === 0)!;
const ORDER: Answer[] = ['alone', 'with-help', 'not-yet', 'dont-know'];

/** Answers the current question by keyboard only: focus the group's tab stop, arrows to the answer, Enter. */
function answerByKeyboard(answer: Answer) {
  const start = tabStop();
  act(() => start.focus());
  let at = ORDER.indexOf(start.getAttribute('data-answer') as Answer);
  while (at !== ORDER.indexOf(answer)) {
    key(document.activeElement!, 'ArrowDown');
    at = (at + 1) % ORDER.length;
    expect(checked()).toBe(ORDER[at]);
    expect(document.activeElement?.getAttribute('data-answer')).toBe(ORDER[at]);
  }
  key(document.activeElement!, 'Enter');
}

afterEach(() => {
  cleanup();
  fakeBrowser.reset();
});

describe('AutonomyCheck', () => {
  it('asks the ten questions one at a time by keyboard, focus on each question heading, then gives the level and suggestions', () => {
    const { onResult } = setup();
    // device alone, email with help, passwords with help, the rest: not yet / don't know → 2 + 1 + 1 = 4 points → level 1.
    const plan: Answer[] = ['alone', 'with-help', 'with-help', 'not-yet', 'dont-know', 'not-yet', 'with-help', 'not-yet', 'not-yet', 'not-yet'];
    plan.forEach((answer, i) => {
      expect(screen.getByText(`Question ${i + 1} sur 10`)).toBeTruthy();
      const heading = screen.getByRole('heading', { level: 4 });
      expect(heading.textContent).toBe(fr.t(QUESTIONS[i]!.key));
      expect(document.activeElement).toBe(heading);
      expect(radios()).toHaveLength(4);
      answerByKeyboard(answer);
    });
    const title = screen.getByRole('heading', { level: 4 });
    expect(title.textContent).toBe('Le résultat');
    expect(document.activeElement).toBe(title);
    expect(screen.getByText(fr.t('autonomy.level.1'))).toBeTruthy();
    const alone = document.querySelector('[data-list="alone"]')!;
    expect([...alone.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['utiliser un ordinateur ou un téléphone']);
    const next = document.querySelector('[data-list="next"]')!;
    expect(next.querySelectorAll('li')).toHaveLength(8);
    const suggestions = [...document.querySelectorAll('[data-suggestion]')].map((s) => s.getAttribute('data-suggestion'));
    expect(suggestions).toEqual(['aidants-connect', 'france-services', 'solidarite-numerique', 'local-workshops']);
    const phone = screen.getByRole('link', { name: fr.t('autonomy.suggest.phone', { phone: '01 70 772 372' }) });
    expect(phone.getAttribute('href')).toBe('tel:+33170772372');
    expect(screen.getByRole('link', { name: fr.t('autonomy.suggest.site', { site: 'www.solidarite-numerique.fr' }) }).getAttribute('href')).toBe('https://www.solidarite-numerique.fr');
    expect(screen.getByText('Les réponses ne sont pas gardées.')).toBeTruthy();
    expect(screen.getByText('Niveau 1 sur 4. Nous comptons seulement ce chiffre.')).toBeTruthy();
    expect(onResult).not.toHaveBeenCalled();
    click(screen.getByRole('button', { name: 'Compter ce niveau dans les statistiques' }));
    expect(onResult).toHaveBeenCalledTimes(1);
    expect(onResult).toHaveBeenCalledWith(1);
    // Counted once: a second press does nothing, and "close without counting" is gone.
    click(screen.getByRole('button', { name: 'Compter ce niveau dans les statistiques' }));
    expect(onResult).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('button', { name: 'Fermer sans compter' })).toBeNull();
  });

  it('gives level 4 and its two suggestions when everything is done alone (clicks), with nothing left "for later"', () => {
    const { onResult } = setup();
    for (let i = 0; i < 10; i++) click(screen.getByRole('radio', { name: 'Oui, seul(e)' }));
    expect(screen.getByText(fr.t('autonomy.level.4'))).toBeTruthy();
    expect(screen.getByText('Vous savez tout faire seul(e). Bravo !')).toBeTruthy();
    expect([...document.querySelectorAll('[data-suggestion]')].map((s) => s.getAttribute('data-suggestion'))).toEqual(['solidarite-numerique', 'france-services']);
    click(screen.getByRole('button', { name: 'Compter ce niveau dans les statistiques' }));
    expect(onResult).toHaveBeenCalledWith(4);
  });

  it('reads the question, its explanation and the answers aloud with "Lire la question"', () => {
    const speak = vi.fn();
    setup(speak);
    click(screen.getByRole('button', { name: 'Lire la question' }));
    expect(speak).toHaveBeenCalledTimes(1);
    const text = plain(speak.mock.calls[0]![0] as string);
    expect(plain(fr.t('autonomy.suggest.phone', { phone: '01' }))).toBe('Téléphone : 01');
    expect(text).toContain('Savez-vous utiliser un ordinateur ou un téléphone ?');
    expect(text).toContain(plain(fr.t('autonomy.q.device.hint')));
    for (const a of ['Oui, seul(e)', "Avec de l'aide", 'Non, pas encore', 'Je ne sais pas']) expect(text).toContain(a);
    click(screen.getByRole('radio', { name: 'Avec de l\'aide' }));
    click(screen.getByRole('button', { name: 'Lire la question' }));
    expect(plain(speak.mock.calls[1]![0] as string)).toContain('Savez-vous lire et envoyer un courriel ?');
    for (let i = 1; i < 10; i++) click(screen.getByRole('radio', { name: 'Avec de l\'aide' }));
    click(screen.getByRole('button', { name: 'Lire le résultat' }));
    expect(speak.mock.calls[2]![0]).toContain(fr.t('autonomy.level.2'));
    expect(speak.mock.calls[2]![0]).toContain('01 70 772 372');
  });

  it('hides the read-aloud buttons when there is no speech', () => {
    setup();
    expect(screen.queryByRole('button', { name: 'Lire la question' })).toBeNull();
    for (let i = 0; i < 10; i++) click(screen.getByRole('radio', { name: 'Non, pas encore' }));
    expect(screen.queryByRole('button', { name: 'Lire le résultat' })).toBeNull();
  });

  it('goes back with "Retour": the previous answer stays checked and can be changed; the result follows the change', () => {
    const { onResult } = setup();
    expect(screen.queryByRole('button', { name: 'Retour' })).toBeNull();
    for (let i = 0; i < 10; i++) click(screen.getByRole('radio', { name: 'Oui, seul(e)' }));
    click(screen.getByRole('button', { name: 'Retour' }));
    expect(screen.getByText('Question 10 sur 10')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 4 }));
    expect(checked()).toBe('alone');
    expect(tabStop().getAttribute('data-answer')).toBe('alone');
    click(screen.getByRole('button', { name: 'Retour' }));
    expect(screen.getByText('Question 9 sur 10')).toBeTruthy();
    click(screen.getByRole('radio', { name: 'Non, pas encore' }));
    expect(screen.getByText('Question 10 sur 10')).toBeTruthy();
    click(screen.getByRole('button', { name: 'Voir le résultat' }));
    expect(screen.getByText(fr.t('autonomy.level.3'))).toBeTruthy();
    click(screen.getByRole('button', { name: 'Compter ce niveau dans les statistiques' }));
    expect(onResult).toHaveBeenCalledWith(3);
  });

  it('moves in the radio group with the arrows, Home and End, wrapping, without answering', () => {
    setup();
    const first = tabStop();
    expect(first.getAttribute('data-answer')).toBe('alone');
    expect(checked()).toBeNull();
    act(() => first.focus());
    key(first, 'ArrowUp');
    expect(checked()).toBe('dont-know');
    key(document.activeElement!, 'Home');
    expect(checked()).toBe('alone');
    key(document.activeElement!, 'End');
    expect(checked()).toBe('dont-know');
    key(document.activeElement!, 'ArrowRight');
    expect(checked()).toBe('alone');
    expect(screen.getByText('Question 1 sur 10')).toBeTruthy();
    expect(radios().filter((r) => r.tabIndex === 0)).toHaveLength(1);
    key(document.activeElement!, ' ');
    expect(screen.getByText('Question 2 sur 10')).toBeTruthy();
  });

  it('stops with "Arrêter les questions" and closes the result without counting', () => {
    const first = setup();
    click(screen.getByRole('button', { name: 'Arrêter les questions' }));
    expect(first.onCancel).toHaveBeenCalledTimes(1);
    cleanup();
    const second = setup();
    for (let i = 0; i < 10; i++) click(screen.getByRole('radio', { name: 'Je ne sais pas' }));
    click(screen.getByRole('button', { name: 'Fermer sans compter' }));
    expect(second.onCancel).toHaveBeenCalledTimes(1);
    expect(second.onResult).not.toHaveBeenCalled();
  });

  it('ignores synthetic (untrusted) clicks and keys', () => {
    const speak = vi.fn();
    const { onCancel } = setup(speak);
    act(() => void screen.getByRole('radio', { name: 'Oui, seul(e)' }).dispatchEvent(new MouseEvent('click', { bubbles: true })));
    act(() => void tabStop().dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
    act(() => void screen.getByRole('button', { name: 'Lire la question' }).dispatchEvent(new MouseEvent('click', { bubbles: true })));
    act(() => void screen.getByRole('button', { name: 'Arrêter les questions' }).dispatchEvent(new MouseEvent('click', { bubbles: true })));
    expect(screen.getByText('Question 1 sur 10')).toBeTruthy();
    expect(checked()).toBeNull();
    expect(speak).not.toHaveBeenCalled();
    expect(onCancel).not.toHaveBeenCalled();
  });

  it('writes nothing anywhere: no web storage, no cookie, no extension storage', async () => {
    const { onResult } = setup(vi.fn());
    const plan: Answer[] = ['with-help', 'alone', 'not-yet', 'dont-know', 'alone', 'with-help', 'alone', 'not-yet', 'with-help', 'alone'];
    for (const answer of plan) answerByKeyboard(answer);
    click(screen.getByRole('button', { name: 'Compter ce niveau dans les statistiques' }));
    expect(onResult).toHaveBeenCalledTimes(1);
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);
    expect(document.cookie).toBe('');
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('speaks English when the translator is English, and sets lang and dir', () => {
    const { container } = setup(undefined, en);
    const section = container.querySelector('section')!;
    expect(section.getAttribute('lang')).toBe('en');
    expect(section.getAttribute('dir')).toBe('ltr');
    expect(screen.getByText('Question 1 of 10')).toBeTruthy();
    expect(screen.getByRole('radiogroup').getAttribute('aria-labelledby')).toBe(screen.getByRole('heading', { level: 4 }).id);
    expect(screen.getByRole('radio', { name: 'Yes, on my own' })).toBeTruthy();
  });

  it('in a right-to-left language, ArrowLeft goes forward and ArrowRight back (the arrows follow the reading direction)', () => {
    const ar = createTranslator('ar', { ...pageCatalogs, ar: {} });
    expect(ar.dir).toBe('rtl');
    const { container } = setup(undefined, ar);
    expect(container.querySelector('section')!.getAttribute('dir')).toBe('rtl');
    act(() => tabStop().focus());
    key(document.activeElement!, 'ArrowLeft');
    expect(checked()).toBe('with-help');
    key(document.activeElement!, 'ArrowRight');
    key(document.activeElement!, 'ArrowRight');
    expect(checked()).toBe('dont-know');
  });
});
