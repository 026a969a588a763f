// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createTranslator } from '../lib/i18n';
import { scriptedSynth } from '../lib/speech-test-double';
import type { ReadingOptions } from './reading-context';
import { trustedChange, trustedClick } from '../tests/support/trusted-events';

/**
 * The content script's stand-in (ReadAloudButton) and its path to the lazy part: the real
 * `loadPart` → `part.load` message → the part's entry (entrypoints/part-read-aloud.ts, run
 * here by a fake background the way scripting.executeScript runs it) → `registerPart` →
 * the real `loadedPart` table → the player in place. Each test imports fresh modules
 * (load-part.ts caches its loads per module instance) on an empty part table.
 */
const fr = createTranslator('fr');
const TEXT = 'Votre numéro fiscal a 13 chiffres. Il est en haut de votre avis.\n- un exemple';
const flush = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));


/** A background that answers `part.load` by running the part's entry (or cannot inject it). */
function background(canInject: boolean, main: () => void) {
  const asked: string[] = [];
  fakeBrowser.runtime.onMessage.addListener(((message: { type: string; payload: { name: string } }) => {
    if (message.type !== 'part.load') return undefined;
    asked.push(message.payload.name);
    if (canInject) main();
    return Promise.resolve({ loaded: canInject });
  }) as never);
  return asked;
}

async function modules() {
  vi.resetModules();
  const { ReadAloudButton } = await import('./ReadAloudButton');
  const { ReadingContext } = await import('./reading-context');
  const entry = (await import('../entrypoints/part-read-aloud')).default as { main: () => void };
  return { ReadAloudButton, ReadingContext, entry };
}

async function setup({ canInject = true, options = {}, text = TEXT }: { canInject?: boolean; options?: Partial<ReadingOptions>; text?: string } = {}) {
  const m = await modules();
  const s = scriptedSynth();
  const asked = background(canInject, () => m.entry.main());
  const utils = render(
    <m.ReadingContext.Provider value={{ rate: 0.9, platform: () => s.platform, ...options }}>
      <m.ReadAloudButton text={text} i18n={fr} />
    </m.ReadingContext.Provider>,
  );
  return { ...m, s, asked, ...utils };
}

beforeEach(() => {
  fakeBrowser.reset();
  delete (globalThis as { __cacParts?: unknown }).__cacParts;
});
afterEach(cleanup);

