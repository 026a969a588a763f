import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { PRACTICE_PAGES } from '../../practice/server.mjs';
import { launchHarness, OUTPUT_DIR, waitForOverlay, type Harness } from './harness';
import {
  auditState, describeFinding, loadPacks, SIZES, spread, stepFor, summarize, TEXT_SCALES,
  type AuditResult, type Targets,
} from './occlusion-audit';

/**
 * Issue 9, "Checked by": the occlusion audit on every practice page with fields or a guide,
 * at 1366×768, 1024×768 and 800×600, normal and largest text, resting / each field focused
 * (a deterministic sample) / an accompanied session (notice, accompanied, a field focused,
 * "montrer ce champ") / a guide step (and its target focused). From geometry only.
 *
 * A page fails on any finding (the layout coordinator of issue 9 keeps the practice portals
 * and the corpus of real forms at 0); CAC_AUDIT_STRICT=0 only prints them (to survey pages
 * nobody has looked at yet).
 * CAC_AUDIT_PAGES=/dir audits every .html file of that folder instead, served under
 * https://$CAC_AUDIT_HOST/cac-audit/ (default www.impots.gouv.fr) — pages nobody here has seen.
 * CAC_AUDIT_ONLY=<part of a URL> audits only matching pages; CAC_AUDIT_FIELDS=n focuses n
 * fields per page (2; the session and the guide step focus one more); CAC_AUDIT_BROWSERS=n
 * audits n pages at once in n browsers (2); CAC_AUDIT_DEBUG=1 prints the settle time of each measure;
 * CAC_AUDIT_SHOTS=/dir saves a screenshot of every state with a finding.
 * Every finding is written to .output/occlusion/<practice|unseen>.txt (and .json).
 */
const STRICT = process.env.CAC_AUDIT_STRICT !== '0';
const PAGES_DIR = process.env.CAC_AUDIT_PAGES;
const AUDIT_HOST = process.env.CAC_AUDIT_HOST ?? 'www.impots.gouv.fr';
const UNSEEN_BASE = `https://${AUDIT_HOST}/cac-audit/`;
/** Fields focused per page (the CAF return has 40): those a pack explains or that are sensitive first, spread evenly. */
const FIELDS_PER_PAGE = Number(process.env.CAC_AUDIT_FIELDS ?? 2);
const REPORT_DIR = join(OUTPUT_DIR, 'occlusion');

const packs = loadPacks();
const TYPES: Record<string, string> = { '.html': 'text/html', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml', '.png': 'image/png' };

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path).map((p) => join(name, p));
    return name.endsWith('.html') ? [name] : [];
  }).sort();
}

/** The pages to audit: a folder given by CAC_AUDIT_PAGES, or the official practice pages. */
const targets: string[] = (PAGES_DIR
  ? htmlFiles(PAGES_DIR).slice(0, Number(process.env.CAC_AUDIT_LIMIT ?? 1e9)).map((p) => `${UNSEEN_BASE}${p}`)
  : PRACTICE_PAGES.filter((p) => p.portal && !p.autoRedirect).map((p) => `https://${p.host}${p.path}`)
).filter((url) => !process.env.CAC_AUDIT_ONLY || url.includes(process.env.CAC_AUDIT_ONLY));

/** Independent browsers (each its own profile: its own settings and session), pages shared among them. */
const BROWSERS = Math.max(1, Number(process.env.CAC_AUDIT_BROWSERS ?? 2));
const results: AuditResult[] = [];
const skipped: string[] = [];
const auditors: Auditor[] = [];
const free: Auditor[] = [];
const waiting: Array<(a: Auditor) => void> = [];
const acquire = () => new Promise<Auditor>((resolve) => (free.length ? resolve(free.pop()!) : waiting.push(resolve)));
const release = (a: Auditor) => (waiting.length ? waiting.shift()!(a) : free.push(a));

async function launchAuditor(): Promise<Auditor> {
  const h = await launchHarness();
  const panel = await h.context.newPage();
  await panel.goto(`chrome-extension://${h.extensionId}/sidepanel.html`);
  if (PAGES_DIR) {
    await h.context.route(`${UNSEEN_BASE}**`, async (route) => {
      const path = join(PAGES_DIR, decodeURIComponent(new URL(route.request().url()).pathname.slice('/cac-audit/'.length)));
      try {
        await route.fulfill({ body: readFileSync(path), contentType: TYPES[extname(path)] ?? 'application/octet-stream' });
      } catch {
        await route.fulfill({ status: 404, body: '' });
      }
    });
  }
  return createAuditor(h, panel);
}

