// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { trustedClick } from '../../tests/support/trusted-events';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, cleanup, render, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SECRET_SENSITIVITIES } from '../../core/privacy/sensitivity';
import { noticeText } from '../../core/session/notice';
import type { PersonView } from '../../core/session/person-view';
import { defaultTranslator } from '../../lib/i18n';
import { registerPart } from '../lazy/parts';
import { OverlayRoot } from '../OverlayRoot';
import { pointAt, privacyState } from '../privacy/privacy-state';
import { overlayFeatures } from '../registry';
import { createTestPageContext } from '../test-page-context';
import { createSessionCues, POINTER_MS, SECRET } from './session-cues';
import { card, cardActions, findSection, section, sectionIds, tray } from '../layout/test-layout';


const CANARY = 'canary-Secret-4242';
const accompanied: PersonView = { phase: 'accompanied', typist: 'worker', secretFocus: false, procedure: null };

/** Every message the page sent, and a background that answers them (the real one is entrypoints/background). */
let sent: { type: string; payload: unknown }[];
let initialSession: PersonView | null;
let stopAnswer: boolean;
let page: ReturnType<typeof createTestPageContext>;
let shadow: ShadowRoot;

function mountOverlay() {
  const host = document.createElement('cote-a-cote-overlay');
  document.body.append(host);
  shadow = host.attachShadow({ mode: 'open' });
  const container = document.createElement('div');
  shadow.append(container);
  // The registry's own entry: the lazy feature loads the part only while a session exists.
  const lazy = overlayFeatures.find((f) => f.id === 'session-cues')!;
  render(<OverlayRoot page={page} features={[lazy]} />, { container });
}

beforeEach(() => {
  fakeBrowser.reset();
  sent = [];
  initialSession = null;
  stopAnswer = true;
  fakeBrowser.runtime.onMessage.addListener(((message: { type: string; payload: unknown }, _sender: unknown, respond: (r: unknown) => void) => {
    sent.push(message);
    if (message.type === 'privacy.state') respond({ curtain: false, silenced: [], shortcut: null, session: initialSession });
    else if (message.type === 'session.person') respond({ done: message.payload && (message.payload as { action: string }).action === 'stop' ? stopAnswer : true });
    else if (message.type === 'session.secret') respond({ done: true });
    else respond({ loaded: true });
    return true;
  }) as never);
  document.body.innerHTML = `
    <form id="login">
      <label for="id">Numéro allocataire</label><input id="id" name="numero">
      <label for="pw">Mot de passe</label><input id="pw" type="password" name="mdp">
      <label for="code">Code reçu par SMS</label><input id="code" autocomplete="one-time-code" inputmode="numeric">
      <label for="pw2">Confirmer le mot de passe</label><input id="pw2" type="password">
      <button type="submit">Se connecter</button>
    </form>`;
  page = createTestPageContext('https://www.caf.fr/connexion');
  registerPart('session', { cues: createSessionCues }); // as entrypoints/part-session.ts does once injected
});
afterEach(() => {
  delete (globalThis as { __cacParts?: Record<string, unknown> }).__cacParts?.session;
  cleanup();
  page.abort();
  document.body.innerHTML = '';
});

const state = () => privacyState(page.services);
const setView = (view: PersonView | null) => act(() => state().session.set(view));
/** The session block, pinned beside the launcher's button: in view without opening the tray. */
const badge = () => shadow.querySelector('.cac-launcher .cac-launcher__pinned .cac-session');
const button = (name: string) => [...shadow.querySelectorAll('button')].find((b) => b.textContent === name);
const cue = () => shadow.querySelector('.cac-session__cue[role="status"]')?.textContent;
const sessionMessages = () => sent.filter((m) => m.type.startsWith('session.'));

