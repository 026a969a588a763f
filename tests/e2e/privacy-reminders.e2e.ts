import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchHarness, waitForOverlay, type Harness } from './harness';
import { boxOf, card, overlaps, waitCard, type Box } from './layout-helpers';

// C2 reminders on the practice portals, with real clicks and typing: what shows, where it
// goes (never over the field), that the focus stays in the field, and "Ne plus afficher
// pendant cette session" across page loads.

let h: Harness;
beforeAll(async () => {
  h = await launchHarness();
});
afterAll(async () => h?.close());

/** The card's reminder section: its text, the card's box and its mode (float beside the field, or sheet). */
async function bubble(page: Page): Promise<{ text: string; box: Box; docked: boolean } | null> {
  const shown = await card(page, 'reminder');
  return shown && { text: shown.text, box: shown.box, docked: shown.mode === 'sheet' };
}

/** Waits for the card's reminder section with `text` (the card is placed in an animation frame). */
async function waitBubble(page: Page, text: string) {
  const shown = await waitCard(page, 'reminder', text);
  return { text: shown.text, box: shown.box, docked: shown.mode === 'sheet' };
}

describe('reminders on the practice portals (C2)', () => {
  it('CAF password: "À vous de taper." and the "Jamais" advice beside the field; focus and typing stay in the field', async () => {
    const page = await h.open('https://www.caf.fr/connexion');
    await waitForOverlay(page);
    await page.locator('#password-caf-input').click();
    const shown = await waitBubble(page, 'À vous de taper.');
    expect(shown.text).toContain('répondez « Jamais »');
    expect(shown.text).not.toContain('Regardez ailleurs'); // the person is alone by default
    expect(overlaps(shown.box, await boxOf(page, '#password-caf-input'))).toBe(false);
    await page.keyboard.type('abc');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('password-caf-input');
    expect(await page.locator('#password-caf-input').inputValue()).toBe('abc');
    // The live region is polite, present before the text arrives, and says the reminder.
    const live = page.locator('cote-a-cote-overlay [data-feature="reminder-bubble"] [role="status"]');
    expect(await live.getAttribute('aria-live')).toBe('polite');
    expect(await live.textContent()).toContain('À vous de taper.');
    await page.close();
  });

  it('CAF NIR: not on paper, not aloud; remember-me box: not on a shared computer', async () => {
    const page = await h.open('https://www.caf.fr/connexion');
    await waitForOverlay(page);
    await page.locator('#nir').click();
    const nir = await waitBubble(page, 'Ne le notez pas sur un papier.');
    expect(overlaps(nir.box, await boxOf(page, '#nir'))).toBe(false);
    await page.locator('label[for="remember-caf"]').click();
    await waitBubble(page, 'ordinateur partagé, ne cochez pas cette case');
    await page.close();
  });

  it('Ameli one box per digit: the reminder never covers any of the six boxes', async () => {
    const page = await h.open('https://assure.ameli.fr/connexion/code');
    await waitForOverlay(page);
    await page.locator('#input-51').click();
    const shown = await waitBubble(page, 'À vous de taper.');
    for (let i = 51; i <= 56; i++) expect(overlaps(shown.box, await boxOf(page, `#input-${i}`)), `#input-${i}`).toBe(false);
    await page.close();
  });

  it('a narrow window shows the reminder as a sheet on the edge away from the field', async () => {
    const page = await h.open('https://www.caf.fr/connexion');
    await page.setViewportSize({ width: 420, height: 800 });
    await waitForOverlay(page);
    await page.locator('#password-caf-input').scrollIntoViewIfNeeded();
    await page.locator('#password-caf-input').click();
    const shown = await waitBubble(page, 'À vous de taper.');
    expect(shown.docked).toBe(true);
    expect(overlaps(shown.box, await boxOf(page, '#password-caf-input'))).toBe(false);
    await page.close();
  });

  it('CAF upload field: where the file goes', async () => {
    const page = await h.open('https://www.caf.fr/espace/envoyer-document');
    await waitForOverlay(page);
    await page.locator('#justificatif').focus();
    await waitBubble(page, 'Le fichier reste aussi sur cet ordinateur.');
    await page.close();
  });

  it('Ameli attestation link: Téléchargements on pointing, "Pensez à le supprimer" after the click', async () => {
    const page = await h.open('https://assure.ameli.fr/compte/attestation-droits');
    await waitForOverlay(page);
    const link = page.locator('a.fr-download__link');
    await link.hover();
    await waitBubble(page, 'va aller dans le dossier Téléchargements');
    const download = page.waitForEvent('download');
    await link.click();
    await (await download).cancel();
    await waitBubble(page, 'Pensez à le supprimer à la fin (Bureau propre).');
    await page.close();
  });

  it('"Ne plus afficher pendant cette session" (real click) silences that kind on the next pages too', async () => {
    const page = await h.open('https://www.caf.fr/connexion');
    await waitForOverlay(page);
    await page.locator('#password-caf-input').click();
    await waitBubble(page, 'À vous de taper.');
    // One "Ne plus afficher" for what the reminder section shows, in the card's foot.
    await page.locator('cote-a-cote-overlay .cac-context__actions .cac-reminder__silence').click();
    await expect.poll(async () => (await bubble(page))?.text ?? '').not.toContain('À vous de taper.');
    // The focus went to our button: give it back to the field, as a person would.
    await page.locator('#password-caf-input').click();
    expect((await bubble(page))?.text ?? '').not.toContain('À vous de taper.');
    await page.goto('https://www.caf.fr/connexion/code');
    await waitForOverlay(page);
    await page.waitForTimeout(300); // the silenced kinds come from the background at start
    await page.locator('#code-sms').click();
    await page.waitForTimeout(300);
    expect((await bubble(page))?.text ?? '').not.toContain('À vous de taper.');
    await page.goto('https://www.caf.fr/connexion');
    await waitForOverlay(page);
    await page.locator('#nir').click();
    await waitBubble(page, 'Ne le notez pas'); // other kinds still speak
    await page.close();
  });
});
