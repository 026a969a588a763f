import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { practiceUrlFor, readPacks } from '../../scripts/lib/pack-health.mjs';
import { guideBrowser } from './guide-browser';
import { launchHarness, waitForOverlay, type Harness } from './harness';
import { card as cardView, waitCard } from './layout-helpers';

let h: Harness;
beforeAll(async () => {
  h = await launchHarness();
});
afterAll(async () => h?.close());

const ours = (page: Page, css: string) => page.locator(`cote-a-cote-overlay ${css}`);
const progress = (page: Page) => ours(page, '.cac-walk .cac-card__progress');
async function expectStep(page: Page, n: number, total: number) {
  await expect.poll(() => progress(page).textContent().catch(() => null), { timeout: 5_000 }).toBe(`Étape ${n} sur ${total}`);
}
const ourButton = (page: Page, name: string | RegExp) => page.locator('cote-a-cote-overlay').getByRole('button', { name });
/** The field help is live (its code may arrive in idle time after the page loaded). */
const fieldHelpReady = (page: Page) => ours(page, '[data-feature="field-help"]').waitFor({ state: 'attached', timeout: 10_000 });

describe('walkthroughs in real Chromium', () => {
  it('follows the CAF quarterly return to the end by doing the steps, with a reload half-way', async () => {
    const page = await h.open('https://www.caf.fr/connexion');
    await waitForOverlay(page);
    await ourButton(page, 'Commencer le guide : Déclarer vos ressources à la CAF').click();
    await expectStep(page, 1, 12);
    await page.locator('#nir').fill('1850575123456');
    await page.keyboard.press('Tab');
    await expectStep(page, 2, 12);
    await page.locator('#password-caf-input').fill('mot-de-passe-canari');
    await page.keyboard.press('Tab');
    await expectStep(page, 3, 12);
    await page.locator('#login-caf button[type=submit]').click();
    await page.waitForURL('https://www.caf.fr/connexion/code');
    await expectStep(page, 4, 12);
    await page.reload();
    await expectStep(page, 4, 12);
    await page.locator('#code-sms').fill('482913');
    await page.keyboard.press('Tab');
    await expectStep(page, 5, 12);
    await page.getByRole('button', { name: 'Valider', exact: true }).click();
    await page.waitForURL('https://www.caf.fr/espace');
    await expectStep(page, 6, 12);
    await page.locator('main').getByRole('link', { name: 'Déclarer mes ressources trimestrielles' }).click();
    await page.waitForURL('https://www.caf.fr/espace/declaration-trimestrielle');
    await expectStep(page, 7, 12);
    await ourButton(page, 'Suivant').click();
    await expectStep(page, 8, 12);
    await page.locator('#r-2026-08-vous-salaires').fill('1200');
    await page.keyboard.press('Tab');
    await expectStep(page, 9, 12);
    await ourButton(page, 'Suivant').click();
    await expectStep(page, 10, 12);
    await page.locator('label[for=certification-honneur]').click();
    await expectStep(page, 11, 12);
    await page.getByRole('button', { name: 'Valider ma déclaration' }).click();
    await page.waitForURL('https://www.caf.fr/espace/declaration-trimestrielle/confirmation');
    await expectStep(page, 12, 12);
    await ourButton(page, 'Terminer').click();
    await expect.poll(() => ours(page, '.cac-walk').textContent()).toContain('Le guide est terminé');
    expect(await h.dumpStorage()).not.toContain('walkthrough:');
    await page.close();
  });

  it('shows "Je ne trouve pas ce champ sur la page" and reports the miss when the target is removed, without an error', async () => {
    const page = await h.open('https://www.caf.fr/connexion');
    await waitForOverlay(page);
    await ourButton(page, /Commencer le guide/).click();
    await expectStep(page, 1, 12);
    await page.evaluate(() => document.getElementById('nir')?.remove());
    await expect.poll(() => ours(page, '.cac-walk__missing').count(), { timeout: 5_000 }).toBe(1);
    expect(await ours(page, '.cac-walk__missing').textContent()).toContain('Je ne trouve pas ce champ sur la page.');
    const report = (await h.pageReport(page)) as { steps: Array<{ id: string; status: string; reason: string | null }> };
    expect(report.steps.find((s) => s.id === 'numero')).toMatchObject({ status: 'missed', reason: expect.stringMatching(/aucun repère|disparu/) });
    expect(report.steps.find((s) => s.id === 'field:nir')?.status).toBe('missed');
    expect(report.steps.find((s) => s.id === 'mot-de-passe')?.status).toBe('found');
    // The guide goes on: the next step is found and the person can stop.
    await ourButton(page, 'Suivant').click();
    await expectStep(page, 2, 12);
    await ourButton(page, 'Arrêter le guide').click();
    expect(h.consoleLines.filter((l) => /^error|pageerror|fonction arrêtée/.test(l))).toEqual([]);
    await page.close();
  });

  it('resumes the CAF guide after the FranceConnect redirect chain (paused on the other hosts)', async () => {
    const page = await h.open('https://www.caf.fr/connexion');
    await waitForOverlay(page);
    await ourButton(page, /Commencer le guide/).click();
    await expectStep(page, 1, 12);
    await page.locator('#connect-caf').click();
    await page.waitForURL(/app\.franceconnect\.gouv\.fr\/choix-fournisseur/);
    await expect.poll(() => ours(page, '.cac-walk').textContent().catch(() => ''), { timeout: 5_000 }).toContain('Guide en pause : Déclarer vos ressources à la CAF.');
    await page.getByRole('link', { name: 'impots.gouv.fr' }).click();
    await page.waitForURL(/idp\.impots\.gouv\.fr\/connexion/);
    await page.locator('#spi').fill('3000000000000');
    await page.locator('#pwd-idp-input').fill('mot-de-passe-canari');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL('https://www.caf.fr/espace', { timeout: 10_000 });
    await expectStep(page, 6, 12);
    await ourButton(page, 'Arrêter le guide').click();
    await page.close();
  });

  it('follows the FranceConnect guide across its hosts and ends it on the way back', async () => {
    const page = await h.open('https://app.franceconnect.gouv.fr/choix-fournisseur?retour=www.caf.fr');
    await waitForOverlay(page);
    await ourButton(page, 'Commencer le guide : Se connecter avec FranceConnect').click();
    await expectStep(page, 1, 5);
    await page.getByRole('link', { name: 'impots.gouv.fr' }).click();
    await page.waitForURL(/idp\.impots\.gouv\.fr/);
    await expectStep(page, 2, 5);
    await page.locator('#spi').fill('3000000000000');
    await page.keyboard.press('Tab');
    await expectStep(page, 3, 5);
    await page.locator('#pwd-idp-input').fill('mot-de-passe-canari');
    await page.keyboard.press('Tab');
    await expectStep(page, 4, 5);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL('https://www.caf.fr/espace', { timeout: 10_000 });
    await waitForOverlay(page);
    await expect.poll(() => ourButton(page, /Commencer le guide : Déclarer vos ressources/).count(), { timeout: 5_000 }).toBe(1);
    // The background ends the walkthrough on arrival, asynchronously: wait for it (bounded).
    await expect.poll(() => h.dumpStorage(), { timeout: 5_000 }).not.toContain('walkthrough:');
    await page.close();
  });

  it('follows the ANTS single-page steps (?etape=N) without reloads', async () => {
    const page = await h.open('https://passeport.ants.gouv.fr/demarches/carte-identite');
    await waitForOverlay(page);
    await ourButton(page, /Commencer le guide/).click();
    await expectStep(page, 1, 10);
    await page.locator('label[for=motif-renouvellement]').click();
    await expectStep(page, 2, 10);
    await page.locator('section[data-etape="1"] button[data-vers="2"]').click();
    await expectStep(page, 3, 10);
    expect(page.url()).toBe('https://passeport.ants.gouv.fr/demarches/carte-identite?etape=2');
    await page.locator('#nom').fill('Exemple');
    await page.keyboard.press('Tab');
    await expectStep(page, 4, 10);
    await page.goBack(); // the browser's back button: the guide follows the page
    await expectStep(page, 1, 10);
    await page.close();
  });
});

