// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, cleanup, render } from '@testing-library/preact';
import { OverlayRoot } from '../OverlayRoot';
import { createTestPageContext } from '../test-page-context';
import { privacyState, toggleCurtain } from '../privacy/privacy-state';
import { privacyCurtain } from './privacy-curtain';

let page: ReturnType<typeof createTestPageContext>;
let shadow: ShadowRoot;
beforeEach(() => {
  document.body.innerHTML = `<label for="pw">Mot de passe</label><input id="pw" type="password"><label for="q">Rechercher</label><input id="q" type="search">`;
  page = createTestPageContext('https://www.caf.fr/connexion');
  const host = document.createElement('cote-a-cote-overlay');
  document.body.append(host);
  shadow = host.attachShadow({ mode: 'open' });
  const container = document.createElement('div');
  shadow.append(container);
  render(<OverlayRoot page={page} features={[privacyCurtain]} />, { container });
});
afterEach(() => {
  cleanup();
  page.abort();
  document.body.innerHTML = '';
});

describe('privacy curtain (C3)', () => {
  it('offers a small button in our overlay while off', () => {
    const button = shadow.querySelector('.cac-curtain-button');
    expect(button?.getAttribute('aria-label')).toContain('Rideau');
    expect(shadow.querySelector('.cac-curtain')).toBeNull();
  });

  it('curtain.toggle turns it on with a banner that says how to remove it, beside (not inside) .cac-root', async () => {
    await act(() => privacyState(page.services).shortcut.set('Alt+Shift+R'));
    let reply: unknown;
    await act(() => void (reply = toggleCurtain(page.services)));
    expect(reply).toEqual({ active: true });
    const layer = shadow.querySelector('.cac-curtain');
    expect(layer?.textContent).toContain('Rideau activé.');
    expect(layer?.textContent).toContain("Appuyez sur Alt+Shift+R pour l'enlever.");
    expect(layer?.closest('.cac-root')).toBeNull();
    // Our other UI is blurred by a rule on .cac-root while the curtain is on (CSS is inlined at build time).
    expect(layer?.querySelector('style')).not.toBeNull();
    expect(readFileSync(join(import.meta.dirname, '../privacy/curtain.css'), 'utf8')).toMatch(/\.cac-root\s*\{[^}]*filter: blur/);
    expect(shadow.querySelector('.cac-curtain-button')).toBeNull();
  });

  it('says there is a button when no shortcut is set, and a second toggle removes it all', async () => {
    await act(() => void toggleCurtain(page.services));
    expect(shadow.querySelector('.cac-curtain')?.textContent).toContain('Appuyez sur le bouton');
    await act(() => void toggleCurtain(page.services));
    expect(shadow.querySelector('.cac-curtain')).toBeNull();
    expect(shadow.querySelector('.cac-curtain-button')).not.toBeNull();
  });

  it('ignores synthetic clicks on its buttons', async () => {
    await act(() => (shadow.querySelector('.cac-curtain-button') as HTMLButtonElement).click());
    expect(privacyState(page.services).curtain.get()).toBe(false);
  });
});
