// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OverlayRoot } from './OverlayRoot';
import { officialBadge } from './features/official-badge';
import { createTestPageContext } from './test-page-context';
import { createStore } from './store';
import { createSettingsStore } from './settings-store';
import { DEFAULT_SETTINGS, saveSettings, type Settings } from '../lib/settings';
import { ReadAloudButton } from '../components/ReadAloudButton';
import type { OverlayFeature } from './feature';
import { scriptedSynth } from '../lib/speech-test-double';
import { ReadingContext } from '../components/reading-context';
import { trustedChange } from '../tests/support/trusted-events';

const contexts: Array<{ abort: () => void }> = [];
const page = () => {
  const ctx = createTestPageContext('https://www.caf.fr/');
  contexts.push(ctx);
  return ctx;
};
afterEach(() => {
  cleanup();
  contexts.splice(0).forEach((c) => c.abort());
  fakeBrowser.reset();
});

describe('reading settings in the overlay (G6)', () => {
  it('sets --cac-scale on .cac-root and follows changes live', () => {
    const settings = createStore<Settings>(DEFAULT_SETTINGS);
    const { container } = render(<OverlayRoot page={page()} features={[officialBadge]} settings={settings} />);
    const root = container.querySelector<HTMLElement>('.cac-root')!;
    expect(root.style.getPropertyValue('--cac-scale')).toBe('1');
    act(() => settings.set({ ...DEFAULT_SETTINGS, textScale: 1.5 }));
    expect(root.style.getPropertyValue('--cac-scale')).toBe('1.5');
  });

  it('switches the UI language live (English) and back', () => {
    const settings = createStore<Settings>(DEFAULT_SETTINGS);
    const { container } = render(<OverlayRoot page={page()} features={[officialBadge]} settings={settings} />);
    expect(screen.getByRole('button', { name: /Site officiel/ })).toBeTruthy();
    act(() => settings.set({ ...DEFAULT_SETTINGS, language: 'en' }));
    expect(screen.getByRole('button', { name: /Official site/ })).toBeTruthy();
    expect(container.querySelector('.cac-root')?.getAttribute('lang')).toBe('en');
  });

  it('gives read-aloud controls the stored speed and saves a new one', async () => {
    const saved: Array<Partial<Settings>> = [];
    const s = scriptedSynth();
    const reader: OverlayFeature = {
      id: 'reader',
      appliesTo: () => true,
      View: ({ page: p }) => (
        <ReadingContext.Consumer>
          {(options) => (
            <ReadingContext.Provider value={{ ...options, platform: () => s.platform }}>
              <ReadAloudButton text="Bonjour." i18n={p.i18n} />
            </ReadingContext.Provider>
          )}
        </ReadingContext.Consumer>
      ),
    };
    const settings = createStore<Settings>({ ...DEFAULT_SETTINGS, rate: 0.7 });
    render(<OverlayRoot page={page()} features={[reader]} settings={settings} onSettings={(p) => saved.push(p)} />);
    const select = screen.getByRole('combobox', { name: 'Vitesse' }) as HTMLSelectElement;
    expect(select.selectedIndex).toBe(0);
    select.selectedIndex = 2;
    trustedChange(select);
    expect(saved).toEqual([{ rate: 1.1 }]);
  });

  it('loads stored settings into the page and follows storage changes (storage.onChanged)', async () => {
    await saveSettings({ textScale: 1.25 });
    const controller = new AbortController();
    const store = createSettingsStore(controller.signal);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(store.get().textScale).toBe(1.25);
    await saveSettings({ language: 'en' });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(store.get()).toEqual({ textScale: 1.25, language: 'en', rate: 0.9 });
    controller.abort();
    await saveSettings({ textScale: 1.5 });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(store.get().textScale).toBe(1.25);
  });
});
