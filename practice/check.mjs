// Smoke check of the practice portals in real headless Chromium (no extension):
//   npx node practice/check.mjs [--screenshots DIR]
// Visits every PRACTICE_PAGES entry (status 200, exact title, banner, no console errors,
// no failed requests), then exercises the interactive bits: DSFR password toggle, the
// FranceConnect chain, the France Travail reveal/add-employer, the ANTS pushState steps,
// the Ameli PDF download. Exit code 1 on any failure.
import { mkdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { PRACTICE_PAGES, chromiumHostArgs, startPracticeServer } from './server.mjs';

const args = process.argv.slice(2);
const shotsIdx = args.indexOf('--screenshots');
const shotsDir = shotsIdx !== -1 ? args[shotsIdx + 1] : null;
if (shotsDir) mkdirSync(shotsDir, { recursive: true });

const BANNER_TEXT = "Site d'entraînement — simulation. Les personnes et les numéros sont inventés.";
const failures = [];
let passed = 0;
const check = (ok, what) => {
  if (ok) passed += 1;
  else {
    failures.push(what);
    console.log(`FAIL ${what}`);
  }
};

const server = await startPracticeServer();
const profile = await mkdtemp(path.join(tmpdir(), 'practice-check-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  headless: true,
  acceptDownloads: true,
  viewport: { width: 1280, height: 900 },
  args: [
    '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ...chromiumHostArgs(server.port),
  ],
});

try {
  const page = context.pages()[0] ?? (await context.newPage());
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => {
    // The FranceConnect return page navigates away by itself: its aborted loads are expected.
    if (!/net::ERR_ABORTED/.test(r.failure()?.errorText ?? '')) problems.push(`requestfailed: ${r.url()} ${r.failure()?.errorText}`);
  });
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()} ${r.url()}`); });

  // 1. Every listed page.
  for (const p of PRACTICE_PAGES) {
    const url = `${server.origin(p.host)}${p.path}`;
    problems.length = 0;
    const res = await page.goto(url, { waitUntil: 'load' });
    check(res?.status() === 200, `${url}: status ${res?.status()}`);
    if (p.autoRedirect) {
      await page.waitForURL((u) => u.href !== url, { timeout: 5000 }).catch(() => {});
      check(page.url() !== url, `${url}: should redirect by itself`);
      await page.waitForLoadState('load');
    } else {
      check((await page.title()) === p.title, `${url}: title "${await page.title()}" ≠ "${p.title}"`);
      const banner = await page.locator('.practice-banner').first().textContent().catch(() => null);
      check(banner?.trim() === BANNER_TEXT, `${url}: banner missing`);
      check((await page.getAttribute('html', 'lang')) === 'fr', `${url}: lang ≠ fr`);
    }
    await page.waitForTimeout(50);
    check(problems.length === 0, `${url}: ${problems.join(' | ')}`);
  }

  // 2. DSFR password toggle on the CAF login.
  await page.goto(`${server.origin('www.caf.fr')}/connexion`);
  await page.locator('#password-caf-input').fill('secret');
  check((await page.getAttribute('#password-caf-input', 'type')) === 'password', 'caf password starts as type=password');
  await page.locator('label[for="password-caf-show"]').click();
  await page.waitForFunction(() => document.querySelector('#password-caf-input').type === 'text', null, { timeout: 3000 }).catch(() => {});
  check((await page.getAttribute('#password-caf-input', 'type')) === 'text', 'caf "Afficher" switches the password to type=text');
  if (shotsDir) await page.screenshot({ path: path.join(shotsDir, 'caf-connexion.png'), fullPage: true });

  // 3. CAF login chain by form submission.
  await page.locator('#nir').fill('2850575999999');
  await page.locator('#login-caf button[type=submit]').click();
  await page.waitForURL('https://www.caf.fr/connexion/code');
  check(true, 'caf login → code');
  await page.locator('#code-sms').fill('123456');
  await page.locator('button[type=submit]').click();
  await page.waitForURL('https://www.caf.fr/espace');
  await page.goto(`${server.origin('www.caf.fr')}/espace/declaration-trimestrielle`);
  const dtrInputs = await page.locator('main input').count();
  check(dtrInputs >= 60, `caf declaration has ≥ 60 inputs (${dtrInputs})`);
  if (shotsDir) await page.screenshot({ path: path.join(shotsDir, 'caf-declaration.png'), fullPage: false });
  await page.locator('label[for="certification-honneur"]').click(); // DSFR: the label covers the input
  await page.locator('#declaration-trimestrielle button[type=submit]').click();
  await page.waitForURL('https://www.caf.fr/espace/declaration-trimestrielle/confirmation');
  check(true, 'caf declaration → confirmation');

  // 4. FranceConnect chain: choice → idp → retour → caller espace.
  await page.goto(`${server.origin('www.caf.fr')}/connexion`);
  await page.locator('.fr-connect').click();
  await page.waitForURL('https://app.franceconnect.gouv.fr/choix-fournisseur?retour=www.caf.fr');
  await page.getByRole('link', { name: 'impots.gouv.fr' }).click();
  await page.waitForURL('https://idp.impots.gouv.fr/connexion?retour=www.caf.fr');
  await page.locator('#spi').fill('3000000000000');
  await page.locator('#pwd-idp-input').fill('secret');
  await page.locator('#login-idp button[type=submit]').click();
  await page.waitForURL('https://www.caf.fr/espace', { timeout: 5000 });
  check(true, 'franceconnect chain ends on caf espace');

  // 5. France Travail: reveal + add employer.
  await page.goto(`${server.origin('candidat.francetravail.fr')}/actualisation`);
  check(await page.locator('#heures').isHidden(), 'francetravail hours hidden at first');
  await page.locator('label[for="travail-oui"]').click();
  check(await page.locator('#heures').isVisible(), 'francetravail "oui" reveals hours');
  await page.getByRole('button', { name: 'Ajouter un employeur' }).click();
  check(await page.locator('#employeur-2-salaire').isVisible(), 'francetravail adds employer 2');
  if (shotsDir) await page.screenshot({ path: path.join(shotsDir, 'francetravail-actualisation.png'), fullPage: true });

  // 6. ANTS steps without reload.
  await page.goto(`${server.origin('passeport.ants.gouv.fr')}/demarches/carte-identite`);
  const marker = await page.evaluate(() => (window.__practiceMarker = Math.random()));
  await page.locator('label[for="motif-renouvellement"]').click();
  await page.locator('section[data-etape="1"] button[data-vers="2"]').click();
  check(page.url().endsWith('?etape=2') && (await page.locator('#nom').isVisible()), 'ants step 2 via pushState');
  await page.locator('#nom').fill('EXEMPLE');
  await page.locator('section[data-etape="2"] button[data-vers="3"]').click();
  check(page.url().endsWith('?etape=3'), 'ants step 3');
  await page.goBack();
  check(page.url().endsWith('?etape=2') && (await page.locator('#nom').isVisible()), 'ants popstate back to step 2');
  check((await page.evaluate(() => window.__practiceMarker)) === marker, 'ants steps without reload');
  await page.locator('section[data-etape="2"] button[data-vers="3"]').click();
  await page.locator('section[data-etape="3"] button[data-vers="4"]').click();
  check((await page.locator('[data-recap="nom"]').textContent()) === 'EXEMPLE', 'ants recap shows typed name');
  if (shotsDir) await page.screenshot({ path: path.join(shotsDir, 'ants-recap.png'), fullPage: true });
  await page.locator('label[for="certification"]').click();
  await page.getByRole('button', { name: 'Valider ma pré-demande' }).click();
  await page.waitForURL('https://passeport.ants.gouv.fr/demarches/carte-identite/confirmation');
  check(true, 'ants → confirmation');

  // 7. Ameli quirks + PDF download.
  await page.goto(`${server.origin('assure.ameli.fr')}/connexion`);
  const pwd = page.locator('#input-41');
  check((await pwd.getAttribute('type')) === 'password' && (await pwd.getAttribute('name')) === null, 'ameli password has no name');
  check((await page.locator('label[for="input-41"]').count()) === 0, 'ameli password has no label');
  if (shotsDir) await page.screenshot({ path: path.join(shotsDir, 'ameli-connexion.png'), fullPage: true });
  await page.goto(`${server.origin('assure.ameli.fr')}/compte/attestation-droits`);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: /Télécharger l'attestation/ }).click(),
  ]);
  check(download.suggestedFilename() === 'attestation-droits.pdf', `ameli download name ${download.suggestedFilename()}`);
} finally {
  await context.close();
  await server.close();
  await rm(profile, { recursive: true, force: true });
}

console.log(`${passed} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
