// Ad-hoc: screenshots of the built extension on a practice page (dev aid, not a test).
// node scripts/lib/shot.mjs <url> <out.png> [width] [height] [scale] [focusSelector] [keys...]
import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromiumHostArgs, startPracticeServer } from '../../practice/server.mjs';
import { ensureChromium, QUIET_CHROMIUM_ARGS } from './chromium.mjs';

const [url, out, w = '1366', h = '768', scale = '1', focus = '', ...keys] = process.argv.slice(2);
const ext = resolve(import.meta.dirname, '../../.output/chrome-mv3');
const server = await startPracticeServer();
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'shot-')), {
  executablePath: ensureChromium(), headless: false, viewport: { width: Number(w), height: Number(h) },
  args: ['--headless=new', `--disable-extensions-except=${ext}`, `--load-extension=${ext}`, ...QUIET_CHROMIUM_ARGS, ...chromiumHostArgs(server.port)],
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
if (scale !== '1') await worker.evaluate((s) => chrome.storage.local.set({ settings: { v: 1, textScale: Number(s), language: 'fr', rate: 0.9 } }), scale).catch((e) => console.log('settings', e.message));
const page = await context.newPage();
page.on('console', (m) => console.log('console:', m.text()));
await page.goto(url);
await page.waitForTimeout(2500);
if (focus.startsWith('click:')) { await page.locator(focus.slice(6)).first().click(); await page.waitForTimeout(1500); }
else if (focus) { await page.focus(focus); await page.waitForTimeout(800); }
for (const k of keys) { await page.keyboard.press(k); await page.waitForTimeout(500); }
await page.screenshot({ path: out });
console.log(await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120)));
await context.close();
await server.close?.();
process.exit(0);
