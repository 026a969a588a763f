// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/preact';
import { createPageTranslator } from '../lib/i18n-pages';
import { CurtainControl } from './CurtainControl';

describe('CurtainControl (popup, C3)', () => {
  it('names the shortcut and where to change it', () => {
    render(<CurtainControl i18n={createPageTranslator('fr')} shortcut="Alt+Shift+R" onToggle={() => undefined} />);
    expect(screen.getByRole('button').textContent).toContain('Rideau');
    expect(document.body.textContent).toContain('Raccourci clavier : Alt+Shift+R.');
    expect(document.body.textContent).toContain('chrome://extensions/shortcuts');
  });

  it('says how to choose one when none is set, and ignores synthetic clicks', () => {
    let toggled = 0;
    render(<CurtainControl i18n={createPageTranslator('fr')} shortcut={null} onToggle={() => toggled++} />);
    expect(document.body.textContent).toContain('Choisissez un raccourci clavier');
    fireEvent.click(screen.getByRole('button'));
    expect(toggled).toBe(0);
  });
});