beforeAll(async () => {
  auditors.push(...(await Promise.all(Array.from({ length: BROWSERS }, launchAuditor))));
  free.push(...auditors);
});
afterAll(async () => {
  await Promise.all(auditors.map((a) => a.close()));
});

const short = (url: string) => url.replace(/^https:\/\//, '').replace(UNSEEN_BASE.slice(8), 'unseen/');
const order = (page: string) => targets.findIndex((url) => short(url) === page);

/** Fields of page.report that a person can see, as unique CSS keys (never a value). */
interface Field {
  key: string;
  sensitivity: string;
  hint: string | null;
}

/** A deterministic sample: fields a pack explains or that are sensitive first (they open our cards), in page order. */
function sampleFields(fields: readonly Field[], n: number): Field[] {
  const important = fields.filter((f) => f.hint !== null || f.sensitivity !== 'none');
  const picked = spread(important, n);
  const rest = spread(fields.filter((f) => !important.includes(f)), n - picked.length);
  return fields.filter((f) => picked.includes(f) || rest.includes(f));
}

const focusField = (page: Page, key: string) =>
  page.evaluate((k) => {
    const el = document.querySelector<HTMLElement>(k);
    el?.focus();
    el?.scrollIntoView({ block: 'nearest' });
  }, key);

type Guide = NonNullable<ReturnType<typeof stepFor>>;
const stepLabel = (guide: Guide) => `guide step ${guide.index + 1} "${guide.step.id}"`;

type Auditor = ReturnType<typeof createAuditor>;

/** One browser's audit: its worker's side panel, its text scale, the states of one page at a time. */
function createAuditor(h: Harness, panel: Page) {
  let textScale = 0;
  const fromPanel = (type: string, payload: unknown) => panel.evaluate(([type, payload]) => chrome.runtime.sendMessage({ type, payload }), [type, payload] as const);
  const act = (action: unknown) => fromPanel('session.act', { action }) as Promise<{ refused: string | null; view: { session: { phase: string } | null } }>;

  /** The reading settings as the popup writes them (storage.local "settings"); pages follow them live. */
  async function setTextScale(scale: number) {
    if (scale === textScale) return;
    await panel.evaluate((s) => chrome.storage.local.set({ settings: { textScale: s, language: 'fr', rate: 0.9 } }), scale);
    textScale = scale;
  }

  /** Measures one state at every text scale and window size; `prepare` runs before each measure. */
  async function everyConfig(page: Page, url: string, state: string, targets: Targets = {}, prepare?: () => Promise<unknown>) {
    for (const scale of TEXT_SCALES) {
      await setTextScale(scale);
      for (const size of SIZES) {
        await page.setViewportSize(size);
        await prepare?.();
        results.push(await auditState(page, { page: short(url), size: `${size.width}×${size.height}`, textScale: scale, state }, targets));
      }
    }
  }

  async function visibleFields(page: Page): Promise<Field[]> {
    const report = await h.pageReport(page);
    if (!('fields' in report)) return [];
    const shown = await page.evaluate(
      (keys) => keys.map((key) => {
        const el = document.querySelector(key);
        const r = el?.getBoundingClientRect();
        return !!el && !!r && r.width > 0 && r.height > 0 && getComputedStyle(el).visibility === 'visible';
      }),
      report.fields.map((f) => f.key),
    );
    return report.fields.filter((_, i) => shown[i]).map(({ key, sensitivity, hint }) => ({ key, sensitivity, hint }));
  }

  async function tabIdOf(page: Page): Promise<number> {
    return panel.evaluate(async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id ?? -1, page.url());
  }

  /** An accompanied session on this page, driven from the side panel as the worker would; with the page's guide step if it has one; ended after. */
  async function sessionStates(page: Page, url: string, fields: Field[], packId: string, portal: string, guide: Guide | null) {
    await page.bringToFront();
    await act({ type: 'start' });
    await act({ type: 'choose-scope', scope: { packId, portal, category: 'social' } });
    const agree = page.locator('cote-a-cote-overlay').getByRole('button', { name: "J'accepte" });
    await agree.waitFor({ timeout: 5000 }).catch(() => undefined);
    await everyConfig(page, url, 'session: notice');
    await act({ type: 'agree' });
    await agree.waitFor({ state: 'detached', timeout: 5000 }).catch(() => undefined);
    // A worker guides with the guide running: the step card, the session badge and the cards of a field together.
    let label = 'session';
    const step = guide?.step.target ?? null;
    if (guide) {
      await resumeGuide(page, guide);
      await page.locator('cote-a-cote-overlay').getByRole('button', { name: /Arrêter/ }).first().waitFor({ timeout: 5000 }).catch(() => undefined);
      label = `session + ${stepLabel(guide)}`;
    }
    if (guide || !fields.length) await everyConfig(page, url, label, { step }, () => page.evaluate(() => scrollTo(0, 0)));
    const secret = fields.find((f) => f.sensitivity !== 'none') ?? fields[0];
    if (secret) await everyConfig(page, url, `${label} + focus ${secret.key}`, { step }, () => focusField(page, secret.key));
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const shown = fields.at(-1);
    // The pulse fades after a few seconds: shown again before each measure.
    if (shown) await everyConfig(page, url, `${label} + montrer ${shown.key}`, { pointed: shown.key, step }, () => fromPanel('session.showField', { key: shown.key }));
    for (const type of ['end', 'desk-done', 'finish']) await act({ type });
  }

  /** The tab's walkthrough set at this step, as the background keeps it, then a reload: the overlay resumes it. */
  async function resumeGuide(page: Page, guide: Guide) {
    const tab = await tabIdOf(page);
    await panel.evaluate(([tab, packId, step]) => chrome.storage.session.set({ [`walkthrough:${tab}`]: { v: 1, packId, step } }), [tab, guide.pack.id, guide.index] as const);
    await page.reload({ waitUntil: 'load' });
    await waitForOverlay(page);
  }

  /** A guide step of the page's pack, alone (and its target focused when it is a field); the walkthrough is removed after. */
  async function guideStates(page: Page, url: string, guide: Guide) {
    await resumeGuide(page, guide);
    const state = stepLabel(guide);
    await everyConfig(page, url, state, { step: guide.step.target ?? null }, () => page.evaluate(() => scrollTo(0, 0)));
    const isField = guide.step.target
      ? await page.evaluate((set) => {
          const finder = (window as unknown as { __cacAuditFinder?: { createTargetFinder: (d: Document, ex?: Element) => { find: (s: unknown[]) => { target: Element | null } } } }).__cacAuditFinder;
          const target = finder?.createTargetFinder(document, document.querySelector('cote-a-cote-overlay') ?? undefined).find(set).target;
          return !!target?.matches('input:not([type=hidden]), select, textarea');
        }, guide.step.target as unknown[])
      : false;
    if (isField) {
      const focusTarget = () =>
        page.evaluate((set) => {
          const finder = (window as unknown as { __cacAuditFinder: { createTargetFinder: (d: Document, ex?: Element) => { find: (s: unknown[]) => { target: Element | null } } } }).__cacAuditFinder;
          const target = finder.createTargetFinder(document, document.querySelector('cote-a-cote-overlay') ?? undefined).find(set).target as HTMLElement;
          target.focus();
          target.scrollIntoView({ block: 'nearest' });
        }, guide.step.target as unknown[]);
      await everyConfig(page, url, `${state} + target focused`, { step: guide.step.target ?? null }, focusTarget);
    }
    await panel.evaluate(async (url) => {
      const tab = (await chrome.tabs.query({})).find((t) => t.url === url)?.id;
      await chrome.storage.session.remove(`walkthrough:${tab}`);
    }, page.url());
  }

  async function auditPage(url: string): Promise<AuditResult[]> {
    const before = results.length;
    const page = await h.context.newPage();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    // A tab in the background gets no animation frames: the overlay would not place anything.
    await page.bringToFront();
    try {
      await page.goto(url, { waitUntil: 'load' });
      await waitForOverlay(page);
      const guide = stepFor(url, packs);
      const fields = await visibleFields(page);
      if (!fields.length && !guide) {
        skipped.push(short(url));
        return [];
      }
      await everyConfig(page, url, 'resting', {}, () => page.evaluate(() => scrollTo(0, 0)));
      for (const field of sampleFields(fields, FIELDS_PER_PAGE)) await everyConfig(page, url, `focus ${field.key}`, {}, () => focusField(page, field.key));
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      const report = await h.pageReport(page);
      const portal = 'portal' in report ? report.portal : null;
      const packId = guide?.pack.id ?? packs.find((p) => p.portal === portal && p.steps.length)?.id;
      if (portal && packId) await sessionStates(page, url, fields, packId, portal, guide);
      if (guide) await guideStates(page, url, guide);
    } finally {
      await page.close();
    }
    return results.slice(before);
  }

  return {
    h,
    auditPage,
    close: async () => {
      await setTextScale(1).catch(() => undefined);
      await h.close();
    },
  };
}

// No retry: a finding is geometry, not luck, and a retry would triple the run time.
describe(`occlusion audit (${PAGES_DIR ? `pages of ${PAGES_DIR}` : 'practice portals'}${STRICT ? ', strict' : ''})`, { retry: 0 }, () => {
  it('has pages to audit', () => expect(targets.length).toBeGreaterThan(0));

  it('sees planted occlusion, and only that (the audit can fail)', async () => {
    const page = await auditors[0]!.h.context.newPage();
    await page.bringToFront();
    await page.goto('https://www.caf.fr/connexion', { waitUntil: 'load' });
    await waitForOverlay(page);
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.focus('#nir');
    await page.evaluate(() => {
      // Everything the overlay drew is removed; then one box on the field, two boxes on each
      // other, a button outside the window, a ring around the field (a ring covers nothing).
      const root = document.querySelector('cote-a-cote-overlay')!.shadowRoot!;
      for (const child of [...root.children]) if (child.tagName !== 'STYLE') child.remove();
      const field = document.querySelector('#nir')!.getBoundingClientRect();
      const box = (css: string, tag = 'div', text = '') => {
        const el = document.createElement(tag);
        el.setAttribute('style', `position:fixed;z-index:2147483647;${css}`);
        el.textContent = text;
        root.append(el);
      };
      box(`left:${field.left + 10}px;top:${field.top}px;width:60px;height:${field.height}px;background:#fff`, 'div', 'on the field');
      box('left:10px;top:10px;width:100px;height:50px;background:#eee', 'div', 'A');
      box('left:60px;top:30px;width:100px;height:50px;background:#ddd', 'div', 'B');
      box('left:-200px;top:300px;width:80px;height:30px', 'button', 'Outside');
      box(`left:${field.left - 6}px;top:${field.top - 6}px;width:${field.width + 12}px;height:${field.height + 12}px;border:3px solid red;pointer-events:none`);
    });
    const r = await auditState(page, { page: 'planted', size: '1024×768', textScale: 1, state: 'focus #nir' });
    const seen = r.measured.findings.map((f) => `${f.kind} ${f.surface} → ${f.other.split(' ').slice(0, 2).join(' ')}`).sort();
    expect(seen).toEqual([
      'button-outside button "Outside" → beside viewport',
      'covers div "on the field" → focused-field input#nir[name=nir]',
      'hit div "on the field" → focused-field input#nir[name=nir]',
      'overlap div "A" → div "B"',
    ]);
    expect(r.measured.coverage).toBeGreaterThan(0);
    await page.close();
  });

  // Pages run concurrently, one per free browser.
  it.concurrent.for(targets)('%s', { timeout: 300_000 }, async (url, { expect }) => {
    const auditor = await acquire();
    const mine = await auditor.auditPage(url).finally(() => release(auditor));
    const lines = mine.flatMap((r) => r.measured.findings.map((f) => describeFinding(r, f)));
    if (STRICT) expect(lines).toEqual([]);
    else if (lines.length) console.log(`${short(url)}: ${lines.length} findings (printed only: CAC_AUDIT_STRICT=0)\n${lines.slice(0, 8).join('\n')}`);
  });

  it('measured every state, and prints the summary (share of the viewport we cover: median, max)', () => {
    // Pages ran concurrently: their states are put back in page order.
    results.sort((x, y) => order(x.page) - order(y.page));
    const summary = summarize(results);
    mkdirSync(REPORT_DIR, { recursive: true });
    const name = PAGES_DIR ? 'unseen' : 'practice';
    writeFileSync(join(REPORT_DIR, `${name}.json`), JSON.stringify({ summary, skipped, results }, null, 1));
    writeFileSync(join(REPORT_DIR, `${name}.txt`), `${summary.text}\n\n${results.flatMap((r) => r.measured.findings.map((f) => describeFinding(r, f))).join('\n')}\n`);
    console.log(`${summary.text}\n  skipped (no field, no guide): ${skipped.join(', ') || 'none'}\n  every finding: ${relative(process.cwd(), join(REPORT_DIR, `${name}.txt`))}`);
    expect(results.length).toBeGreaterThan(0);
    // Not vacuous: the audit saw our surfaces and, on the whole practice set, guide steps' targets.
    expect(results.some((r) => r.measured.surfaces.length > 0)).toBe(true);
    if (!PAGES_DIR && !process.env.CAC_AUDIT_ONLY) expect(results.some((r) => r.measured.protectedThings.some((p) => p.kind === 'step-target'))).toBe(true);
  });
});
