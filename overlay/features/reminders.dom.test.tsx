// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, waitFor } from '@testing-library/preact';
import { OverlayRoot } from '../OverlayRoot';
import { createTestPageContext } from '../test-page-context';
import { privacyState } from '../privacy/privacy-state';
import { documentReminder } from './document-reminder';
import { identifierReminder } from './identifier-reminder';
import { reminderBubble } from './reminder-bubble';
import { secretReminder } from './secret-reminder';
import { sharedComputerReminder } from './shared-computer-reminder';
import { startKeyboard } from '../layout/keyboard';
import { findSection, section, trustedKey } from '../layout/test-layout';

const FEATURES = [secretReminder, identifierReminder, sharedComputerReminder, documentReminder, reminderBubble];

// Shapes of the practice CAF login, Ameli code page, CAF upload and Ameli attestation.
const PAGE = `<form>
  <label for="nir">Numéro de sécurité sociale</label><input id="nir" name="nir" inputmode="numeric" maxlength="13">
  <div class="fr-password"><label for="pw">Mot de passe</label><input class="fr-password__input" id="pw" type="password" autocomplete="current-password"></div>
  <input type="checkbox" id="remember"><label for="remember">Se souvenir de moi</label>
  <label for="otp">Code reçu par SMS</label><input id="otp" autocomplete="one-time-code" maxlength="6">
  <label for="file">Justificatif de domicile</label><input id="file" type="file">
  <label for="nom">Nom</label><input id="nom">
  <a id="pdf" href="/compte/attestation-droits.pdf" download>Télécharger l'attestation</a>
  <a id="page" href="/compte">Mon compte</a>
</form>`;

let page: ReturnType<typeof createTestPageContext>;
beforeEach(() => {
  document.body.innerHTML = PAGE;
  page = createTestPageContext('https://www.caf.fr/connexion');
  render(<OverlayRoot page={page} features={FEATURES} />);
});
afterEach(() => {
  cleanup();
  page.abort();
  document.body.innerHTML = '';
});

const $ = (id: string) => document.getElementById(id) as HTMLElement;
const bubbleText = () => document.querySelector('.cac-reminder')?.textContent ?? '';
const focus = (id: string) => act(() => $(id).focus());

describe('reminders (C2)', () => {
  it('a password gets the focus: "À vous de taper." and the "Jamais" advice, in a polite live region; the focus stays', async () => {
    await focus('pw');
    await findSection('reminder');
    expect(bubbleText()).toContain('À vous de taper.');
    expect(bubbleText()).toContain('répondez « Jamais »');
    // Said in a polite live region that stays in the page (the card's section comes and goes).
    const live = document.querySelector('[data-feature="reminder-bubble"] [role="status"]');
    expect(live?.getAttribute('aria-live')).toBe('polite');
    expect(live?.textContent).toContain('À vous de taper.');
    expect(live?.textContent).toContain('répondez « Jamais »');
    // A section of the one card about the password field, the secret reminder first.
    expect(page.services.layout.choice.get()).toMatchObject({ kind: 'field', anchor: $('pw'), sections: ['reminder'] });
    expect(document.activeElement).toBe($('pw'));
  });

  it('speaks to the person only: beside a worker, the person may ask them to look away; never a line to the worker', async () => {
    await focus('otp');
    expect(bubbleText()).toContain('À vous de taper.');
    expect(bubbleText()).not.toContain('accompagnant');
    await act(() => privacyState(page.services).session.set({ phase: 'accompanied', typist: 'person', secretFocus: true, procedure: null }));
    expect(bubbleText()).toContain('Vous pouvez demander à votre accompagnant de regarder ailleurs.');
    expect(bubbleText()).not.toMatch(/Regardez ailleurs|la personne|Vous accompagnez/);
  });

  it('identifier: not on paper, not aloud; follows who types while the bubble is open', async () => {
    await focus('nir');
    expect(bubbleText()).toContain('Ne le notez pas sur un papier.');
    expect(bubbleText()).not.toContain('À vous de taper');
    const session = privacyState(page.services).session;
    await act(() => session.set({ phase: 'accompanied', typist: 'worker', secretFocus: false, procedure: null }));
    expect(bubbleText()).toContain('Votre accompagnant tape ce numéro pour vous.');
    await act(() => session.set({ phase: 'accompanied', typist: 'person', secretFocus: false, procedure: null }));
    expect(bubbleText()).not.toContain('Votre accompagnant tape');
    expect(bubbleText()).toContain('Ne le notez pas sur un papier.');
    expect(document.activeElement).toBe($('nir'));
  });

  it('remember-me checkbox: advice for shared computers', async () => {
    await focus('remember');
    expect(bubbleText()).toContain('ordinateur partagé, ne cochez pas cette case');
  });

  it('upload field and document link: where the file goes', async () => {
    await focus('file');
    expect(bubbleText()).toContain('Le fichier reste aussi sur cet ordinateur.');
    await focus('pdf');
    expect(bubbleText()).toContain('dossier Téléchargements');
  });

  it('an ordinary field or link shows nothing, and leaving the field hides the bubble', async () => {
    await focus('pw');
    expect(bubbleText()).not.toBe('');
    await focus('nom');
    expect(document.querySelector('.cac-reminder')).toBeNull();
    await act(() => void $('page').dispatchEvent(new MouseEvent('mouseover', { bubbles: true })));
    expect(document.querySelector('.cac-reminder')).toBeNull();
  });

  it('pointing at a document link shows the download reminder, leaving it hides it', async () => {
    await act(() => void $('pdf').dispatchEvent(new MouseEvent('mouseover', { bubbles: true })));
    expect(bubbleText()).toContain('Téléchargements');
    await act(() => void $('pdf').dispatchEvent(new MouseEvent('mouseout', { bubbles: true, relatedTarget: document.body })));
    expect(document.querySelector('.cac-reminder')).toBeNull();
  });

  it('a silenced kind is gone for the session, the others stay', async () => {
    await focus('pw');
    await act(() => privacyState(page.services).silence('secret'));
    expect(bubbleText()).not.toContain('À vous de taper.');
    expect(bubbleText()).toContain('Jamais');
    await focus('otp');
    expect(document.querySelector('.cac-reminder')).toBeNull();
    await focus('nir');
    expect(bubbleText()).toContain('Ne le notez pas');
  });

  it('ignores synthetic clicks on its buttons (a page script cannot silence it)', async () => {
    await focus('pw');
    await act(() => (document.querySelector('.cac-reminder__silence') as HTMLButtonElement).click());
    expect(privacyState(page.services).silenced.get()).toEqual([]);
    expect(bubbleText()).toContain('À vous de taper.');
  });

  it('hides under the privacy curtain and Escape closes it', async () => {
    await focus('pw');
    await act(() => privacyState(page.services).curtain.set(true));
    expect(document.querySelector('.cac-reminder')).toBeNull();
    await act(() => privacyState(page.services).curtain.set(false));
    expect(bubbleText()).toContain('À vous de taper.');
    // A page script's Escape (isTrusted false) does not close our reminder; the person's does.
    expect(trustedKey($('pw'), 'Escape', {}, false)).toBe(true);
    expect(bubbleText()).toContain('À vous de taper.');
    trustedKey($('pw'), 'Escape');
    expect(document.querySelector('.cac-reminder')).toBeNull();
    expect(document.activeElement).toBe($('pw'));
  });
});

