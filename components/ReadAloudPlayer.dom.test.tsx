// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/preact';
import { ReadAloudPlayer } from './ReadAloudPlayer';
import type { ReadingOptions } from './reading-context';
import { createTranslator } from '../lib/i18n';
import { scriptedSynth } from '../lib/speech-test-double';
import { trustedChange, trustedClick } from '../tests/support/trusted-events';

const fr = createTranslator('fr');
const TEXT = 'Votre numéro fiscal a 13 chiffres. Il est en haut de votre avis.\n- un exemple';
const flush = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));


function setup(options: Partial<ReadingOptions> = {}, text = TEXT) {
  const s = scriptedSynth();
  const utils = render(<ReadAloudPlayer text={text} i18n={fr} options={{ rate: 0.9, platform: () => s.platform, ...options }} />);
  return { s, ...utils };
}

afterEach(cleanup);

describe('ReadAloudPlayer (the lazy part read-aloud)', () => {
  it('renders the text, each sentence in its own span, lines kept', () => {
    const { container } = setup();
    expect([...container.querySelectorAll('.cac-read__sentence')].map((e) => e.textContent)).toEqual([
      'Votre numéro fiscal a 13 chiffres.',
      'Il est en haut de votre avis.',
      '- un exemple',
    ]);
    expect(container.querySelector('.cac-read__text br')).not.toBeNull();
  });

  it('reads, highlights the current sentence, pauses, resumes and stops — with the keyboard-focusable buttons', async () => {
    const { s, container } = setup();
    const main = screen.getByRole('button', { name: 'Lire' });
    trustedClick(main);
    await flush();
    expect(s.texts()).toEqual(['Votre numéro fiscal a 13 chiffres.']);
    expect(container.querySelector('.cac-read__sentence--current')?.textContent).toBe('Votre numéro fiscal a 13 chiffres.');
    expect(main.textContent).toContain('Pause');
    act(() => s.finish());
    expect(container.querySelector('.cac-read__sentence--current')?.textContent).toBe('Il est en haut de votre avis.');
    trustedClick(main);
    expect(main.textContent).toContain('Reprendre');
    expect(container.querySelector('.cac-read__sentence--current')?.textContent).toBe('Il est en haut de votre avis.');
    trustedClick(main);
    await flush();
    expect(s.texts().at(-1)).toBe('Il est en haut de votre avis.');
    main.focus();
    trustedClick(screen.getByRole('button', { name: 'Arrêter' }));
    expect(main.textContent).toContain('Lire');
    expect(document.activeElement).toBe(main);
    expect(container.querySelector('.cac-read__sentence--current')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Arrêter' })).toBeNull();
  });

  it('ignores synthetic clicks a page script could dispatch', async () => {
    const { s } = setup();
    screen.getByRole('button', { name: 'Lire' }).click();
    await flush();
    expect(s.spoken).toHaveLength(0);
  });

  it('offers three speeds in a labelled select and saves the choice through the options', async () => {
    const saved: number[] = [];
    const { s } = setup({ rate: 0.9, setRate: (r) => saved.push(r) });
    const select = screen.getByRole('combobox', { name: 'Vitesse' }) as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual(['Lente', 'Normale', 'Rapide']);
    expect(select.selectedIndex).toBe(1);
    select.selectedIndex = 0;
    trustedChange(select);
    expect(saved).toEqual([0.7]);
    trustedClick(screen.getByRole('button', { name: 'Lire' }));
    await flush();
    expect(s.spoken[0]?.rate).toBe(0.9); // the provider has not changed the rate yet
  });

  it('speaks at the rate the settings give', async () => {
    const { s } = setup({ rate: 1.1 });
    trustedClick(screen.getByRole('button', { name: 'Lire' }));
    await flush();
    expect(s.spoken[0]?.rate).toBe(1.1);
  });

  it('says clearly when reading aloud is not available, in a status message', async () => {
    render(<ReadAloudPlayer text={TEXT} i18n={fr} options={{ rate: 0.9, platform: () => null }} />);
    trustedClick(screen.getByRole('button', { name: 'Lire' }));
    expect(screen.getByRole('status').textContent).toBe("La lecture à voix haute n'est pas disponible sur cet ordinateur.");
  });

  it('stops speaking when it goes away (card closed)', async () => {
    const { s, unmount } = setup();
    trustedClick(screen.getByRole('button', { name: 'Lire' }));
    await flush();
    const before = s.synth.cancelled;
    unmount();
    await flush();
    expect(s.synth.cancelled).toBeGreaterThan(before);
    s.finish();
    expect(s.spoken).toHaveLength(1);
  });

  it('renders controls only with showText={false}', () => {
    const s = scriptedSynth();
    const { container } = render(<ReadAloudPlayer text={TEXT} i18n={fr} showText={false} options={{ rate: 0.9, platform: () => s.platform }} />);
    expect(container.querySelector('.cac-read__text')).toBeNull();
    expect(screen.getByRole('group', { name: 'Lecture à voix haute' })).toBeTruthy();
  });

  it('speaks English labels when the UI is in English', () => {
    const s = scriptedSynth();
    render(<ReadAloudPlayer text={TEXT} i18n={createTranslator('en')} options={{ rate: 0.9, platform: () => s.platform }} />);
    expect(screen.getByRole('button', { name: 'Read' })).toBeTruthy();
  });
  it('autoplay: starts reading on mount, the focus on its main button with autofocus', async () => {
    const s = scriptedSynth();
    render(<ReadAloudPlayer text={TEXT} i18n={fr} options={{ rate: 0.9, platform: () => s.platform }} autoplay autofocus />);
    const main = screen.getByRole('button', { name: 'Pause' });
    expect(document.activeElement).toBe(main);
    await flush();
    expect(s.texts()).toEqual(['Votre numéro fiscal a 13 chiffres.']);
  });

  it('without autoplay it waits for the click, and does not take the focus', async () => {
    const s = scriptedSynth();
    render(<ReadAloudPlayer text={TEXT} i18n={fr} options={{ rate: 0.9, platform: () => s.platform }} />);
    await flush();
    expect(s.spoken).toHaveLength(0);
    expect(document.activeElement).not.toBe(screen.getByRole('button', { name: 'Lire' }));
  });
});
