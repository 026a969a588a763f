import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchHarness, stopServiceWorker, waitForOverlay, type Harness } from './harness';

// W1–W4 end to end, as at a France Services desk: one computer, the person's CAF account,
// the worker's side panel (opened as a tab, as the engineering notes say), the practice CAF
// quarterly return. Scope, the person's agreement on their page, the walkthrough, the
// "Qui tape ?" token moving to the person on the password and the SMS code, "montrer ce
// champ", a service-worker restart half-way, the clean desk, the receipt, statistics +1 —
// and no canary value anywhere the extension keeps, sends or logs.

const CANARY = { nir: '1850575987654', password: 'cnrymotdepasse7731', code: '904417' };
const PACK = 'caf-declaration-trimestrielle';

let h: Harness;
let caf: Page;
let panel: Page;
const reports: string[] = [];

beforeAll(async () => {
  h = await launchHarness();
  await captureBackgroundMessages();
});
afterAll(async () => h?.close());

/** Every message reaching the background (re-installed after the worker restarts). */
async function captureBackgroundMessages() {
  const worker = h.context.serviceWorkers()[0]!;
  await worker.evaluate(() => {
    const g = globalThis as unknown as { __captured?: string[] };
    if (g.__captured) return;
    g.__captured = [];
    chrome.runtime.onMessage.addListener((message, sender) => void g.__captured!.push(JSON.stringify({ message, url: sender.url })));
  });
}
const captured: string[] = [];
async function collectCaptured() {
  const worker = h.context.serviceWorkers()[0]!;
  captured.push(...(await worker.evaluate(() => (globalThis as unknown as { __captured?: string[] }).__captured?.splice(0) ?? [])));
}

const byTest = (page: Page, id: string) => page.locator(`[data-testid="${id}"]`);
/** The one card while it holds the session notice. */
const noticeCard = (page: Page) => ours(page, '.cac-context:has(.cac-session-notice)');
const ours = (page: Page, css: string) => page.locator(`cote-a-cote-overlay ${css}`);
const ourButton = (page: Page, name: string | RegExp) => page.locator('cote-a-cote-overlay').getByRole('button', { name });
const storedSession = async () => JSON.parse(await h.dumpStorage())[1].accompaniedSession as Record<string, unknown> | undefined;
async function expectStep(page: Page, n: number, total: number) {
  await expect.poll(() => ours(page, '.cac-walk .cac-card__progress').textContent().catch(() => null), { timeout: 5_000 }).toBe(`Étape ${n} sur ${total}`);
}
/** Screenshots to read as a worker and as the person would (test-results/, not committed). */
async function shoot(page: Page, name: string, fullPage = false) {
  await page.screenshot({ path: `test-results/session-${name}.png`, fullPage });
}
async function report(page: Page) {
  reports.push(JSON.stringify(await h.pageReport(page)));
}