describe('reminder section: keyboard (overlay/layout/keyboard.ts on our host\'s shadow root, as on a real page)', () => {
  let shadow: ShadowRoot;
  let keys: AbortController;
  beforeEach(() => {
    cleanup();
    page.abort();
    // Skipped by Tab: hidden, disabled, tabindex="-1", inside [hidden].
    $('pw').after(document.createRange().createContextualFragment('<input type="hidden" id="h1"><button id="off" disabled>x</button><a id="minus" href="/x" tabindex="-1">x</a><span hidden><input id="h2"></span>'));
    page = createTestPageContext('https://www.caf.fr/connexion');
    const host = document.createElement('cote-a-cote-overlay');
    document.body.prepend(host); // first in the body, as overlay/mount.tsx puts it
    shadow = host.attachShadow({ mode: 'open' });
    const container = document.createElement('div');
    shadow.append(container);
    render(<OverlayRoot page={page} features={FEATURES} />, { container });
    // The keyboard order comes with the lazy part `layout` (overlay/layout/start-layout.ts).
    keys = new AbortController();
    startKeyboard(page.services.layout, shadow, keys.signal);
  });
  afterEach(() => keys.abort());

  /** The person's focus on a page field: the coordinator (needs layout, not run here) remembers it on focusin. */
  const focusField = async (id: string) => {
    await focus(id);
    page.services.layout.lastPageFocus.set($(id));
  };
  const tab = (target: Element, init: KeyboardEventInit = {}, trusted = true) => trustedKey(target, 'Tab', init, trusted);
  /** The reminder's buttons: in the card's foot (always on screen), not in the section's body. */
  const buttons = () => [...shadow.querySelectorAll<HTMLElement>('.cac-context .cac-context__actions .cac-section__actions[data-section="reminder"] button')];
  const focused = () => shadow.activeElement ?? document.activeElement;

  it('Tab from the field goes to the first button of the card about it, the section stays', async () => {
    await focusField('pw');
    await findSection('reminder', shadow);
    expect(tab($('pw'))).toBe(false);
    expect(focused()).toBe(buttons()[0]);
    expect(buttons()[0]!.textContent).toBe('Ne plus afficher pendant cette session');
    expect(buttons()[0]!.classList.contains('cac-reminder__silence')).toBe(true);
    // One "not again" for every kind shown; nothing to press in the section's body.
    expect(shadow.querySelectorAll('.cac-reminder__silence')).toHaveLength(1);
    expect(section('reminder', shadow)!.querySelectorAll('button, a[href], input, [tabindex]:not([tabindex="-1"])')).toHaveLength(0);
    expect(shadow.querySelector('.cac-reminder')?.textContent).toContain('À vous de taper.');
  });

  it('leaves Tab alone when untrusted, with Shift, a modifier or while composing', async () => {
    await focusField('pw');
    await findSection('reminder', shadow);
    for (const [init, trusted] of [[{}, false], [{ shiftKey: true }, true], [{ ctrlKey: true }, true], [{ altKey: true }, true], [{ isComposing: true }, true]] as const) {
      expect(tab($('pw'), init, trusted)).toBe(true);
      expect(document.activeElement).toBe($('pw'));
    }
  });

  it('leaves Tab alone from a field no card is about', async () => {
    await focusField('nom');
    expect(shadow.querySelector('.cac-reminder')).toBeNull();
    expect(tab($('nom'))).toBe(true);
  });

  it('inside: Tab goes from button to button, Shift+Tab walks back and from the first goes back to the field', async () => {
    await focusField('pw');
    await findSection('reminder', shadow);
    tab($('pw'));
    const all = buttons();
    expect(all.length).toBeGreaterThanOrEqual(2);
    for (let i = 1; i < all.length; i++) {
      expect(tab(focused()!)).toBe(false);
      expect(focused()).toBe(all[i]);
    }
    expect(all).toHaveLength(2);
    expect(all.at(-1)!.classList.contains('cac-reminder__close')).toBe(true);
    expect(all.at(-1)!.getAttribute('aria-label')).toBe(page.i18n.t('privacy.reminder.close'));
    expect(all.at(-1)!.getAttribute('aria-label')).toMatch(/^Fermer (le|ce) rappel$/);
    for (let i = all.length - 2; i >= 0; i--) {
      expect(tab(focused()!, { shiftKey: true })).toBe(false);
      expect(focused()).toBe(all[i]);
    }
    expect(tab(focused()!, { shiftKey: true })).toBe(false);
    expect(document.activeElement).toBe($('pw'));
    expect(shadow.querySelector('.cac-reminder')?.textContent).toContain('À vous de taper.');
  });

  it('Tab from the last button goes on to the next tabbable page element (hidden, disabled and tabindex="-1" skipped)', async () => {
    await focusField('nom');
    expect(shadow.querySelector('.cac-reminder')).toBeNull();
    await focusField('pw');
    await findSection('reminder', shadow);
    tab($('pw'));
    while (focused() !== buttons().at(-1)) expect(tab(focused()!)).toBe(false);
    expect(tab(focused()!)).toBe(false);
    expect(document.activeElement).toBe($('remember'));
    await findSection('reminder', shadow);
    expect(shadow.querySelector('.cac-reminder')?.textContent).toContain('ordinateur partagé');
  });

  it('an untrusted Tab inside the card does nothing', async () => {
    await focusField('pw');
    await findSection('reminder', shadow);
    tab($('pw'));
    expect(tab(buttons()[0]!, {}, false)).toBe(true);
    expect(focused()).toBe(buttons()[0]);
  });

  const escapeFromCard = async () => {
    await focusField('pw');
    await findSection('reminder', shadow);
    tab($('pw'));
    expect(focused()).toBe(buttons()[0]);
    trustedKey(buttons()[0]!, 'Escape');
    await waitFor(() => expect(document.activeElement).toBe($('pw')));
  };

  it('Escape in the card gives the focus back to the field', escapeFromCard);

  // The focus given back to the field is a new focusin: the reminder center must not show the
  // reminder again for it (layout.returning, set by keyboard.ts while it gives the focus back).
  it('Escape in the card closes the reminder (it does not come back with the focus)', async () => {
    await escapeFromCard();
    await act(() => new Promise((r) => setTimeout(r, 20)));
    expect(shadow.querySelector('.cac-reminder')).toBeNull();
    expect(document.activeElement).toBe($('pw'));
  });

  it('a page script\'s Escape in the card closes nothing and moves nothing', async () => {
    await focusField('pw');
    await findSection('reminder', shadow);
    tab($('pw'));
    expect(focused()).toBe(buttons()[0]);
    expect(trustedKey(buttons()[0]!, 'Escape', {}, false)).toBe(true);
    await act(() => new Promise((r) => setTimeout(r, 20)));
    expect(shadow.querySelector('.cac-reminder')?.textContent).toContain('À vous de taper.');
    expect(focused()).toBe(buttons()[0]);
  });

  it('the focus given back to the field still lets a later focus show the reminder again', async () => {
    await escapeFromCard();
    await act(() => new Promise((r) => setTimeout(r, 20)));
    expect(shadow.querySelector('.cac-reminder')).toBeNull();
    await focusField('nom');
    await focusField('pw');
    await findSection('reminder', shadow);
    expect(shadow.querySelector('.cac-reminder')?.textContent).toContain('À vous de taper.');
  });
});
