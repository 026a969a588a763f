// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/preact';
import { OverlayRoot } from '../OverlayRoot';
import { officialBadge } from './official-badge';
import { createTranslator } from '../../lib/i18n';
import { createTestPageContext } from '../test-page-context';
import type { OverlayFeature } from '../feature';

const page = (url: string) => createTestPageContext(url);

describe('official-badge', () => {
  it('shows "Site officiel" with the portal name on an official host', () => {
    render(<OverlayRoot page={page('https://www.caf.fr/')} features={[officialBadge]} />);
    expect(screen.getByRole('button', { name: /Site officiel · CAF/ })).toBeTruthy();
  });

  it('puts the site\'s details in the launcher\'s tray on an official host, and nothing on another', () => {
    const { container, unmount } = render(<OverlayRoot page={page('https://www.caf.fr/')} features={[officialBadge]} />);
    const detail = container.querySelector('#cac-launcher-tray #cac-badge-detail');
    expect(detail?.textContent).toContain('www.caf.fr');
    unmount();
    const other = render(<OverlayRoot page={page('https://www.exemple.org/')} features={[officialBadge]} />);
    expect(other.container.querySelector('[data-feature]')).toBeNull();
    expect(other.container.querySelector('#cac-badge-detail')).toBeNull();
  });

  it('ignores synthetic clicks a page script could dispatch', () => {
    render(<OverlayRoot page={page('https://www.caf.fr/')} features={[officialBadge]} />);
    const button = screen.getByRole('button');
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });

  it('keeps other features alive when one throws', () => {
    const broken: OverlayFeature = { id: 'broken', appliesTo: () => true, View: () => { throw new Error('boom'); } };
    const brokenGate: OverlayFeature = { id: 'broken-gate', appliesTo: () => { throw new Error('x'); }, View: () => null };
    render(<OverlayRoot page={page('https://www.caf.fr/')} features={[broken, brokenGate, officialBadge]} />);
    expect(screen.getByRole('button', { name: /Site officiel/ })).toBeTruthy();
  });

  it('sets language and direction on our root (right-to-left ready)', () => {
    const { container } = render(<OverlayRoot page={{ ...page('https://www.caf.fr/'), i18n: { ...createTranslator('fr'), dir: 'rtl' } }} features={[officialBadge]} />);
    expect(container.querySelector('.cac-root')?.getAttribute('dir')).toBe('rtl');
  });
});