describe('ReadAloudButton (content script) before the part is loaded', () => {
  it('shows the same controls and the text line by line, without the sentence splitter', async () => {
    const { container, asked } = await setup();
    const group = screen.getByRole('group', { name: 'Lecture à voix haute' });
    expect(group.querySelector('button')?.textContent).toBe('▶ Lire');
    expect(screen.getByRole('combobox', { name: 'Vitesse' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('');
    const text = container.querySelector('.cac-read__text')!;
    expect(text.textContent).toBe(TEXT.replace('\n', ''));
    expect(text.querySelectorAll('br')).toHaveLength(1);
    expect(container.querySelector('.cac-read__sentence')).toBeNull();
    expect(container.querySelector('.cac-read')?.getAttribute('data-status')).toBe('idle');
    expect(asked).toEqual([]); // nothing loaded before a click
  });

  it('renders the same text, structure and classes as the player (nothing jumps when it takes the place)', async () => {
    const { container, entry } = await setup();
    const before = container.querySelector('.cac-read__text')!.textContent;
    const shape = () => [...container.querySelectorAll('.cac-read *:not(style):not(span):not(option)')].map((e) => `${e.tagName}.${e.className}`);
    const placeholder = shape();
    entry.main();
    const { ReadAloudButton } = await import('./ReadAloudButton');
    cleanup();
    const again = render(<ReadAloudButton text={TEXT} i18n={fr} />);
    expect(again.container.querySelector('.cac-read__text')!.textContent).toBe(before);
    expect(again.container.querySelectorAll('.cac-read__sentence')).toHaveLength(3);
    const player = [...again.container.querySelectorAll('.cac-read *:not(style):not(span):not(option)')].map((e) => `${e.tagName}.${e.className}`);
    expect(player).toEqual(placeholder);
  });

  it('ignores synthetic clicks: nothing is loaded', async () => {
    const { asked } = await setup();
    screen.getByRole('button', { name: 'Lire' }).click();
    await flush();
    expect(asked).toEqual([]);
  });

  it('keeps the speed choice working before loading (saved through the context)', async () => {
    const saved: number[] = [];
    await setup({ options: { rate: 1.1, setRate: (r) => saved.push(r) } });
    const select = screen.getByRole('combobox', { name: 'Vitesse' }) as HTMLSelectElement;
    expect(select.selectedIndex).toBe(2);
    select.selectedIndex = 0;
    trustedChange(select);
    expect(saved).toEqual([0.7]);
  });
});

describe('ReadAloudButton: first click on "Lire" loads the part read-aloud', () => {
  it('loads the part once, then the player takes the place, reads at once with the context speed, focus on its button', async () => {
    const { s, asked, container } = await setup({ options: { rate: 1.1 } });
    const button = screen.getByRole('button', { name: 'Lire' });
    button.focus();
    trustedClick(button);
    trustedClick(button); // a second click while loading does not load twice
    await flush();
    await flush();
    expect(asked).toEqual(['read-aloud']);
    expect(s.texts()).toEqual(['Votre numéro fiscal a 13 chiffres.']);
    expect(s.spoken[0]?.rate).toBe(1.1);
    const pause = screen.getByRole('button', { name: 'Pause' });
    expect(document.activeElement).toBe(pause);
    expect(container.querySelector('.cac-read__sentence--current')?.textContent).toBe('Votre numéro fiscal a 13 chiffres.');
    expect(container.querySelector('.cac-read')?.getAttribute('data-status')).toBe('speaking');
  });

  it('does not take the focus when the click did not leave it on the button', async () => {
    const { s } = await setup();
    trustedClick(screen.getByRole('button', { name: 'Lire' }));
    await flush();
    await flush();
    expect(s.texts()).toHaveLength(1);
    expect(document.activeElement).not.toBe(screen.getByRole('button', { name: 'Pause' }));
  });

  it('a speed chosen without a provider that saves it goes on with the player', async () => {
    const m = await modules();
    const s = scriptedSynth();
    background(true, () => m.entry.main());
    render(
      <m.ReadingContext.Provider value={{ rate: 0.9, platform: () => s.platform }}>
        <m.ReadAloudButton text={TEXT} i18n={fr} />
      </m.ReadingContext.Provider>,
    );
    const select = screen.getByRole('combobox', { name: 'Vitesse' }) as HTMLSelectElement;
    select.selectedIndex = 0;
    trustedChange(select);
    trustedClick(screen.getByRole('button', { name: 'Lire' }));
    await flush();
    await flush();
    expect(s.spoken[0]?.rate).toBe(0.7);
    expect((screen.getByRole('combobox', { name: 'Vitesse' }) as HTMLSelectElement).selectedIndex).toBe(0);
  });

  it('once loaded, other read-aloud controls show the player directly, without reading on their own', async () => {
    const { s, ReadAloudButton, ReadingContext } = await setup();
    trustedClick(screen.getByRole('button', { name: 'Lire' }));
    await flush();
    await flush();
    cleanup();
    const other = render(
      <ReadingContext.Provider value={{ rate: 0.9, platform: () => s.platform }}>
        <ReadAloudButton text="Bonjour. Au revoir." i18n={fr} />
      </ReadingContext.Provider>,
    );
    await flush();
    expect(other.container.querySelectorAll('.cac-read__sentence')).toHaveLength(2);
    expect(s.texts()).toHaveLength(1); // only the first one's sentence
  });

  it('where the part cannot be loaded, says that reading aloud is not available', async () => {
    const { asked, container } = await setup({ canInject: false });
    trustedClick(screen.getByRole('button', { name: 'Lire' }));
    await flush();
    expect(asked).toEqual(['read-aloud']);
    expect(screen.getByRole('status').textContent).toBe("La lecture à voix haute n'est pas disponible sur cet ordinateur.");
    expect(container.querySelector('.cac-read')?.getAttribute('data-status')).toBe('unavailable');
    expect(screen.getByRole('button', { name: 'Lire' })).toBeTruthy();
  });

  it('with no background at all (no receiver), the same', async () => {
    vi.resetModules();
    const { ReadAloudButton } = await import('./ReadAloudButton');
    render(<ReadAloudButton text={TEXT} i18n={fr} />);
    trustedClick(screen.getByRole('button', { name: 'Lire' }));
    await flush();
    expect(screen.getByRole('status').textContent).toBe("La lecture à voix haute n'est pas disponible sur cet ordinateur.");
  });
});
