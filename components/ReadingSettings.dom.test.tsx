// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { PopupView } from './PopupView';
import { ReadingSettings } from './ReadingSettings';
import { createPageTranslator as createTranslator } from '../lib/i18n-pages';
import { DEFAULT_SETTINGS, type Settings } from '../lib/settings';
import { describeTabSite } from '../entrypoints/popup/tab-site';

const fr = createTranslator('fr');
afterEach(cleanup);

describe('ReadingSettings (popup)', () => {
  it('offers "Texte plus grand" and "Langue" as labelled groups of radio buttons', () => {
    render(<ReadingSettings settings={DEFAULT_SETTINGS} i18n={fr} onChange={() => undefined} />);
    const size = screen.getByRole('group', { name: 'Texte plus grand' });
    expect([...size.querySelectorAll('label')].map((l) => l.textContent)).toEqual(['Normal', 'Grand', 'Très grand']);
    expect((screen.getByRole('radio', { name: 'Normal' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole('group', { name: 'Langue' })).toBeTruthy();
    expect((screen.getByRole('radio', { name: 'Français' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole('radio', { name: 'English' }).closest('label')?.getAttribute('lang')).toBe('en');
  });

  it('reports the chosen size and language', () => {
    const changes: Array<Partial<Settings>> = [];
    render(<ReadingSettings settings={DEFAULT_SETTINGS} i18n={fr} onChange={(p) => changes.push(p)} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Très grand' }));
    fireEvent.click(screen.getByRole('radio', { name: 'English' }));
    expect(changes).toEqual([{ textScale: 1.5 }, { language: 'en' }]);
  });

  it('shows in the popup when settings are given, in the chosen language', () => {
    render(<PopupView site={describeTabSite('https://www.caf.fr/')} i18n={createTranslator('en')} reading={{ settings: { ...DEFAULT_SETTINGS, language: 'en', textScale: 1.25 }, onChange: () => undefined }} />);
    expect(screen.getByRole('group', { name: 'Larger text' })).toBeTruthy();
    expect((screen.getByRole('radio', { name: 'Large' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('radio', { name: 'English' }) as HTMLInputElement).checked).toBe(true);
  });
});
