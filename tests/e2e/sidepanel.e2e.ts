import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { axeExtensionPage } from './axe-page';
import { EXTENSION_DIR, launchHarness, waitForOverlay, type Harness } from './harness';

// W2, the worker's side panel in real Chromium, driven by its OWN buttons (sidepanel.html
// opened as a tab, as the lead's full-session e2e does): every screen is reached with real
// clicks, checked with axe-core, and the panel follows the person's CAF tab. The full
// session (walkthrough, secrets, clean desk page, statistics) is the lead's e2e.

let h: Harness;
let panel: Page;
let caf: Page;
beforeAll(async () => {
  h = await launchHarness();
  caf = await h.open('https://www.caf.fr/connexion');
  await waitForOverlay(caf);
  panel = await h.context.newPage();
  await panel.setViewportSize({ width: 380, height: 900 });
  await panel.goto(`chrome-extension://${h.extensionId}/sidepanel.html`);
});
afterAll(async () => h?.close());

const shot = (name: string) => (process.env.CAC_SHOTS ? panel.screenshot({ path: `/tmp/sidepanel-${name}.png`, fullPage: true }) : Promise.resolve());
const byId = (id: string) => panel.getByTestId(id);
const heading = () => panel.locator('#panel-screen-title');

async function noAxeViolations() {
  const { violations, checkedNodes } = await axeExtensionPage(panel);
  expect(violations).toEqual([]);
  expect(checkedNodes).toBeGreaterThan(10);
}

describe('worker side panel (e2e)', () => {
  it('is declared for Chrome (side_panel + sidePanel permission)', () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { side_panel?: { default_path: string }; permissions: string[] };
    expect(manifest.side_panel?.default_path).toBe('sidepanel.html');
    expect(manifest.permissions).toContain('sidePanel');
  });

  it('the popup\'s "Session accompagnée" opens the side panel within the click (the popup then closes)', async () => {
    await caf.bringToFront();
    const popup = await h.context.newPage();
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html`);
    if (process.env.CAC_SHOTS) await popup.screenshot({ path: '/tmp/sidepanel-0-popup.png', fullPage: true });
    // The statistics link is there when the build has an options page.
    expect(await popup.getByTestId('open-statistics').count()).toBe(1);
    expect((await axeExtensionPage(popup)).violations).toEqual([]);
    const closed = popup.waitForEvent('close', { timeout: 5000 }).then(() => true, () => false);
    await popup.getByRole('button', { name: 'Session accompagnée' }).click();
    // Closing is what the popup does only when chrome.sidePanel.open() resolved (user gesture kept).
    expect(await closed).toBe(true);
  });

  it('start → scope → notice → accompanied with real clicks, no axe violation on any screen', async () => {
    await expect.poll(() => heading().textContent()).toBe('Aider une personne à côté de vous');
    expect(await panel.evaluate(() => [document.documentElement.lang, document.title])).toEqual(['fr', 'Session accompagnée — Côte à côte']);
    await noAxeViolations();
    await shot('1-start');

    await byId('start').click();
    await expect.poll(() => heading().textContent()).toBe('Choisir la démarche');
    await byId('procedure-caf-declaration-trimestrielle').check();
    expect(await byId('category-social').isChecked()).toBe(true);
    await noAxeViolations();
    await shot('2-scope');

    await byId('continue').click();
    await expect.poll(() => heading().textContent()).toBe('Lire avec la personne');
    expect(await byId('notice-text').textContent()).toContain('Déclarer vos ressources à la CAF');
    await noAxeViolations();
    await shot('3-notice');

    await byId('agree').click();
    await expect.poll(() => byId('token').textContent()).toContain("C'est la personne qui tape");
    // The panel follows the person's CAF tab (not its own tab).
    await expect.poll(() => byId('where').textContent()).toContain('CAF');
    await expect.poll(() => panel.getByTestId('show-field').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await noAxeViolations();
    await shot('4-accompanied');
  });

  it('passes the keyboard, dims while the person is in a password field, shows a field on the person\'s page', async () => {
    await byId('switch').click();
    await expect.poll(() => byId('token').textContent()).toContain("C'est vous qui tapez");

    // The person clicks into the password field: the token goes to them and the panel dims.
    const password = caf.locator('input[type="password"]').first();
    await caf.bringToFront();
    await password.click();
    await expect.poll(() => byId('secret-dim').count(), { timeout: 5000 }).toBe(1);
    expect(await byId('secret-dim').textContent()).toBe('La personne tape un code secret. Regardez ailleurs, ne notez rien.');
    expect(await byId('switch').isDisabled()).toBe(true);
    await noAxeViolations();
    await shot('5-dimmed');
    await caf.locator('body').click({ position: { x: 5, y: 5 } });
    await expect.poll(() => byId('secret-dim').count(), { timeout: 5000 }).toBe(0);
    expect(await byId('token').textContent()).toContain("C'est la personne qui tape");

    const first = panel.getByTestId('show-field').first();
    await first.click();
    await expect.poll(() => byId('show-feedback').textContent()).toMatch(/^Montré sur l'écran de la personne : /);
  });

  it('end → closing → receipt → finish, back to the start screen', async () => {
    await byId('end').click();
    await expect.poll(() => heading().textContent()).toBe('Fin de la session');
    await byId('outcome-no').click();
    await expect.poll(() => byId('outcome-no').getAttribute('aria-pressed')).toBe('true');
    await noAxeViolations();
    await shot('6-closing');
    await byId('desk-done').click();
    await expect.poll(() => heading().textContent()).toBe('Reçu de la session');
    const lines = await byId('receipt').locator('li').allTextContents();
    expect(lines[0]).toBe('Démarche : Déclarer vos ressources à la CAF');
    expect(lines).toContain('Les codes secrets ont été tapés par la personne.');
    await noAxeViolations();
    await shot('7-receipt');
    await byId('finish').click();
    await expect.poll(() => byId('session-finished').textContent()).toBe('Session terminée. Les statistiques ont été mises à jour.');
    expect(JSON.parse(await h.dumpStorage())[1]).not.toHaveProperty('accompaniedSession');
  });
});
