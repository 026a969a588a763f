import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { axeExtensionPage } from './axe-page';
import { launchHarness, waitForOverlay, type Harness } from './harness';

// C4 clean desk in real Chromium: a CAF + Ameli session with a downloaded attestation,
// then the checklist from the popup — logout advice, file deleted from disk and from the
// browser's list, site data cleared, portal tabs closed, a receipt, and nothing kept.

let h: Harness;
let downloads: string;
beforeAll(async () => {
  h = await launchHarness();
  downloads = mkdtempSync(join(tmpdir(), 'cac-downloads-'));
});
afterAll(async () => {
  await h?.close();
  rmSync(downloads, { recursive: true, force: true });
});

/** Downloads keep their real name in a folder of ours (Playwright would rename them to a GUID). */
async function realDownloads(page: Page) {
  const cdp = await h.context.newCDPSession(page);
  await cdp.send('Browser.setDownloadBehavior' as never, { behavior: 'allow', downloadPath: downloads } as never);
}

async function openCleanDeskFromPopup(): Promise<Page> {
  const popup = await h.context.newPage();
  await popup.goto(`chrome-extension://${h.extensionId}/popup.html`);
  const [desk] = await Promise.all([h.context.waitForEvent('page'), popup.getByRole('button', { name: 'Bureau propre : tout nettoyer avant de partir' }).click()]);
  await desk.waitForURL(`chrome-extension://${h.extensionId}/clean-desk.html`);
  await desk.locator('#desk-title').waitFor();
  return desk;
}

const step = (desk: Page, id: string) => desk.locator(`[data-step="${id}"]`);

