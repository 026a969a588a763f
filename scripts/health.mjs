// `npm run health` — guide health check (T4 seed): every pack of packs/ is run in the real
// extension, in real Chromium, against the practice portals; for each pack, page and step
// (and field-help anchor) it prints found / missed with the reason the anchoring engine gave.
// Exit code 1 when a READY pack has a miss (a draft pack's misses are printed, not fatal).
// Uses the production build (CAC_OUT_DIR respected; built first when missing or with --build).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumHostArgs, startPracticeServer } from '../practice/server.mjs';
import { buildExtension, CHROME_BUILD } from './lib/build.mjs';
import { ensureChromium, ensureOpenssl, QUIET_CHROMIUM_ARGS } from './lib/chromium.mjs';
import { checkPack, readPacks } from './lib/pack-health.mjs';

async function launch() {
  const server = await startPracticeServer();
  const profile = mkdtempSync(join(tmpdir(), 'cac-health-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: ensureChromium(),
    headless: false,
    viewport: { width: 1280, height: 900 },
    args: ['--headless=new', `--disable-extensions-except=${CHROME_BUILD}`, `--load-extension=${CHROME_BUILD}`, ...QUIET_CHROMIUM_ARGS, ...chromiumHostArgs(server.port)],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const warnings = [];
  worker.on('console', (msg) => msg.text().includes('pack ignoré') && warnings.push(msg.text()));
  const ext = await context.newPage();
  await ext.goto(`chrome-extension://${new URL(worker.url()).host}/popup.html`);
  const close = async () => {
    await context.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  };
  return { context, ext, warnings, close };
}

/** The browser side of scripts/lib/pack-health.mjs: our own extension page talks to the tabs. */
function adapter({ context, ext }) {
  const tabKey = (page) => ext.evaluate(async (url) => `walkthrough:${(await chrome.tabs.query({})).find((t) => t.url === url)?.id}`, page.url());
  const goto = async (page, url) => {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForSelector('cote-a-cote-overlay', { state: 'attached', timeout: 10_000 });
  };
  return {
    open: async (url) => {
      const page = await context.newPage();
      await goto(page, url);
      return page;
    },
    goto,
    report: (page) => ext.evaluate(async (url) => {
      const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
      return chrome.tabs.sendMessage(tab.id, { type: 'page.report' });
    }, page.url()),
    force: async (page, packId) => ext.evaluate(([key, id]) => chrome.storage.session.set({ [key]: { v: 1, packId: id, step: 0 } }), [await tabKey(page), packId]),
    release: async (page) => {
      await ext.evaluate((key) => chrome.storage.session.remove(key), await tabKey(page));
      await page.close();
    },
  };
}

function print(pack, rows) {
  const missed = rows.filter((r) => r.status !== 'found');
  console.log(`\n${missed.length ? '✗' : '✓'} ${pack.id} (${pack.stage}) — ${rows.length - missed.length}/${rows.length} found`);
  for (const r of rows) console.log(`   ${r.status === 'found' ? 'found ' : 'MISSED'}  ${r.page.padEnd(14)} ${r.id.padEnd(28)} ${r.reason ?? ''}`);
  return missed.length;
}

ensureOpenssl();
if (!existsSync(join(CHROME_BUILD, 'manifest.json')) || process.argv.includes('--build')) buildExtension({ quiet: true });
const packs = readPacks();
const browser = await launch();
let failures = 0;
try {
  console.log(`Guide health check: ${packs.length} packs on the practice portals (${CHROME_BUILD})`);
  for (const pack of packs) {
    const misses = print(pack, await checkPack(adapter(browser), pack));
    if (pack.stage === 'ready') failures += misses;
  }
  for (const line of browser.warnings) console.log(`\n✗ ${line}`);
  failures += browser.warnings.length;
} finally {
  await browser.close();
}
console.log(`\n${failures === 0 ? 'All ready packs healthy.' : `${failures} problem(s) in ready packs.`}`);
process.exit(failures === 0 ? 0 : 1);