describe('session cues: the person\'s side of an accompanied session (W1/W2)', () => {
  it('shows nothing and loads nothing without a session', async () => {
    mountOverlay();
    await act(() => new Promise((r) => setTimeout(r, 20)));
    expect(shadow.querySelector('[data-feature="session-cues"]')).toBeNull();
    expect(state().session.get()).toBeNull();
  });

  it('takes the session from the privacy.state reply and shows the badge pinned beside the launcher', async () => {
    // The page's services ask privacy.state once, when they are built (overlay/services.ts):
    // this page's background knows the session from the start.
    page.abort();
    initialSession = accompanied;
    page = createTestPageContext('https://www.caf.fr/connexion');
    mountOverlay();
    await waitFor(() => expect(badge()).not.toBeNull());
    expect(tray(shadow)?.hidden).toBe(true);
    expect(tray(shadow)?.contains(badge())).toBe(false);
    expect(state().session.get()?.phase).toBe('accompanied');
    expect(badge()?.getAttribute('aria-label')).toBe('Session accompagnée');
    expect(badge()?.textContent).toContain('Votre accompagnant tape.');
    expect(button('Arrêter')?.getAttribute('aria-label')).toBe('Arrêter la session accompagnée');
    // Stop stays one click away: pinned, not in the tray.
    expect(badge()?.contains(button('Arrêter')!)).toBe(true);
    expect(button('Arrêter')?.classList.contains('cac-session__stop')).toBe(true);
  });

  it('in the launcher\'s compact mode (no free corner): the texts are visually hidden but stay in the DOM for screen readers; the cue, "Changer" and Stop stay visible', async () => {
    mountOverlay();
    await setView(accompanied);
    await waitFor(() => expect(badge()).not.toBeNull());
    // The extension inlines layout.css in our shadow root (overlay.resources); here, from the file.
    const style = document.createElement('style');
    style.textContent = readFileSync(join(import.meta.dirname, '../layout/layout.css'), 'utf8');
    shadow.prepend(style);
    const launcher = shadow.querySelector<HTMLElement>('.cac-launcher')!;
    const title = badge()!.querySelector<HTMLElement>('.cac-session__title')!;
    const shown = (el: Element) => getComputedStyle(el).position !== 'absolute' && getComputedStyle(el).display !== 'none';
    // What the coordinator writes when no corner is free; set before any getComputedStyle
    // (happy-dom keeps an element's computed style when an ancestor's attribute changes).
    launcher.dataset.compact = '';
    // Visually hidden, never removed: same words in the DOM, not display:none.
    expect(getComputedStyle(title).position).toBe('absolute');
    expect(getComputedStyle(title).clipPath).toBe('inset(50%)');
    expect(getComputedStyle(title).display).not.toBe('none');
    expect(title.textContent).toBe('Session accompagnée');
    expect(badge()?.querySelector('.cac-session__token')?.textContent).toContain('Votre accompagnant tape.');
    expect(shown(button('Arrêter')!)).toBe(true);
    expect(shown(button('Changer')!)).toBe(true);
    expect(shown(shadow.querySelector('.cac-session__cue')!)).toBe(true);
  });

  it('raises our overlay\'s text by about 15 % while a session exists, and only then', async () => {
    mountOverlay();
    await setView(accompanied);
    await waitFor(() => expect(badge()).not.toBeNull());
    const styles = () => [...shadow.querySelectorAll('[data-feature="session-cues"] style')].map((s) => s.textContent).join('');
    expect(styles()).toContain('.cac-root[data-scale="1"]{--cac-scale:1.15!important}');
    await setView(null);
    expect(styles()).not.toContain('--cac-scale:1.15');
  });

  it('Stop: a trusted click asks the background to stop and says so; a page script\'s click does nothing', async () => {
    mountOverlay();
    await setView(accompanied);
    await waitFor(() => expect(button('Arrêter')).toBeDefined());
    await act(() => button('Arrêter')!.click()); // synthetic: isTrusted false
    await act(() => void button('Arrêter')!.dispatchEvent(new MouseEvent('click', { bubbles: true })));
    expect(sessionMessages()).toEqual([]);
    await act(() => trustedClick(button('Arrêter')!));
    expect(sessionMessages()).toEqual([{ type: 'session.person', payload: { action: 'stop' } }]);
    expect(cue()).toBe('La session est arrêtée.');
    // The background closes the session: "Session terminée", no token, no Stop.
    await setView({ phase: 'closing', typist: 'person', secretFocus: false, procedure: null });
    expect(badge()?.textContent).toContain('Session terminée');
    expect(shadow.querySelector('.cac-session__token')).toBeNull();
    expect(button('Arrêter')).toBeUndefined();
    expect(cue()).toBe('La session est arrêtée.');
  });

  it('Stop before the agreement: the session is gone, "La session est arrêtée." stays in the same live region', async () => {
    mountOverlay();
    await setView({ phase: 'scope', typist: 'person', secretFocus: false, procedure: null });
    await waitFor(() => expect(badge()?.textContent).toContain('Votre accompagnant choisit la démarche.'));
    const live = shadow.querySelector('.cac-session__cue');
    await act(() => trustedClick(button('Arrêter')!));
    await setView(null);
    expect(shadow.querySelector('.cac-session__cue')).toBe(live);
    expect(cue()).toBe('La session est arrêtée.');
    expect(badge()?.textContent).not.toContain('Session accompagnée');
  });

  it('takes "La session est arrêtée." back when the background did not stop it', async () => {
    stopAnswer = false;
    mountOverlay();
    await setView(accompanied);
    await waitFor(() => expect(button('Arrêter')).toBeDefined());
    await act(() => trustedClick(button('Arrêter')!));
    await waitFor(() => expect(cue()).toBe(''));
  });

  it('notice: the card alone as a non-modal dialog with the short notice; "J\'accepte" / "Je refuse" in its foot, on trusted clicks only', async () => {
    mountOverlay();
    // A field the person was on: the notice comes before anything else, alone.
    document.getElementById('pw')!.focus();
    await setView({ phase: 'notice', typist: 'person', secretFocus: false, procedure: 'Déclarer vos ressources à la CAF' });
    const notice = await findSection('session-notice', shadow);
    const dialog = card(shadow)!;
    expect(dialog.getAttribute('role')).toBe('dialog');
    expect(dialog.getAttribute('aria-label')).toBe("Êtes-vous d'accord pour recevoir de l'aide ?");
    expect(dialog.getAttribute('aria-modal')).toBeNull();
    expect(sectionIds(shadow)).toEqual(['session-notice']);
    expect(page.services.layout.choice.get()).toMatchObject({ kind: 'notice', sheet: true });
    expect(notice.querySelector('h2')?.textContent).toBe("Êtes-vous d'accord pour recevoir de l'aide ?");
    expect(notice.textContent).toContain('Vous faites cette démarche\u00a0: Déclarer vos ressources à la CAF.');
    // Word for word what the worker's panel reads aloud (core/session/notice.ts), in order.
    const shown = [...notice.querySelectorAll('h2, p')].map((el) => el.textContent);
    expect(shown).toEqual(noticeText(defaultTranslator().t, 'Déclarer vos ressources à la CAF').split('\n'));
    // The answers sit in the card's foot (always on screen, never scrolled away with the text).
    const foot = cardActions(shadow)!;
    expect([...foot.querySelectorAll('button')].map((b) => b.textContent)).toEqual(["J'accepte", 'Je refuse']);
    expect(notice.querySelector('button')).toBeNull();
    // Read by a screen reader at once: the focus comes to its title.
    await waitFor(() => expect(shadow.activeElement).toBe(notice.querySelector('h2')));
    await act(() => button("J'accepte")!.click());
    await act(() => button('Je refuse')!.click());
    expect(sessionMessages()).toEqual([]);
    await act(() => trustedClick(button("J'accepte")!));
    await act(() => trustedClick(button('Je refuse')!));
    expect(sessionMessages()).toEqual([
      { type: 'session.person', payload: { action: 'agree' } },
      { type: 'session.person', payload: { action: 'decline' } },
    ]);
    // Agreed: the notice goes, the focus it had goes to the badge.
    await setView(accompanied);
    expect(section('session-notice', shadow)).toBeNull();
    expect(card(shadow)?.getAttribute('role')).toBe('region');
    expect(shadow.activeElement?.textContent).toBe('Session accompagnée');
  });

  it('"Qui tape ?": the token, "Changer" (trusted), and the cue "C\'est à vous." when the keyboard comes to the person', async () => {
    mountOverlay();
    await setView(accompanied);
    await waitFor(() => expect(shadow.querySelector('.cac-session__token')).not.toBeNull());
    const change = button('Changer')!;
    expect(change.getAttribute('aria-label')).toBe('Changer : vous allez taper');
    await act(() => change.click());
    expect(sessionMessages()).toEqual([]);
    await act(() => trustedClick(change));
    expect(sessionMessages()).toEqual([{ type: 'session.person', payload: { action: 'switch-typist' } }]);
    expect(cue()).toBe('');
    await setView({ ...accompanied, typist: 'person' });
    expect(shadow.querySelector('.cac-session__token')?.textContent).toContain("C'est à vous de taper.");
    expect(button('Changer')?.getAttribute('aria-label')).toBe('Changer : votre accompagnant va taper');
    expect(cue()).toBe("C'est à vous.");
    // A secret field has the focus: the token stays with the person, no "Changer".
    await setView({ ...accompanied, typist: 'person', secretFocus: true, procedure: null });
    expect(button('Changer')).toBeUndefined();
  });

  it('secret fields: focus in and out send one boolean, never the value nor the field (canary)', async () => {
    mountOverlay();
    await setView(accompanied);
    await waitFor(() => expect(badge()).not.toBeNull());
    const pw = document.getElementById('pw') as HTMLInputElement;
    pw.setAttribute('value', CANARY);
    pw.value = CANARY;
    (document.getElementById('id') as HTMLInputElement).value = CANARY;
    document.getElementById('id')!.focus();
    await act(() => new Promise((r) => setTimeout(r, 10)));
    expect(sent.filter((m) => m.type === 'session.secret')).toEqual([]);
    pw.focus();
    await waitFor(() => expect(sent.filter((m) => m.type === 'session.secret')).toEqual([{ type: 'session.secret', payload: { focused: true } }]));
    // From one secret field to the next: nothing more.
    document.getElementById('pw2')!.focus();
    await act(() => new Promise((r) => setTimeout(r, 10)));
    expect(sent.filter((m) => m.type === 'session.secret')).toHaveLength(1);
    document.getElementById('id')!.focus();
    await waitFor(() => expect(sent.filter((m) => m.type === 'session.secret')).toHaveLength(2));
    expect(sent.at(-1)).toEqual({ type: 'session.secret', payload: { focused: false } });
    document.getElementById('code')!.focus(); // one-time code
    await waitFor(() => expect(sent.filter((m) => m.type === 'session.secret')).toHaveLength(3));
    expect(JSON.stringify(sent)).not.toContain(CANARY);
    expect(JSON.stringify(sent)).not.toMatch(/mdp|"pw|code"/);
  });

  it('secret fields are not watched outside the accompanied phase', async () => {
    mountOverlay();
    await setView({ phase: 'notice', typist: 'person', secretFocus: false, procedure: 'Déclarer vos ressources à la CAF' });
    await waitFor(() => expect(badge()).not.toBeNull());
    document.getElementById('pw')!.focus();
    await act(() => new Promise((r) => setTimeout(r, 10)));
    expect(sent.filter((m) => m.type === 'session.secret')).toEqual([]);
  });

  it('uses the same secret categories as the privacy core', () => {
    expect([...SECRET]).toEqual([...SECRET_SENSITIVITIES]);
  });
});

