import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchHarness, waitForOverlay, type Harness } from './harness';

/**
 * Read aloud (G6) in real Chromium, on a walkthrough step card (it renders its text with the
 * sentence highlight). The content script only has a stand-in (same controls, text line by
 * line); the first click on "Lire" loads the lazy part `read-aloud` (part.load), whose
 * player takes its place and starts reading at once. Two browsers:
 * - with `--enable-speech-dispatcher` and a speech engine (Debian packages speech-dispatcher,
 *   speech-dispatcher-espeak-ng, espeak-ng-data; this test writes its own configuration that
 *   sends the audio to libao's null driver, so no sound card is needed), the real
 *   speechSynthesis reads the step sentence by sentence and the highlight follows;
 * - without it (Chromium's default on Linux: no voice), the card says clearly that reading
 *   aloud is not available, and nothing breaks.
 */
const hasSpeechEngine = ['/usr/bin/speech-dispatcher', '/usr/lib/speech-dispatcher-modules/sd_espeak-ng'].every((f) => existsSync(f));

/** A private home for speech-dispatcher (autospawned by Chromium): espeak-ng, silent audio. */
function speechEnv(): Record<string, string> {
  const home = mkdtempSync(join(tmpdir(), 'cac-speech-'));
  homes.push(home);
  mkdirSync(join(home, '.config', 'speech-dispatcher'), { recursive: true });
  writeFileSync(join(home, '.config', 'speech-dispatcher', 'speechd.conf'), 'AudioOutputMethod "libao"\nDefaultModule espeak-ng\nAddModule "espeak-ng" "sd_espeak-ng" "espeak-ng.conf"\n');
  writeFileSync(join(home, '.libao'), 'default_driver=null\n');
  return { HOME: home, XDG_CONFIG_HOME: join(home, '.config'), XDG_RUNTIME_DIR: home };
}
const HOST = 'cote-a-cote-overlay';
const harnesses: Harness[] = [];
const homes: string[] = [];
afterAll(async () => {
  await Promise.all(harnesses.map((h) => h.close()));
  for (const home of homes) rmSync(home, { recursive: true, force: true });
});

async function stepCard(h: Harness): Promise<Page> {
  const page = await h.open('https://www.caf.fr/espace/declaration-trimestrielle');
  await waitForOverlay(page);
  await page.locator(`${HOST} .cac-walk--start .cac-btn--main`).click(); // "Commencer le guide", pinned beside the launcher
  await page.locator(`${HOST} .cac-walk .cac-read__text`).waitFor();
  return page;
}

/**
 * A cold speech-dispatcher takes seconds to list its voices (4 s seen here on a busy
 * machine; the speaker waits up to 5 s, then says "not available"): start it from the
 * page first so the test measures reading, not the service's start-up.
 */
async function warmSpeechService(page: Page) {
  await expect.poll(() => page.evaluate(() => speechSynthesis.getVoices().length), { timeout: 30_000, interval: 250 }).toBeGreaterThan(0);
}

/** Records, inside our shadow root, every sentence that gets the highlight, in order. */
function recordHighlights(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('cote-a-cote-overlay')!.shadowRoot!;
    const seen: string[] = [];
    Object.assign(window, { __seen: seen });
    new MutationObserver(() => {
      const el = root.querySelector('.cac-walk .cac-read__sentence--current');
      const current = el?.textContent ?? null;
      if (current && seen.at(-1) !== current) seen.push(current);
    }).observe(root, { subtree: true, attributes: true, childList: true, characterData: true });
  });
}

/** The class of the focused element inside our shadow root. */
const focusedClass = (page: Page) => page.evaluate(() => document.querySelector('cote-a-cote-overlay')!.shadowRoot!.activeElement?.className ?? null);

