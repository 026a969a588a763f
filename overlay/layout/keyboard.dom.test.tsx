// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OverlayRoot } from '../OverlayRoot';
import { fieldHelp } from '../features/field-help';
import { identifierReminder } from '../features/identifier-reminder';
import { reminderBubble } from '../features/reminder-bubble';
import { guidedPage, loadPractice, trusted } from '../guide/test-guide';
import { startKeyboard } from './keyboard';
import { card, cardActions, findSection, retargetRelatedTarget, section, trustedClick, trustedKey } from './test-layout';

/**
 * The keyboard order of our UI (overlay/layout/keyboard.ts), on the CAF login with the real
 * field help and reminders, in our shadow root (first child of <body>, as overlay/mount.tsx
 * puts it): Tab from a field goes to its "?", then into the card about it, then on to the
 * page element after the field; Shift+Tab walks back; Escape gives the focus back to the field.
 * The coordinator (needs layout) is not run: what it remembers on focusin — the last page
 * element the person was on — is set as it would set it.
 */
let page: ReturnType<typeof guidedPage>;
let shadow: ShadowRoot;
let keys: AbortController;
let focusToggle: () => boolean;

beforeEach(async () => {
  fakeBrowser.reset();
  keys = new AbortController();
  retargetRelatedTarget(keys.signal); // as a browser does (happy-dom does not)
  loadPractice('www.caf.fr/connexion.html');
  page = guidedPage('https://www.caf.fr/connexion');
  const host = document.createElement('cote-a-cote-overlay');
  document.body.prepend(host);
  shadow = host.attachShadow({ mode: 'open' });
  const container = document.createElement('div');
  shadow.append(container);
  render(<OverlayRoot page={page} features={[identifierReminder, reminderBubble, fieldHelp]} />, { container });
  ({ focusToggle } = startKeyboard(page.services.layout, shadow, keys.signal));
  await waitFor(() => expect(shadow.querySelectorAll('.cac-help__q').length).toBeGreaterThan(0));
});
afterEach(() => {
  keys.abort();
  cleanup();
  page.abort();
  document.body.textContent = '';
});

const $ = (id: string) => document.getElementById(id) as HTMLElement;
const focused = () => shadow.activeElement ?? document.activeElement;
const tab = (init: KeyboardEventInit = {}, trusted = true) => trustedKey(focused()!, 'Tab', init, trusted);
/** The person's focus on a page field (trusted focusin), remembered as the coordinator does. */
async function focusField(id: string) {
  const field = $(id);
  await act(() => field.focus());
  trusted(field, new FocusEvent('focusin', { bubbles: true, composed: true }));
  page.services.layout.lastPageFocus.set(field);
}
const mark = (id: string) => [...page.services.layout.marks].find(([, anchor]) => anchor === $(id))![0];
const cardControls = () => [...card(shadow)!.querySelectorAll<HTMLElement>('button:not([disabled]), a[href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])')];
const nameOf = (el: HTMLElement) => el.getAttribute('aria-label') ?? el.textContent;
const tick = () => act(() => new Promise((r) => setTimeout(r, 20)));
/**
 * In a browser the focus events of `element.focus()` (our keyboard module giving the focus
 * back) are trusted; happy-dom makes them untrusted, which alone would keep the field help
 * closed. Marked trusted here (window capture: before the features' document listeners), so
 * what keeps it closed is the product's own rule (layout.returning).
 */
function trustFocusEvents() {
  for (const type of ['focus', 'focusin', 'blur', 'focusout']) {
    window.addEventListener(type, (e) => Object.defineProperty(e, 'isTrusted', { value: true }), { capture: true, signal: keys.signal });
  }
}