describe('clean desk in real Chromium', () => {
  let caf: Page;
  let ameli: Page;
  const pdf = () => join(downloads, 'attestation-droits.pdf');

  it('remembers the portals used and the download ids of the session, nothing else', async () => {
    caf = await h.open('https://www.caf.fr/connexion');
    await waitForOverlay(caf);
    await caf.evaluate(() => {
      document.cookie = 'cac_e2e=session; path=/; max-age=3600; Secure';
      localStorage.setItem('cac-e2e', 'kept by the site');
    });
    ameli = await h.open('https://assure.ameli.fr/compte/attestation-droits');
    await waitForOverlay(ameli);
    await realDownloads(ameli);
    await ameli.locator('a[href$="attestation-droits.pdf"]').click();
    for (let i = 0; i < 50 && !existsSync(pdf()); i++) await ameli.waitForTimeout(100);
    expect(existsSync(pdf())).toBe(true);
    await ameli.waitForTimeout(300);
    const session = JSON.parse(await h.dumpStorage())[1] as { cleanDeskTrail: { portals: unknown[]; downloads: number[] } };
    expect(session.cleanDeskTrail.portals).toEqual([
      { portal: 'caf', origin: 'https://www.caf.fr' },
      { portal: 'ameli', origin: 'https://assure.ameli.fr' },
    ]);
    expect(session.cleanDeskTrail.downloads).toHaveLength(1);
    expect(JSON.stringify(session)).not.toMatch(/attestation|connexion|compte|cac_e2e/);
  });

  it('walks the checklist: logout, delete the file, clear site data, close the tabs, receipt', async () => {
    const desk = await openCleanDeskFromPopup();
    expect(await desk.evaluate(() => document.activeElement?.id)).toBe('desk-title');
    expect((await axeExtensionPage(desk)).violations).toEqual([]);

    // 1. Log out: both portals, the CAF pack's logout link, generic advice for Ameli.
    const logout = step(desk, 'logout');
    expect(await logout.innerText()).toContain('CAF — Caisse d');
    expect(await logout.innerText()).toContain('Ameli — Assurance Maladie');
    expect(await logout.getByRole('link', { name: /Se déconnecter de CAF/ }).getAttribute('href')).toBe('https://www.caf.fr/');
    expect(await logout.innerText()).toContain('cherchez « Se déconnecter »');
    await logout.getByRole('button', { name: 'La déconnexion est faite sur chaque site' }).click();
    expect(await logout.getByRole('status').innerText()).toBe('Étape faite.');

    // 2. The downloaded file: name and size read now; deleted after a confirmation.
    const files = step(desk, 'files');
    expect(await files.innerText()).toContain('attestation-droits.pdf');
    expect(await files.innerText()).toContain('822 octets');
    await files.getByRole('button', { name: 'Supprimer attestation-droits.pdf' }).click();
    expect(existsSync(pdf())).toBe(true); // nothing before the confirmation
    expect(await desk.evaluate(() => document.activeElement?.textContent)).toContain('Voulez-vous vraiment supprimer');
    await files.getByRole('button', { name: 'Oui, supprimer' }).click();
    await files.getByText('Supprimé : attestation-droits.pdf').waitFor();
    expect(existsSync(pdf())).toBe(false);
    const ext = await h.extensionPage();
    expect(await ext.evaluate(() => chrome.downloads.search({ filenameRegex: 'attestation-droits' }))).toEqual([]);

    // 3. Site data of the portals used, after a confirmation.
    expect(await h.context.cookies('https://www.caf.fr')).toContainEqual(expect.objectContaining({ name: 'cac_e2e' }));
    const siteData = step(desk, 'siteData');
    await siteData.getByRole('button', { name: 'Effacer les traces de ces sites' }).click();
    await siteData.getByRole('button', { name: 'Oui, effacer' }).click();
    await siteData.getByText('Les traces de ces sites sont effacées.').waitFor();
    expect((await h.context.cookies('https://www.caf.fr')).filter((c) => c.name === 'cac_e2e')).toEqual([]);
    const again = await h.open('https://www.caf.fr/');
    expect(await again.evaluate(() => localStorage.getItem('cac-e2e'))).toBeNull();

    // 4. The portal tabs (CAF, Ameli and the CAF page just opened), after a confirmation.
    const tabs = step(desk, 'tabs');
    await tabs.getByText('Onglets ouverts sur ces sites : 3').waitFor(); // the count follows the tabs
    await tabs.getByRole('button', { name: 'Fermer ces onglets' }).click();
    await tabs.getByRole('button', { name: 'Oui, fermer' }).click();
    await tabs.getByText('Onglets fermés : 3').waitFor();
    expect([caf.isClosed(), ameli.isClosed(), again.isClosed()]).toEqual([true, true, true]);

    // 5. The receipt: counts and portal names, once; then the trail is forgotten.
    await desk.getByRole('button', { name: 'Voir le résumé' }).click();
    await desk.locator('#receipt-title').waitFor();
    expect(await desk.evaluate(() => document.activeElement?.id)).toBe('receipt-title');
    expect((await axeExtensionPage(desk)).violations).toEqual([]);
    const receipt = await desk.locator('main').innerText();
    expect(receipt).toContain('Sites utilisés : CAF — Caisse d');
    expect(receipt).toContain('Déconnexion : faite.');
    expect(receipt).toContain('Fichiers supprimés : 1.');
    expect(receipt).toContain('Sites nettoyés : 2.');
    expect(receipt).toContain('Onglets fermés : 3.');
    expect(receipt).toContain('Recopiez-le à la main');
    await desk.getByText('La liste des sites et des fichiers de cette session est effacée.').waitFor();
    expect(await h.dumpStorage()).not.toContain('cleanDeskTrail');
    await desk.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', 'yes');
    });
    await desk.getByRole('button', { name: 'Imprimer le résumé' }).click();
    expect(await desk.locator('body').getAttribute('data-printed')).toBe('yes');
    await desk.close();
  });

  it('after the clean desk, a new one has nothing to do and works with the keyboard only', async () => {
    const desk = await openCleanDeskFromPopup();
    expect(await step(desk, 'logout').innerText()).toContain("Vous n'avez utilisé aucun site officiel");
    expect(await step(desk, 'files').innerText()).toContain('Aucun fichier');
    for (const id of ['logout', 'files', 'siteData', 'tabs']) {
      await step(desk, id).getByRole('button', { name: 'Passer cette étape' }).focus();
      await desk.keyboard.press('Enter');
      expect(await step(desk, id).getByRole('status').innerText()).toBe('Étape passée.');
    }
    await desk.getByRole('button', { name: 'Voir le résumé' }).focus();
    await desk.keyboard.press('Enter');
    await desk.locator('#receipt-title').waitFor();
    expect(await desk.locator('main').innerText()).toContain('Déconnexion : rien à faire.');
    await desk.close();
  });
});