describe.skipIf(!hasSpeechEngine)('read aloud with a real speech engine (speech-dispatcher + espeak-ng)', () => {
  it('reads the step sentence by sentence; the highlight follows every sentence in order, then clears', async () => {
    const h = await launchHarness({ args: ['--enable-speech-dispatcher'], env: speechEnv() });
    harnesses.push(h);
    const page = await stepCard(h);
    await warmSpeechService(page);
    // Before the click: the stand-in, the text line by line, no sentence splitter yet.
    const text = page.locator(`${HOST} .cac-walk .cac-read__text`);
    const before = { text: await text.textContent(), box: await text.boundingBox() };
    expect(await page.locator(`${HOST} .cac-walk .cac-read__sentence`).count()).toBe(0);
    await recordHighlights(page);
    const read = page.locator(`${HOST} .cac-walk .cac-read__btn`).first();
    await read.click(); // a real click: the part loads, and speech still has the click's user activation
    await page.locator(`${HOST} .cac-walk .cac-read__sentence`).first().waitFor();
    expect(await text.textContent()).toBe(before.text); // the same text in place, nothing jumped
    expect((await text.boundingBox())?.height).toBe(before.box?.height);
    const sentences = await page.locator(`${HOST} .cac-walk .cac-read__sentence`).allTextContents();
    expect(sentences.length).toBeGreaterThan(1);
    await expect.poll(() => page.evaluate(() => (window as unknown as { __seen: string[] }).__seen), { timeout: 20_000 }).toEqual(sentences);
    await expect.poll(() => page.locator(`${HOST} .cac-walk .cac-read`).getAttribute('data-status'), { timeout: 20_000 }).toBe('idle');
    // The highlight's look comes with the part (its own <style>): a current sentence is yellow.
    const highlight = await page.evaluate(() => {
      const span = document.querySelector('cote-a-cote-overlay')!.shadowRoot!.querySelector<HTMLElement>('.cac-walk .cac-read__sentence')!;
      span.style.transition = 'none';
      span.classList.add('cac-read__sentence--current');
      const color = getComputedStyle(span).backgroundColor;
      span.classList.remove('cac-read__sentence--current');
      span.style.transition = '';
      return color;
    });
    expect(highlight).toBe('rgb(253, 230, 138)');
    expect(await focusedClass(page)).toBe('cac-read__btn'); // the player's main button, after the click's
    expect(await page.locator(`${HOST} .cac-walk .cac-read__sentence--current`).count()).toBe(0);
    expect(await page.locator(`${HOST} .cac-walk .cac-read__status`).textContent()).toBe('');
    await page.close();
  });

  // Pause / Reprendre / Arrêter are tested with the scripted speech double
  // (components/ReadAloudButton.dom.test.tsx): with espeak-ng on a null audio output a
  // sentence lasts ~0.1 s, too short to click Pause reliably in a real browser.
});

describe('read aloud where the browser has no voice (Chromium on Linux by default)', () => {
  it('says "La lecture à voix haute n\'est pas disponible sur cet ordinateur." and keeps the card usable', async () => {
    const h = await launchHarness();
    harnesses.push(h);
    const page = await stepCard(h);
    await page.locator(`${HOST} .cac-walk .cac-read__btn`).first().click();
    await page.locator(`${HOST} .cac-walk .cac-read__sentence`).first().waitFor(); // the part is loaded
    expect(await focusedClass(page)).toBe('cac-read__btn');
    const status = page.locator(`${HOST} .cac-walk .cac-read__status`);
    await expect.poll(() => status.textContent(), { timeout: 8_000 }).toBe("La lecture à voix haute n'est pas disponible sur cet ordinateur.");
    expect(await status.getAttribute('role')).toBe('status');
    expect(h.consoleLines.filter((line) => /error/i.test(line) && /speech|read/i.test(line))).toEqual([]);
    // The step's buttons (in the card's foot) still work.
    expect(await page.locator(`${HOST} .cac-context__actions`).getByRole('button', { name: 'Suivant' }).isEnabled()).toBe(true);
    await page.close();
  });

  it('the speed chosen on a card is saved in the settings and shown on every card', async () => {
    const h = harnesses.at(-1)!; // the browser of the test above
    const page = await stepCard(h);
    const select = page.locator(`${HOST} .cac-walk .cac-read__rate select`);
    // With the keyboard: a real (trusted) change. Playwright's selectOption dispatches a
    // synthetic one, which our controls ignore like any event a page script could fake.
    await select.focus();
    await page.keyboard.press('ArrowUp'); // Normale → Lente
    const ext = await h.extensionPage();
    await expect.poll(() => ext.evaluate(async () => ((await chrome.storage.local.get('settings')).settings as { rate?: number } | undefined)?.rate)).toBe(0.7);
    const other = await stepCard(h);
    expect(await other.locator(`${HOST} .cac-walk .cac-read__rate select`).inputValue()).toBe('0.7');
    await ext.evaluate(() => chrome.storage.local.remove('settings'));
    await other.close();
    await page.close();
  });
});
