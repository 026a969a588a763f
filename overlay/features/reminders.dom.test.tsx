// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, render } from '@testing-library/preact';
import { OverlayRoot } from '../OverlayRoot';
import { createTestPageContext } from '../test-page-context';
import { privacyState } from '../privacy/privacy-state';
import { documentReminder } from './document-reminder';
import { identifierReminder } from './identifier-reminder';
import { reminderBubble } from './reminder-bubble';
import { secretReminder } from './secret-reminder';
import { sharedComputerReminder } from './shared-computer-reminder';
import { trusted as markTrusted } from '../../tests/support/trusted-events';

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
    expect(bubbleText()).toContain('À vous de taper.');
    expect(bubbleText()).toContain('répondez « Jamais »');
    expect(document.querySelector('.cac-reminder')?.closest('[role="status"]')?.getAttribute('aria-live')).toBe('polite');
    expect(document.activeElement).toBe($('pw'));
  });

  it('shows the worker line only in accompanied mode', async () => {
    await focus('otp');
    expect(bubbleText()).toContain('À vous de taper.');
    expect(bubbleText()).not.toContain('Regardez ailleurs');
    await act(() => privacyState(page.services).mode.set('accompanied'));
    expect(bubbleText()).toContain('Regardez ailleurs');
    expect(document.querySelector('.cac-reminder__worker')).not.toBeNull();
  });

  it('identifier: not on paper, not aloud', async () => {
    await focus('nir');
    expect(bubbleText()).toContain('Ne le notez pas sur un papier.');
    expect(bubbleText()).not.toContain('À vous de taper');
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
    await act(() => void $('pw').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(document.querySelector('.cac-reminder')).toBeNull();
  });
});

describe('reminder bubble: keyboard (our host in its shadow root, as on a real page)', () => {
  let shadow: ShadowRoot;
  beforeEach(() => {
    cleanup();
    page.abort();
    // Skipped by Tab: hidden, disabled, tabindex="-1", inside [hidden].
    $('pw').after(document.createRange().createContextualFragment('<input type="hidden" id="h1"><button id="off" disabled>x</button><a id="minus" href="/x" tabindex="-1">x</a><span hidden><input id="h2"></span>'));
    page = createTestPageContext('https://www.caf.fr/connexion');
    const host = document.createElement('cote-a-cote-overlay');
    document.body.append(host);
    shadow = host.attachShadow({ mode: 'open' });
    const container = document.createElement('div');
    shadow.append(container);
    render(<OverlayRoot page={page} features={FEATURES} />, { container });
  });

  const tab = (target: Element, init: KeyboardEventInit = {}, trusted = true) => {
    const event = new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, composed: true, cancelable: true, ...init });
    if (trusted) markTrusted(event);
    let kept = true;
    act(() => void (kept = target.dispatchEvent(event)));
    return kept;
  };
  const buttons = () => [...shadow.querySelectorAll<HTMLElement>('.cac-reminder button')];
  const focused = () => shadow.activeElement ?? document.activeElement;

  it('says the Tab hint politely; Tab from the field goes to the first button, the bubble stays', async () => {
    await focus('pw');
    expect(shadow.querySelector('[role="status"] .cac-reminder__hint')?.textContent).toBe('Touche Tab : aller aux boutons du rappel.');
    expect(tab($('pw'))).toBe(false);
    expect(focused()).toBe(buttons()[0]);
    expect(buttons()[0]!.textContent).toBe('Ne plus afficher pendant cette session');
    expect(shadow.querySelector('.cac-reminder')?.textContent).toContain('À vous de taper.');
  });

  it('leaves Tab alone when untrusted, with Shift, a modifier or while composing', async () => {
    await focus('pw');
    for (const [init, trusted] of [[{}, false], [{ shiftKey: true }, true], [{ ctrlKey: true }, true], [{ altKey: true }, true], [{ isComposing: true }, true]] as const) {
      expect(tab($('pw'), init, trusted)).toBe(true);
      expect(document.activeElement).toBe($('pw'));
    }
  });

  it('inside: Tab goes from button to button, Shift+Tab from the first goes back to the field', async () => {
    await focus('pw');
    tab($('pw'));
    const all = buttons();
    expect(all.length).toBeGreaterThanOrEqual(2);
    for (let i = 1; i < all.length; i++) {
      tab(all[i - 1]!);
      expect(focused()).toBe(all[i]);
    }
    expect(all.at(-1)!.getAttribute('aria-label')).toBe('Fermer le rappel');
    tab(all[1]!, { shiftKey: true });
    expect(focused()).toBe(all[0]);
    tab(all[0]!, { shiftKey: true });
    expect(document.activeElement).toBe($('pw'));
    expect(shadow.querySelector('.cac-reminder')?.textContent).toContain('À vous de taper.');
  });

  it('Tab from the last button goes on to the next tabbable page element (hidden, disabled and tabindex="-1" skipped)', async () => {
    await focus('nom');
    expect(shadow.querySelector('.cac-reminder')).toBeNull();
    await focus('pw');
    tab($('pw'));
    expect(tab(buttons().at(-1)!)).toBe(false);
    expect(document.activeElement).toBe($('remember'));
    expect(shadow.querySelector('.cac-reminder')?.textContent).toContain('ordinateur partagé');
  });

  it('an untrusted Tab inside the bubble does nothing', async () => {
    await focus('pw');
    tab($('pw'));
    expect(tab(buttons()[0]!, {}, false)).toBe(true);
    expect(focused()).toBe(buttons()[0]);
  });
});