interface PackJson {
  id: string;
  stage: string;
  pages: Array<{ id: string; urlPatterns: string[] }>;
  fields: Array<{ id: string; page: string; help: { what: string }; selectors: Array<{ css?: string; id?: string; name?: string; autocomplete?: string }> }>;
}
const readyPacks = (readPacks() as PackJson[]).filter((p) => p.stage === 'ready');
/** Things a person does before a field shows (France Travail: the hours appear after "Oui"). */
const BEFORE: Record<string, (page: Page) => Promise<void>> = {
  'francetravail-actualisation/actualisation': (page) => page.locator('label[for=travail-oui]').click(),
};

/**
 * The element of a covered field, found by the test itself (not by our engine): the first of
 * the pack's css / id / name / autocomplete selectors that matches one element; a group
 * (radio buttons, one box per digit) is focused on its first input.
 */
async function fieldElement(page: Page, field: PackJson['fields'][number]) {
  for (const s of field.selectors) {
    const css = s.css ?? (s.id ? `#${s.id}` : s.name ? `[name="${s.name}"]` : s.autocomplete ? `[autocomplete~="${s.autocomplete}"]` : '');
    if (!css || (await page.locator(css).count()) !== 1) continue;
    const el = page.locator(css);
    const tag = await el.evaluate((e) => e.tagName);
    return ['INPUT', 'SELECT', 'TEXTAREA'].includes(tag) ? el : el.locator('input').first();
  }
  throw new Error(`no test selector for ${field.id}`);
}