describe('"montrer ce champ" (session.pointer)', () => {
  const box = { top: 300, left: 40, width: 220, height: 36, right: 260, bottom: 336, x: 40, y: 300 };
  beforeEach(() => {
    document.getElementById('pw')!.getBoundingClientRect = () => ({ ...box, toJSON: () => box }) as DOMRect;
  });

  it('finds the field by its page.report key, scrolls it to the middle and pulses around it with the cue, for a few seconds', async () => {
    mountOverlay();
    await setView(accompanied);
    await waitFor(() => expect(badge()).not.toBeNull());
    const scrolled: unknown[] = [];
    document.getElementById('pw')!.scrollIntoView = (options?: unknown) => void scrolled.push(options);
    let found = false;
    await act(() => void (found = pointAt(page.services, '#pw')));
    expect(found).toBe(true);
    await waitFor(() => expect(shadow.querySelector('.cac-session-pointer')).not.toBeNull());
    const outline = shadow.querySelector<HTMLElement>('.cac-session-pointer')!;
    expect(outline.style.top).toBe('294px');
    expect(outline.style.width).toBe('232px');
    // A decoration drawn around the field, never a surface: no text, no pointer events (CSS), hidden from screen readers.
    expect(outline.getAttribute('aria-hidden')).toBe('true');
    expect(outline.hasAttribute('data-decoration')).toBe(true);
    expect(outline.textContent).toBe('');
    expect(cue()).toBe('Votre accompagnant vous montre ce champ.');
    // The field shown is kept clear of our card, launcher and marks while it is pointed at.
    expect(page.services.layout.keep.get().get('session-pointer')).toEqual([document.getElementById('pw')]);
    expect(scrolled).toEqual([{ block: 'center', behavior: 'smooth' }]);
    await act(() => new Promise((r) => setTimeout(r, POINTER_MS + 50)));
    expect(shadow.querySelector('.cac-session-pointer')).toBeNull();
    expect(page.services.layout.keep.get().has('session-pointer')).toBe(false);
  }, 10_000);

  it('draws at least 40 px across around a small field (a checkbox)', async () => {
    const small = { top: 500, left: 100, width: 16, height: 16, right: 116, bottom: 516, x: 100, y: 500 };
    const code = document.getElementById('code')!;
    code.getBoundingClientRect = () => ({ ...small, toJSON: () => small }) as DOMRect;
    code.scrollIntoView = () => undefined;
    mountOverlay();
    await setView(accompanied);
    await waitFor(() => expect(badge()).not.toBeNull());
    await act(() => void pointAt(page.services, '#code'));
    await waitFor(() => expect(shadow.querySelector('.cac-session-pointer')).not.toBeNull());
    const outline = shadow.querySelector<HTMLElement>('.cac-session-pointer')!;
    expect([outline.style.left, outline.style.top, outline.style.width, outline.style.height]).toEqual(['88px', '488px', '40px', '40px']);
  });

  it('scrolls at once when the person asked for reduced motion (and the CSS stops the pulse)', async () => {
    const real = window.matchMedia;
    window.matchMedia = ((query: string) => ({ matches: query.includes('reduce'), media: query }) as MediaQueryList) as typeof window.matchMedia;
    try {
      mountOverlay();
      await setView(accompanied);
      await waitFor(() => expect(badge()).not.toBeNull());
      const scrolled: unknown[] = [];
      document.getElementById('pw')!.scrollIntoView = (options?: unknown) => void scrolled.push(options);
      await act(() => void pointAt(page.services, 'input[name="mdp"]'));
      await waitFor(() => expect(scrolled).toEqual([{ block: 'center', behavior: 'auto' }]));
    } finally {
      window.matchMedia = real;
    }
    const css = readFileSync(join(import.meta.dirname, '../session/session.css'), 'utf8'); // inlined at build time
    expect(css).toMatch(/@media \(prefers-reduced-motion: reduce\)\s*\{\s*\.cac-session-pointer\s*\{\s*animation: none;/);
    expect(css).toMatch(/\.cac-session-pointer\s*\{[^}]*pointer-events: none;/); // drawn around the field, never catching its clicks
  });

  it('answers found:false for a missing field, an invalid or hostile selector, our own UI, a field without a box — never throws', async () => {
    mountOverlay();
    await setView(accompanied);
    await waitFor(() => expect(badge()).not.toBeNull());
    for (const key of ['#nowhere', 'input[', '<img src=x onerror=alert(1)>', ':::', '', 'cote-a-cote-overlay', 'x'.repeat(500)]) {
      expect([key, pointAt(page.services, key)]).toEqual([key, false]);
    }
    const hidden = document.getElementById('code')!;
    hidden.getClientRects = () => [] as unknown as DOMRectList;
    expect(pointAt(page.services, '#code')).toBe(false);
    expect(state().pointer.get()).toBeNull();
    expect(shadow.querySelector('.cac-session-pointer')).toBeNull();
  });

  it('answers found:false outside the accompanied phase', async () => {
    mountOverlay();
    expect(pointAt(page.services, '#pw')).toBe(false);
    await setView({ phase: 'notice', typist: 'person', secretFocus: false, procedure: 'Déclarer vos ressources à la CAF' });
    expect(pointAt(page.services, '#pw')).toBe(false);
    await setView({ phase: 'closing', typist: 'person', secretFocus: false, procedure: null });
    expect(pointAt(page.services, '#pw')).toBe(false);
  });
});
