import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { axeExtensionPage } from './axe-page';
import { launchHarness, type Harness } from './harness';

// W3 options page in real Chromium: statistics seeded in storage.local as the background
// writes them, the table, the chart, the CSV download, erasing; axe-core on the page.

let h: Harness;
beforeAll(async () => {
  h = await launchHarness();
});
afterAll(async () => {
  await h?.close();
});

const row = (count: number, over: Record<string, unknown> = {}) => ({
  procedure: 'caf-declaration-trimestrielle', category: 'social', month: '2026-10', duration: '15-30-min', completed: true, level: null, ...over, count,
});
const SEED = {
  v: 1,
  rows: [
    row(12),
    row(3, { month: '2026-11', completed: false, level: 2 }),
    row(9, { procedure: 'ants-carte-identite', category: 'papiers', duration: 'under-15-min' }),
    row(7, { procedure: 'ants-carte-identite', category: 'papiers', month: '2026-11', level: 4 }),
  ],
};

async function seed(value: unknown) {
  const ext = await h.extensionPage();
  await ext.evaluate((statistics) => chrome.storage.local.set({ statistics }), value);
}

async function openOptions(): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(`chrome-extension://${h.extensionId}/options.html`);
  await page.locator('#stats-title').waitFor();
  return page;
}

const dataCells = (page: Page) => page.locator('td').allTextContents();
const small = (texts: string[]) => texts.flatMap((t) => [...t.replaceAll('moins de 5', '').matchAll(/\b\d+\b/g)].map((m) => Number(m[0]))).filter((n) => n < 5);

describe('statistics options page', () => {
  it('the manifest opens it in a tab as the options page', async () => {
    const ext = await h.extensionPage();
    const manifest = await ext.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.options_ui).toEqual({ page: 'options.html', open_in_tab: true });
  });

  it('empty: says there is no finished session yet', async () => {
    const page = await openOptions();
    await expect.poll(() => page.getByText('Pas encore de session terminée.').isVisible()).toBe(true);
    expect(await page.locator('table').count()).toBe(0);
    await page.close();
  });

  it('shows the table, the chart and the breakdowns, never a number under 5; axe finds nothing', async () => {
    await seed(SEED);
    const page = await openOptions();
    const table = page.getByRole('table', { name: 'Nombre de sessions terminées, par démarche et par mois' });
    await table.waitFor();
    expect(await table.getByRole('columnheader').allTextContents()).toEqual(['Démarche', 'octobre 2026', 'novembre 2026', 'Total']);
    expect(await table.getByRole('rowheader').allTextContents()).toEqual(["Faire la pré-demande de carte d'identité", 'Déclarer vos ressources à la CAF', 'Total']);
    const cells = await dataCells(page);
    expect(cells).toContain('moins de 5');
    expect(small(cells)).toEqual([]);
    expect(await page.locator('svg[role="img"] rect').count()).toBe(2);
    expect((await page.locator('.stats__chart-words li').allTextContents()).map((t) => t.replaceAll('\u00a0', ' '))).toEqual(['octobre 2026 : 21 sessions', 'novembre 2026 : 10 sessions']);
    expect(await page.getByRole('table').count()).toBe(4);
    expect((await axeExtensionPage(page)).violations).toEqual([]);
    await page.screenshot({ path: 'test-results/statistics-options.png', fullPage: true }).catch(() => undefined);
    await page.close();
  });

  it('follows a session counted while the page is open', async () => {
    await seed(SEED);
    const page = await openOptions();
    await page.getByText(/^Sessions terminées en tout\s:\s31$/).waitFor();
    await seed({ ...SEED, rows: [...SEED.rows, row(5, { month: '2026-12' })] });
    await page.getByText(/^Sessions terminées en tout\s:\s36$/).waitFor();
    expect(await page.getByRole('columnheader', { name: 'décembre 2026' }).count()).toBe(1);
    await page.close();
  });

  it('exports the CSV file: its name, a BOM, semicolons, <5, no number under 5', async () => {
    await seed(SEED);
    const page = await openOptions();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Exporter en CSV/ }).click()]);
    expect(download.suggestedFilename()).toBe('statistiques-cote-a-cote.csv');
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.startsWith('\uFEFFDémarche;octobre 2026;novembre 2026;Total\r\n')).toBe(true);
    expect(csv).toContain('<5');
    const numbers = csv.slice(1).split(/\r\n/).flatMap((l) => l.split(';')).filter((c) => /^\d+$/.test(c)).map(Number);
    expect(numbers.length).toBeGreaterThan(3);
    expect(numbers.filter((n) => n < 5)).toEqual([]);
    await page.getByRole('status').getByText('Le fichier est dans vos téléchargements.').waitFor();
    await page.close();
  });

  it('erases after a confirmation, and storage holds nothing more', async () => {
    await seed(SEED);
    const page = await openOptions();
    await page.getByRole('button', { name: 'Effacer les statistiques' }).click();
    await page.getByRole('button', { name: 'Non, annuler' }).click();
    expect(JSON.parse(await h.dumpStorage())[0].statistics).toEqual(SEED);
    await page.getByRole('button', { name: 'Effacer les statistiques' }).click();
    await page.getByRole('button', { name: 'Oui, tout effacer' }).click();
    await page.getByText('Les statistiques sont effacées.').waitFor();
    await page.getByText('Pas encore de session terminée.').waitFor();
    const local = JSON.parse(await h.dumpStorage())[0] as Record<string, unknown>;
    expect(Object.keys(local).filter((k) => k.startsWith('statistics'))).toEqual([]);
    await page.close();
  });
});
