// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/preact';
import { createPageTranslator } from '../../lib/i18n-pages';
import { AutonomyButton, type AutonomyCheckProps } from './autonomy';
import type { AutonomyLevel } from '../../core/session/accompanied';
import { trustedClickAndWait as click } from '../../tests/support/trusted-events';

afterEach(cleanup);
const fr = createPageTranslator('fr');


/** A stand-in questionnaire with the agreed props (the real one is components/AutonomyCheck.tsx). */
function FakeCheck({ onResult, onCancel, speak }: AutonomyCheckProps) {
  return (
    <div data-testid="fake-check" data-speak={speak ? 'yes' : 'no'}>
      <button type="button" onClick={() => onResult(3)}>niveau 3</button>
      <button type="button" onClick={onCancel}>annuler</button>
    </div>
  );
}

describe('AutonomyButton', () => {
  it('opens the questionnaire on a trusted click and hands its level over, then closes', async () => {
    const levels: AutonomyLevel[] = [];
    render(<AutonomyButton i18n={fr} level={null} onResult={(l) => levels.push(l)} load={() => Promise.resolve(FakeCheck)} speech={() => null} />);
    await click(screen.getByTestId('assess'));
    expect(screen.getByTestId('fake-check').dataset.speak).toBe('no'); // no voice: no read-aloud button
    await act(async () => screen.getByRole('button', { name: 'niveau 3' }).click());
    expect(levels).toEqual([3]);
    expect(screen.queryByTestId('fake-check')).toBeNull();
    expect(screen.getByTestId('assess')).toBeTruthy();
  });

  it('shows the level already noted, and says when the questionnaire is not available', async () => {
    render(<AutonomyButton i18n={fr} level={2} onResult={() => undefined} load={() => Promise.resolve(null)} speech={() => null} />);
    expect(screen.getByTestId('autonomy-level').textContent).toBe('Niveau noté pour les statistiques : 2 sur 4.');
    await click(screen.getByTestId('assess'));
    expect(screen.getByRole('status').textContent).toBe("Les questions ne sont pas encore disponibles.");
  });
});