const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('field help in real Chromium', () => {
  it.each(readyPacks.map((p) => [p.id, p] as const))('%s: focusing each covered field shows its help, never over the field', async (_id, pack) => {
    const browser = guideBrowser(h);
    let page: Page | null = null;
    for (const packPage of pack.pages) {
      const fields = pack.fields.filter((f) => f.page === packPage.id);
      if (fields.length === 0) continue;
      const url = practiceUrlFor(packPage)!;
      if (!page) {
        page = await browser.open(url);
        await browser.force(page, pack.id);
      }
      await browser.goto(page, url);
      // page.report is built in slices, by a lazy part, once the guide is anchored: give it time.
      await expect.poll(async () => ((await h.pageReport(page!)) as { steps: Array<{ id: string }> }).steps.filter((s) => s.id.startsWith('field:')).length, { timeout: 10_000 }).toBe(fields.length);
      await fieldHelpReady(page);
      await BEFORE[`${pack.id}/${packPage.id}`]?.(page);
      for (const field of fields) {
        const element = await fieldElement(page, field);
        await element.focus();
        // The help is the field-help section of the one card, shown once the card is placed.
        await expect
          .poll(async () => [field.id, (await cardView(page!, 'field-help'))?.text ?? 'no card'], { timeout: 5_000 })
          .toEqual([field.id, expect.stringContaining(field.help.what)]);
        const card = ours(page, '.cac-help');
        // The whole card (not only the help inside it) leaves the field free; it follows
        // scrolling in the next frame (focus and step changes may scroll the page).
        const covers = async () => {
          const [cardBox, fieldBox] = [await ours(page!, '.cac-card.cac-context').boundingBox(), await element.boundingBox()];
          return [field.id, Boolean(cardBox && fieldBox && overlap(cardBox, fieldBox))];
        };
        await expect.poll(covers, { timeout: 3_000 }).toEqual([field.id, false]);
        await page.keyboard.press('Escape');
        await expect.poll(() => card.count()).toBe(0);
      }
    }
    if (page) await browser.release(page);
  });

  it('opens from the "?" button with the keyboard, takes the focus into the card, and Escape gives it back to the field', async () => {
    const page = await h.open('https://cfspart.impots.gouv.fr/connexion');
    await waitForOverlay(page);
    const question = ours(page, '.cac-help__q').first();
    // As a person sees it: the "?" is on screen (placed by the lazy part `layout`).
    await question.waitFor({ state: 'visible' });
    await question.focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await cardView(page, 'field-help'))?.text ?? '').toContain('Votre numéro fiscal. Il a 13 chiffres.');
    // Opened by its button, the help takes the focus (its title, inside the card).
    const focusInHelp = () => page.evaluate(() => document.querySelector('cote-a-cote-overlay')?.shadowRoot?.activeElement?.closest('.cac-context [data-section="field-help"]') != null);
    await expect.poll(focusInHelp, { timeout: 3_000 }).toBe(true);
    // Escape leaves our UI: the focus goes to the field the help is about.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('spi');
    expect(await page.evaluate(() => document.querySelector('cote-a-cote-overlay')?.shadowRoot?.activeElement ?? null)).toBe(null);
    await page.close();
  });

  it('shows a "?" beside the fields in view of the CAF quarterly return (1280×900)', async () => {
    const page = await h.open('https://www.caf.fr/espace/declaration-trimestrielle');
    await waitForOverlay(page);
    await fieldHelpReady(page);
    await page.locator('#r-2026-08-vous-salaires').scrollIntoViewIfNeeded();
    // The marks are placed by the lazy part `layout`; a mark with no free spot is hidden, but not all of them.
    await expect.poll(() => ours(page, '.cac-help__q >> visible=true').count(), { timeout: 5_000 }).toBeGreaterThan(0);
    await page.close();
  });

  it('gives a gentle format hint after the field is left, and the typed number goes nowhere', async () => {
    const page = await h.open('https://cfspart.impots.gouv.fr/connexion');
    await waitForOverlay(page);
    await fieldHelpReady(page);
    await page.locator('#spi').fill('30000000000');
    await page.keyboard.press('Tab');
    await expect.poll(() => ours(page, '.cac-help__q--check').count()).toBe(1);
    await page.locator('#spi').focus();
    await expect.poll(() => ours(page, '.cac-help').textContent()).toContain('Le numéro semble trop court.');
    const report = JSON.stringify(await h.pageReport(page));
    expect(report).not.toContain('30000000000');
    expect(await h.dumpStorage()).not.toContain('30000000000');
    expect(h.consoleLines.join('\n')).not.toContain('30000000000');
    await page.close();
  });

  it('shows the card as a sheet on a narrow window (200 % zoom) without covering the field', async () => {
    const page = await h.open('https://www.caf.fr/connexion');
    await page.setViewportSize({ width: 640, height: 450 });
    await waitForOverlay(page);
    await fieldHelpReady(page);
    await page.locator('#nir').focus();
    await waitCard(page, 'field-help', 'numéro de sécurité sociale');
    const card = ours(page, '.cac-card.cac-context');
    await expect.poll(() => card.getAttribute('data-mode'), { timeout: 5_000 }).toBe('sheet');
    // Once placed, the sheet leaves the field free.
    const covers = async () => {
      const [cardBox, fieldBox] = [await card.boundingBox(), await page.locator('#nir').boundingBox()];
      return Boolean(cardBox && fieldBox && overlap(cardBox, fieldBox));
    };
    await expect.poll(covers, { timeout: 3_000 }).toBe(false);
    await page.waitForTimeout(300);
    expect(await covers()).toBe(false); // and stays so
    await page.close();
  });
});
