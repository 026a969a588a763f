import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PRACTICE_PAGES } from '../../practice/server.mjs';
import { PageReport } from '../../core/protocol/page-report';
import type { Sensitivity } from '../../core/privacy/sensitivity';
import { launchHarness, waitForOverlay, type Harness } from './harness';

// C1 on the practice portals: every field's category in page.report equals this truth
// table, written by hand from what each field asks for (not from the classifier's output).
// A field of the page that the table does not name fails the test, so does a table row
// that names no field: the table follows the practice pages.

type Truth = ReadonlyArray<readonly [key: string | RegExp, category: Sensitivity]>;

const ANTS_STEP_2: Truth = [
  ['#nom', 'identity'], ['#prenoms', 'identity'], ['#naissance-jour', 'identity'], ['#naissance-mois', 'identity'],
  ['#naissance-annee', 'identity'], ['#lieu-naissance', 'identity'], ['#sexe-f', 'identity'], ['#sexe-m', 'identity'],
];
const ANTS_STEP_3: Truth = [['#adresse-ligne1', 'contact'], ['#adresse-complement', 'contact'], ['#adresse-cp', 'contact'], ['#adresse-ville', 'contact']];
const ANTS_MOTIF: Truth = [[/^#motif-/, 'none']];

interface Case {
  url: string;
  truth: Truth;
  /** Brings the page to the state the truth describes (SPA step, added block). */
  prepare?: (page: Page) => Promise<void>;
}

const CASES: Case[] = [
  { url: 'https://idp.impots.gouv.fr/connexion?retour=www.caf.fr', truth: [['#spi', 'tax-number'], ['#pwd-idp-input', 'password'], ['#pwd-idp-show', 'none']] },
  {
    url: 'https://www.caf.fr/connexion',
    truth: [['#nir', 'social-security-number'], ['#password-caf-input', 'password'], ['#password-caf-show', 'none'], ['#remember-caf', 'none']],
  },
  {
    url: 'https://www.caf.fr/connexion',
    // "Afficher" turned the password into type=text: it stays a password.
    prepare: (page) => page.locator('label[for="password-caf-show"]').click(),
    truth: [['#nir', 'social-security-number'], ['#password-caf-input', 'password'], ['#password-caf-show', 'none'], ['#remember-caf', 'none']],
  },
  { url: 'https://www.caf.fr/connexion/code', truth: [['#code-sms', 'one-time-code']] },
  {
    url: 'https://www.caf.fr/espace/declaration-trimestrielle',
    truth: [
      [/-(vous|conjoint)-aucun$/, 'income'],
      [/-(salaires|non-salarie|chomage|retraite|pension-alimentaire|rentes|placements|autres)$/, 'income'],
      // Sick-leave and invalidity amounts tell about health: the stronger category wins.
      [/-(indemnites-journalieres)$/, 'income'],
      [/-invalidite$/, 'health'],
      ['#certification-honneur', 'none'],
    ],
  },
  {
    url: 'https://www.caf.fr/espace/envoyer-document',
    truth: [['#type-domicile', 'none'], ['#type-bail', 'none'], ['#type-rib', 'none'], ['#justificatif', 'none']],
  },
  { url: 'https://assure.ameli.fr/connexion', truth: [['#input-35', 'social-security-number'], ['#input-37', 'social-security-number'], ['#input-41', 'password']] },
  { url: 'https://assure.ameli.fr/connexion/code', truth: [[/^#input-5[1-6]$/, 'one-time-code']] },
  { url: 'https://cfspart.impots.gouv.fr/connexion', truth: [['#spi', 'tax-number']] },
  { url: 'https://cfspart.impots.gouv.fr/connexion/mot-de-passe', truth: [['#pwd-impots-input', 'password'], ['#pwd-impots-show', 'none']] },
  {
    url: 'https://cfspart.impots.gouv.fr/declaration',
    truth: [
      [/^#case-1A[JPSK]$|^#case-1BJ$/, 'income'], ['#iban', 'bank'], ['#bic', 'bank'], ['#email', 'contact'], ['#telephone', 'contact'],
    ],
  },
  {
    url: 'https://candidat.francetravail.fr/connexion',
    truth: [['#identifiant', 'contact'], ['#pwd-ft-input', 'password'], ['#pwd-ft-show', 'none']],
  },
  {
    url: 'https://candidat.francetravail.fr/actualisation',
    prepare: async (page) => {
      await page.locator('label[for="travail-oui"]').click();
      await page.locator('#ajouter-employeur').click();
      await page.locator('#employeur-2-nom').waitFor();
    },
    truth: [
      [/^#(travail|recherche|formation|retraite)-(oui|non)$/, 'none'],
      [/^#arret-maladie-(oui|non)$/, 'health'],
      ['#heures', 'income'],
      [/^#employeur-[12]-nom$/, 'identity'],
      [/^#employeur-[12]-salaire$/, 'income'],
    ],
  },
  { url: 'https://passeport.ants.gouv.fr/demarches/carte-identite', truth: ANTS_MOTIF },
  {
    url: 'https://passeport.ants.gouv.fr/demarches/carte-identite',
    prepare: async (page) => {
      await page.locator('section[data-etape="1"] button[data-vers="2"]').click();
      await page.locator('#nom').waitFor();
    },
    truth: ANTS_STEP_2,
  },
  {
    url: 'https://passeport.ants.gouv.fr/demarches/carte-identite',
    prepare: async (page) => {
      await page.locator('section[data-etape="1"] button[data-vers="2"]').click();
      await page.locator('section[data-etape="2"] button[data-vers="3"]').click();
      await page.locator('#adresse-ligne1').waitFor();
    },
    truth: ANTS_STEP_3,
  },
  {
    url: 'https://passeport.ants.gouv.fr/demarches/carte-identite?etape=4',
    truth: [['#certification', 'none']],
  },
  // service-public.fr fact sheets (glossary prose): a site search, and small estimate forms.
  { url: 'https://www.service-public.gouv.fr/particuliers/vosdroits/F19778', truth: [['#recherche-sp', 'none']] },
  { url: 'https://www.service-public.gouv.fr/particuliers/vosdroits/F2882', truth: [['#recherche-sp', 'none'], ['#salaire-net', 'income']] },
  { url: 'https://www.service-public.gouv.fr/particuliers/vosdroits/F12006', truth: [['#recherche-sp', 'none'], ['#code-postal', 'contact'], ['#loyer', 'income']] },
];

// Pages without fields must report none; listed so a new field there gets a truth.
const NO_FIELDS = PRACTICE_PAGES.filter((p) => p.portal && !p.autoRedirect).map((p) => `https://${p.host}${p.path}`)
  .filter((url) => !CASES.some((c) => c.url.split('?')[0] === url.split('?')[0]));

let h: Harness;
beforeAll(async () => {
  h = await launchHarness();
});
afterAll(async () => h?.close());

function truthFor(truth: Truth, key: string): Sensitivity[] {
  return truth.filter(([pattern]) => (typeof pattern === 'string' ? pattern === key : pattern.test(key))).map(([, category]) => category);
}

describe('classification on the practice portals (page.report vs a hand-written truth table)', () => {
  it.each(CASES.map((c, i) => [`${i + 1}. ${c.url}${c.prepare ? ' (after interaction)' : ''}`, c] as const))('%s', async (_name, entry) => {
    const page = await h.open(entry.url);
    await waitForOverlay(page);
    await entry.prepare?.(page);
    const report = PageReport.parse(await h.pageReport(page));
    expect(report.fields.length).toBeGreaterThan(0);
    for (const field of report.fields) {
      const expected = truthFor(entry.truth, field.key);
      expect([field.key, expected.length], `no single truth for ${field.key} «${field.label}»`).toEqual([field.key, 1]);
      expect([field.key, field.label, field.sensitivity]).toEqual([field.key, field.label, expected[0]]);
    }
    for (const [pattern] of entry.truth) {
      const used = report.fields.some((f) => (typeof pattern === 'string' ? pattern === f.key : pattern.test(f.key)));
      expect([String(pattern), used]).toEqual([String(pattern), true]);
    }
    await page.close();
  });

  it.each(NO_FIELDS)('%s has no form field', async (url) => {
    const page = await h.open(url);
    await waitForOverlay(page);
    const report = PageReport.parse(await h.pageReport(page));
    expect(report.fields.map((f) => `${f.key} ${f.sensitivity}`)).toEqual([]);
    await page.close();
  });
});