describe('keyboard order: field → its "?" → the card → the next page element', () => {
  it('walks the whole chain with Tab: the "?", the reminder\'s buttons, the help\'s, then the page element after the field', async () => {
    await focusField('nir');
    await findSection('field-help', shadow);
    await findSection('reminder', shadow);
    const q = mark('nir');
    expect(q.getAttribute('aria-label')).toMatch(/Numéro de sécurité sociale/);
    const controls = cardControls();
    // The card's reading order: the body's controls first (the help's read-aloud controls, in
    // what may wait), then the foot's buttons in section order (the reminder's, then the help's).
    const body = controls.filter((c) => c.closest('.cac-context__body'));
    const foot = controls.filter((c) => c.closest('.cac-context__actions'));
    expect([...body, ...foot]).toEqual(controls);
    expect(body.length).toBeGreaterThan(0);
    for (const c of body) {
      expect(section('field-help', shadow)!.contains(c)).toBe(true);
      expect(c.closest('.cac-secondary')).not.toBeNull();
    }
    expect(foot.map(nameOf)).toEqual(['Ne plus afficher pendant cette session', page.i18n.t('privacy.reminder.close'), "Fermer l'aide"]);
    const chain = [q, ...controls];
    for (const next of chain) {
      expect(tab()).toBe(false);
      expect(focused()).toBe(next);
    }
    // After the card: the page element after the field (the password), not the page's footer.
    expect(tab()).toBe(false);
    expect(document.activeElement).toBe($('password-caf-input'));
  });

  it('Shift+Tab walks back from the card to the "?" and to the field', async () => {
    await focusField('nir');
    await findSection('field-help', shadow);
    const chain = [mark('nir'), ...cardControls()];
    for (let i = 0; i < chain.length; i++) tab();
    expect(focused()).toBe(chain.at(-1));
    for (let i = chain.length - 2; i >= 0; i--) {
      expect(tab({ shiftKey: true })).toBe(false);
      expect(focused()).toBe(chain[i]);
    }
    expect(tab({ shiftKey: true })).toBe(false);
    expect(document.activeElement).toBe($('nir'));
  });

  it('a field with a "?" but no card: Tab goes to the "?", then on to the next page element', async () => {
    // The checkbox "Se souvenir de moi" has help in the pack; without a trusted focusin no card opens.
    const remember = $('remember-caf');
    await act(() => remember.focus());
    page.services.layout.lastPageFocus.set(remember);
    expect(section('field-help', shadow)).toBeNull();
    expect(tab()).toBe(false);
    expect(focused()).toBe(mark('remember-caf'));
    expect(tab()).toBe(false);
    expect(document.activeElement).not.toBe(remember);
    expect(document.activeElement?.getRootNode()).toBe(document);
    expect(remember.compareDocumentPosition(document.activeElement!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('a "?" the coordinator hid (no free spot) is skipped', async () => {
    await focusField('nir');
    await findSection('field-help', shadow);
    mark('nir').style.visibility = 'hidden'; // what the coordinator writes when no spot is free
    expect(tab()).toBe(false);
    expect(focused()).toBe(cardControls()[0]);
  });

  it('leaves Tab alone when untrusted or with a modifier, and from an element that has nothing of ours', async () => {
    await focusField('nir');
    await findSection('field-help', shadow);
    expect(tab({}, false)).toBe(true);
    expect(tab({ ctrlKey: true })).toBe(true);
    expect(tab({ shiftKey: true })).toBe(true); // Shift+Tab from the field: the browser's own order
    expect(document.activeElement).toBe($('nir'));
    const link = document.querySelector<HTMLElement>('a.fr-link')!;
    await act(() => link.focus());
    expect(tab()).toBe(true);
  });

  it('Escape in the card closes the help and the reminder and gives the focus back to the field; they do not come back with it', async () => {
    trustFocusEvents();
    await focusField('nir');
    await findSection('field-help', shadow);
    await findSection('reminder', shadow);
    tab();
    tab();
    const inCard = focused()!;
    expect(card(shadow)!.contains(inCard)).toBe(true);
    trustedKey(inCard, 'Escape');
    await waitFor(() => expect(document.activeElement).toBe($('nir')));
    await tick();
    expect(section('field-help', shadow)).toBeNull();
    expect(section('reminder', shadow)).toBeNull();
    expect(document.activeElement).toBe($('nir'));
    // Only that given-back focus: the person's next focus on the field opens them again.
    await focusField('password-caf-input');
    await focusField('nir');
    await findSection('field-help', shadow);
    await findSection('reminder', shadow);
  });

  it('Escape on a "?" gives the focus back to its field', async () => {
    await focusField('nir');
    tab();
    expect(focused()).toBe(mark('nir'));
    trustedKey(mark('nir'), 'Escape');
    await waitFor(() => expect(document.activeElement).toBe($('nir')));
  });

  // A close button in the card goes away with the focus (its section closes): keyboard.ts
  // gives the focus back to the field, and what it closed does not open again for that focus.
  // Both close buttons are in the card's foot.
  for (const [what, pick, closed] of [
    ['"Fermer l\'aide"', () => [...cardActions(shadow)!.querySelectorAll<HTMLElement>('.cac-section__actions[data-section="field-help"] button')].find((b) => b.textContent === "Fermer l'aide")!, 'field-help'],
    ['the reminder\'s "×"', () => cardActions(shadow)!.querySelector<HTMLElement>('.cac-section__actions[data-section="reminder"] .cac-reminder__close')!, 'reminder'],
  ] as const) {
    it(`closing with ${what} gives the focus back to the field, and it stays closed`, async () => {
      trustFocusEvents();
      await focusField('nir');
      await findSection('field-help', shadow);
      await findSection('reminder', shadow);
      const close = pick();
      close.focus();
      expect(shadow.activeElement).toBe(close);
      trustedClick(close);
      // The focus comes back a moment later (what replaces the closed part may take it first).
      await act(() => new Promise((r) => setTimeout(r, 300)));
      expect(document.activeElement).toBe($('nir'));
      expect(section(closed, shadow)).toBeNull();
    });
  }

  it('an untrusted Escape (a page script\'s) moves nothing and closes nothing', async () => {
    await focusField('nir');
    await findSection('field-help', shadow);
    await findSection('reminder', shadow);
    tab();
    trustedKey(mark('nir'), 'Escape', {}, false);
    await act(() => new Promise((r) => setTimeout(r, 10)));
    expect(focused()).toBe(mark('nir'));
    // Neither on the page: the field help and the reminder listen on the document.
    await act(() => $('nir').focus());
    trustedKey($('nir'), 'Escape', {}, false);
    await tick();
    expect(section('field-help', shadow)).not.toBeNull();
    expect(section('reminder', shadow)).not.toBeNull();
  });

  it('the shortcut goes to the launcher\'s button and back to the field', async () => {
    await focusField('nir');
    expect(focusToggle()).toBe(true);
    expect(shadow.activeElement?.classList.contains('cac-launcher__button')).toBe(true);
    expect(focusToggle()).toBe(true);
    expect(document.activeElement).toBe($('nir'));
  });
});
