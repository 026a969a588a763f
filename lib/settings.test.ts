import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, loadSettings, localArea, parseSettings, saveSettings, watchSettings, type SettingsArea } from './settings';
import { settingsItem } from './storage-items';

// The same behaviour through the declared item (extension pages) and through the light
// browser.storage adapter (page code): both on WXT's in-memory fake browser.
describe.each<[string, SettingsArea]>([
  ['declared item (extension pages)', settingsItem],
  ['page adapter', localArea],
])('settings through the %s', (_, area) => {
  beforeEach(() => fakeBrowser.reset());

  it('defaults to French, normal text size and normal speed', async () => {
    expect(await loadSettings(area)).toEqual({ textScale: 1, language: 'fr', rate: 0.9 });
  });

  it('saves a change and keeps the other settings, under the key "settings"', async () => {
    await saveSettings({ textScale: 1.5 }, area);
    await saveSettings({ language: 'en' }, area);
    expect(await loadSettings(area)).toEqual({ textScale: 1.5, language: 'en', rate: 0.9 });
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({ settings: { textScale: 1.5, language: 'en', rate: 0.9 } });
  });

  it('falls back to the default for a field that fails to parse, reports it, never throws', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await fakeBrowser.storage.local.set({ settings: { textScale: 3, language: 'en', rate: 'vite' } });
    expect(await loadSettings(area)).toEqual({ textScale: 1, language: 'en', rate: 0.9 });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('réglages'), ['textScale', 'rate']);
    await fakeBrowser.storage.local.set({ settings: 'du texte' });
    expect(await loadSettings(area)).toEqual(DEFAULT_SETTINGS);
    warn.mockRestore();
  });

  it('refuses to save a value outside the choices', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await saveSettings({ textScale: 2 as never }, area);
    expect((await loadSettings(area)).textScale).toBe(1);
    warn.mockRestore();
  });

  it('tells watchers about changes, parsed, until the signal aborts', async () => {
    const seen: unknown[] = [];
    const controller = new AbortController();
    watchSettings((s) => seen.push(s.textScale), controller.signal, area);
    await saveSettings({ textScale: 1.25 }, area);
    await vi.waitFor(() => expect(seen).toEqual([1.25]));
    controller.abort();
    await saveSettings({ textScale: 1.5 }, area);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen).toEqual([1.25]);
  });
});

describe('the two ways agree', () => {
  beforeEach(() => fakeBrowser.reset());

  it('page code sees what the popup saved, and the reverse', async () => {
    await saveSettings({ rate: 1.1 }, settingsItem);
    expect((await loadSettings(localArea)).rate).toBe(1.1);
    await saveSettings({ textScale: 1.25 }, localArea);
    expect(await loadSettings(settingsItem)).toEqual({ textScale: 1.25, language: 'fr', rate: 1.1 });
  });

  it('parses nothing stored as the defaults, silently', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });
});