describe('accompanied session on the practice CAF flow', () => {
  it('the worker starts a session and declares the scope in the side panel', async () => {
    caf = await h.open('https://www.caf.fr/connexion');
    await waitForOverlay(caf);
    panel = await h.context.newPage();
    await panel.setViewportSize({ width: 380, height: 900 }); // a side panel's width
    await panel.goto(`chrome-extension://${h.extensionId}/sidepanel.html`);
    await byTest(panel, 'start').click();
    await byTest(panel, `procedure-${PACK}`).check();
    expect(await byTest(panel, 'category-social').isChecked()).toBe(true);
    await byTest(panel, 'continue').click();
    await byTest(panel, 'notice-text').waitFor();
    await shoot(panel, 'panel-notice');
    expect(await storedSession()).toMatchObject({ phase: 'notice', agreed: null, scope: { packId: PACK, portal: 'caf', category: 'social' } });
  });

  it('the person agrees on their own page (a deliberate click; nothing before)', async () => {
    const notice = ours(caf, '.cac-session-notice');
    await notice.waitFor({ timeout: 5_000 });
    await shoot(caf, 'person-notice');
    expect(await notice.innerText()).toMatch(/arrêter/i);
    // A page script clicking our open shadow root is not the person: refused.
    await caf.evaluate(() => (document.querySelector('cote-a-cote-overlay')!.shadowRoot!.querySelector('.cac-session-notice__agree') as HTMLButtonElement).click());
    await caf.waitForTimeout(300);
    expect((await storedSession())?.phase).toBe('notice');
    // The notice is the one card (a sheet); its buttons are in the card's foot.
    await noticeCard(caf).locator('.cac-context__actions').getByRole('button', { name: "J'accepte" }).click();
    await expect.poll(async () => (await storedSession())?.phase).toBe('accompanied');
    await byTest(panel, 'token').waitFor();
    await ours(caf, '.cac-session').waitFor();
    expect(await ours(caf, '.cac-session').innerText()).toContain('Session accompagnée');
  });

  it('walkthrough and token: the worker types the NIR, the password moves the token to the person and dims the panel', async () => {
    await ourButton(caf, 'Commencer le guide : Déclarer vos ressources à la CAF').click();
    await expectStep(caf, 1, 12);
    await expect.poll(() => byTest(panel, 'step').innerText(), { timeout: 5_000 }).toMatch(/Étape 1 sur 12/);

    await byTest(panel, 'switch').click();
    await expect.poll(() => byTest(panel, 'token').innerText()).toMatch(/vous qui tapez/i);
    await expect.poll(() => ours(caf, '.cac-session__token').getAttribute('data-typist')).toBe('worker');
    await caf.locator('#nir').click();
    await caf.locator('#nir').fill(CANARY.nir);
    await report(caf);

    await caf.locator('#password-caf-input').click();
    await expect.poll(async () => (await storedSession())?.secretFocus).toBe(true);
    await expect.poll(() => byTest(panel, 'token').innerText()).toMatch(/personne qui tape/i);
    await byTest(panel, 'secret-dim').waitFor({ state: 'visible' });
    await shoot(panel, 'panel-secret-dim');
    expect(await byTest(panel, 'switch').isDisabled()).toBe(true);
    await expect.poll(() => ours(caf, '.cac-session__token').getAttribute('data-typist')).toBe('person');
    await caf.locator('#password-caf-input').fill(CANARY.password);
    await report(caf);
    await caf.locator('#nir').click(); // the password field loses the focus
    await expect.poll(async () => (await storedSession())?.secretFocus).toBe(false);
    await byTest(panel, 'secret-dim').waitFor({ state: 'detached' });
  });

  it('"montrer ce champ" highlights the chosen field on the person\'s page', async () => {
    await byTest(panel, 'refresh-report').click();
    const show = panel.locator('[data-testid="show-field"][data-key="#password-caf-input"]');
    await show.waitFor({ timeout: 5_000 });
    await show.click();
    await expect.poll(() => byTest(panel, 'show-feedback').innerText()).toMatch(/Montré/);
    // Data fields only: the DSFR "Afficher le mot de passe" switch beside it is a page control.
    expect(await panel.locator('[data-testid="show-field"][data-key="#password-caf-show"]').count()).toBe(0);
    // An outline drawn around the field (a decoration, never over it); the words are in the session block.
    await ours(caf, '.cac-session-pointer').waitFor({ state: 'visible', timeout: 3_000 });
    const around = () =>
      caf.evaluate(() => {
        const field = document.querySelector('#password-caf-input')!.getBoundingClientRect();
        const box = document.querySelector('cote-a-cote-overlay')!.shadowRoot!.querySelector('.cac-session-pointer')!.getBoundingClientRect();
        return box.left <= field.left && box.top <= field.top && box.right >= field.right && box.bottom >= field.bottom;
      });
    await expect.poll(around, { timeout: 3_000 }).toBe(true);
    expect(await ours(caf, '.cac-session-pointer').evaluate((el) => getComputedStyle(el).pointerEvents)).toBe('none');
    await expect.poll(() => ours(caf, '.cac-session').innerText(), { timeout: 3_000 }).toContain('Votre accompagnant vous montre ce champ');
    await Promise.all([shoot(caf, 'person-pointer'), shoot(panel, 'panel-accompanied', true)]);
  });

  it('the digital-autonomy check runs in the panel; only the level reaches the session', async () => {
    // A background tab gets no animation frames: Playwright's "stable" check would wait 1–2 s per click.
    await panel.bringToFront();
    await byTest(panel, 'assess').click();
    for (let i = 0; i < 10; i++) await panel.locator('[role="radio"][data-answer="with-help"]').first().click();
    await panel.getByRole('button', { name: 'Compter ce niveau dans les statistiques' }).click();
    await expect.poll(async () => (await storedSession())?.level).toBe(2);
    expect(Object.keys((await storedSession())!)).not.toContain('answers');
    await caf.bringToFront();
  });

  it('a service-worker restart in the middle loses nothing', async () => {
    await collectCaptured();
    const before = await storedSession();
    const statuses = await stopServiceWorker(h);
    expect(statuses).toContain('stopped');
    await panel.reload();
    await byTest(panel, 'token').waitFor({ timeout: 10_000 });
    await expect.poll(() => byTest(panel, 'step').innerText(), { timeout: 5_000 }).toMatch(/Étape \d+ sur 12/);
    expect(await storedSession()).toEqual(before);
    await captureBackgroundMessages();
  });

  it('the SMS code page: the token goes to the person again; the page keeps its badge after navigation', async () => {
    await panel.getByTestId('show-field').first().click();
    await expect.poll(() => byTest(panel, 'show-feedback').innerText()).toMatch(/Montré/);
    await caf.locator('#login-caf button[type=submit]').click();
    await caf.waitForURL('https://www.caf.fr/connexion/code');
    await waitForOverlay(caf);
    // The background tells the panel (panel.changed): it reads the new page and forgets what it showed.
    await panel.locator('[data-testid="show-field"][data-key="#code-sms"]').waitFor({ timeout: 5_000 });
    expect(await panel.locator('[data-testid="show-field"][data-key="#password-caf-input"]').count()).toBe(0);
    expect(await byTest(panel, 'show-feedback').innerText()).toBe('');
    await ours(caf, '.cac-session').waitFor({ timeout: 5_000 });
    await byTest(panel, 'switch').click();
    await expect.poll(async () => (await storedSession())?.typist).toBe('worker');
    await caf.locator('#code-sms').click();
    await expect.poll(async () => (await storedSession())?.typist).toBe('person');
    await byTest(panel, 'secret-dim').waitFor({ state: 'visible' });
    await caf.locator('#code-sms').fill(CANARY.code);
    await report(caf);
    await caf.keyboard.press('Tab');
    await byTest(panel, 'secret-dim').waitFor({ state: 'detached' });
    await caf.getByRole('button', { name: 'Valider', exact: true }).click();
    await caf.waitForURL('https://www.caf.fr/espace');
    await waitForOverlay(caf);
    await report(caf);
    expect(await storedSession()).toMatchObject({ phase: 'accompanied', secretsTyped: true });
  });

  it('end, outcome, the clean desk, the receipt; statistics +1 and the session erased', async () => {
    const statsBefore = JSON.parse(await h.dumpStorage())[0].statistics;
    expect(statsBefore?.rows ?? []).toEqual([]);
    await byTest(panel, 'end').click();
    await byTest(panel, 'outcome-yes').click();
    const [desk] = await Promise.all([h.context.waitForEvent('page'), byTest(panel, 'clean-desk').click()]);
    await desk.waitForURL(/clean-desk\.html/);
    await desk.locator('#desk-title').waitFor();
    const step = (id: string) => desk.locator(`[data-step="${id}"]`);
    await step('logout').getByRole('button', { name: 'La déconnexion est faite sur chaque site' }).click();
    await step('files').getByRole('button', { name: 'Passer cette étape' }).click();
    await step('siteData').getByRole('button', { name: 'Effacer les traces de ces sites' }).click();
    await step('siteData').getByRole('button', { name: 'Oui, effacer' }).click();
    await step('tabs').getByRole('button', { name: 'Fermer ces onglets' }).click();
    await step('tabs').getByRole('button', { name: 'Oui, fermer' }).click();
    await desk.getByRole('button', { name: 'Voir le résumé' }).click();
    await expect.poll(async () => (await storedSession())?.phase, { timeout: 5_000 }).toBe('receipt');

    const receipt = byTest(panel, 'receipt');
    await receipt.waitFor({ timeout: 5_000 });
    await shoot(panel, 'panel-receipt');
    const text = await receipt.innerText();
    expect(text).toContain('tapés par la personne');
    expect(text).not.toMatch(new RegExp(Object.values(CANARY).join('|')));
    await byTest(panel, 'finish').click();
    await byTest(panel, 'session-finished').waitFor();

    const [local, session] = JSON.parse(await h.dumpStorage()) as [Record<string, unknown>, Record<string, unknown>];
    // What is left after the session: the counters (and reading settings, if any), nothing of the visit.
    // (A stored item's version is its value's `v`: lib/storage-items.ts.)
    expect(Object.keys(local).filter((key) => !/^(statistics|settings)$/.test(key))).toEqual([]);
    expect(local.statistics).toMatchObject({ v: 1 });
    expect(Object.keys(session).filter((key) => /^(accompaniedSession|walkthrough:|cleanDeskTrail|lookalike)/.test(key))).toEqual([]);
    expect(session.accompaniedSession).toBeUndefined();
    const rows = (local.statistics as { rows: Array<Record<string, unknown>> }).rows;
    expect(rows).toHaveLength(1);
    expect(Object.keys(rows[0]!).sort()).toEqual(['category', 'completed', 'count', 'duration', 'level', 'month', 'procedure']);
    expect(rows[0]).toMatchObject({ procedure: PACK, category: 'social', duration: 'under-15-min', completed: true, level: 2, count: 1 });
    expect(rows[0]!.month).toMatch(/^\d{4}-\d{2}$/);
  });

  it('a second session: FranceConnect\'s chain stays in scope, another portal asks the scope again, the person stops', async () => {
    caf = await h.open('https://www.caf.fr/connexion');
    await waitForOverlay(caf);
    await panel.reload();
    await byTest(panel, 'start').click();
    await byTest(panel, `procedure-${PACK}`).check();
    await byTest(panel, 'continue').click();
    await noticeCard(caf).getByRole('button', { name: "J'accepte" }).click();
    await expect.poll(async () => (await storedSession())?.phase).toBe('accompanied');

    // CAF → FranceConnect → impots.gouv (identity provider) → back to CAF: one procedure.
    await caf.locator('#connect-caf').click();
    await caf.waitForURL(/app\.franceconnect\.gouv\.fr\/choix-fournisseur/);
    await caf.getByRole('link', { name: 'impots.gouv.fr' }).click();
    await caf.waitForURL(/idp\.impots\.gouv\.fr\/connexion/);
    await waitForOverlay(caf);
    await ours(caf, '.cac-session').waitFor({ timeout: 5_000 });
    await caf.locator('#spi').fill('3000000000000');
    await caf.locator('#pwd-idp-input').click();
    await expect.poll(async () => (await storedSession())?.secretFocus).toBe(true);
    await caf.locator('#pwd-idp-input').fill(CANARY.password);
    await caf.locator('#login-idp button[type=submit]').click();
    await caf.waitForURL('https://www.caf.fr/espace', { timeout: 10_000 });
    await waitForOverlay(caf);
    await expect.poll(async () => (await storedSession())?.phase).toBe('accompanied');
    expect(await storedSession()).toMatchObject({ viaFranceConnect: false, scope: { packId: PACK } });

    // Another portal, outside the chain: the panel asks for the scope again.
    await caf.goto('https://assure.ameli.fr/connexion', { waitUntil: 'load' });
    await waitForOverlay(caf);
    await expect.poll(async () => (await storedSession())?.phase, { timeout: 5_000 }).toBe('scope');
    await expect.poll(() => byTest(panel, 'scope-reason').innerText(), { timeout: 5_000 }).toMatch(/autre site/);
    expect((await storedSession())?.scopeReason).toBe('left-portal');
    // Back to the procedure already agreed: no new notice.
    await byTest(panel, `procedure-${PACK}`).check();
    await byTest(panel, 'continue').click();
    await expect.poll(async () => (await storedSession())?.phase).toBe('accompanied');

    // The person's Stop ends the accompaniment at once.
    await ours(caf, '.cac-session').getByRole('button', { name: /Arrêter/ }).click();
    await expect.poll(async () => (await storedSession())?.stoppedBy).toBe('person');
    await byTest(panel, 'stopped-by-person').waitFor({ timeout: 5_000 });
    await byTest(panel, 'outcome-no').click();
    await byTest(panel, 'desk-done').click();
    await byTest(panel, 'finish').click();
    await byTest(panel, 'session-finished').waitFor();
    const rows = JSON.parse(await h.dumpStorage())[0].statistics.rows as Array<Record<string, unknown>>;
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatchObject({ procedure: PACK, completed: false, level: null, count: 1 });
  });

  it('canary: no value typed during the session in storage, messages, reports or consoles', async () => {
    await collectCaptured();
    expect(captured.some((line) => line.includes('session.secret'))).toBe(true); // the capture saw the session's messages
    expect(reports.length).toBeGreaterThanOrEqual(3);
    const everything = [await h.dumpStorage(), ...captured, ...reports, ...h.consoleLines].join('\n');
    for (const value of Object.values(CANARY)) expect(everything).not.toContain(value);
  });
});
