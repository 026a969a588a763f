// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { createPageTranslator } from '../../lib/i18n-pages';
import { PopupSessionEntry } from './PopupEntry';
import { trustedClick } from '../../tests/support/trusted-events';

afterEach(cleanup);
const fr = createPageTranslator('fr');


describe('PopupSessionEntry', () => {
  it('opens the side panel on a trusted click only, and the statistics when there is an options page', () => {
    const opened: string[] = [];
    render(<PopupSessionEntry i18n={fr} onOpenPanel={() => opened.push('panel')} onStatistics={() => opened.push('stats')} />);
    const open = screen.getByRole('button', { name: 'Session accompagnée' });
    open.click(); // synthetic
    expect(opened).toEqual([]);
    trustedClick(open);
    trustedClick(screen.getByRole('button', { name: 'Voir les statistiques des sessions' }));
    expect(opened).toEqual(['panel', 'stats']);
  });

  it('offers no statistics link without an options page', () => {
    render(<PopupSessionEntry i18n={fr} onOpenPanel={() => undefined} onStatistics={null} />);
    expect(screen.queryByTestId('open-statistics')).toBeNull();
  });
});
