// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { OverlayRoot } from './OverlayRoot';
import { Dock } from './dock';
import { officialBadge } from './features/official-badge';
import { createTestPageContext } from './test-page-context';
import type { OverlayFeature } from './feature';

const contexts: Array<{ abort: () => void }> = [];
afterEach(() => {
  cleanup();
  contexts.splice(0).forEach((c) => c.abort());
});
const page = () => {
  const ctx = createTestPageContext('https://www.caf.fr/');
  contexts.push(ctx);
  return ctx;
};
const corner = (id: string, side?: 'start' | 'end'): OverlayFeature => ({
  id,
  appliesTo: () => true,
  View: () => (
    <Dock side={side}>
      <button type="button">{id}</button>
    </Dock>
  ),
});

describe('the shared corner strip (Dock)', () => {
  it('holds the always-visible controls of every feature, in one strip inside .cac-root', () => {
    const { container } = render(<OverlayRoot page={page()} features={[officialBadge, corner('rideau', 'start'), corner('mots')]} />);
    const dock = container.querySelector('.cac-root > .cac-dock')!;
    expect(dock).not.toBeNull();
    expect([...dock.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['✓Site officiel · CAF', 'rideau', 'mots']);
    expect(screen.getByRole('button', { name: 'rideau' }).closest('.cac-dock__item')?.className).toContain('cac-dock__item--start');
    expect(screen.getByRole('button', { name: 'mots' }).closest('.cac-dock__item')?.className).not.toContain('--start');
  });

  it('renders nothing outside an overlay root (no strip to go to)', () => {
    const { container } = render(<Dock><button type="button">x</button></Dock>);
    expect(container.querySelector('button')).toBeNull();
  });
});
