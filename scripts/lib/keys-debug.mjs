import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromiumHostArgs, startPracticeServer } from '/work/main/practice/server.mjs';
import { ensureChromium, QUIET_CHROMIUM_ARGS } from '/work/main/scripts/lib/chromium.mjs';
const ext = '/work/main/.output/chrome-mv3';
const server = await startPracticeServer();
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'shot-')), { executablePath: ensureChromium(), headless: false, viewport: { width: 1366, height: 768 },
  args: ['--headless=new', `--disable-extensions-except=${ext}`, `--load-extension=${ext}`, ...QUIET_CHROMIUM_ARGS, ...chromiumHostArgs(server.port)] });
const page = await context.newPage();
await page.goto(process.argv[2]);
await page.waitForTimeout(2500);
const where = () => page.evaluate(() => { let a = document.activeElement; const path=[]; while (a) { path.push(a.tagName.toLowerCase() + (a.id ? '#' + a.id : '') + (a.className && typeof a.className === 'string' ? '.' + a.className.split(' ')[0] : '') + (a.textContent ? ' "' + a.textContent.trim().slice(0, 30) + '"' : '')); a = a.shadowRoot?.activeElement; } return path.join(' > '); });
for (const step of process.argv.slice(3)) {
  if (step.startsWith('click:')) await page.locator(step.slice(6)).first().click();
  else if (step.startsWith('focus:')) await page.focus(step.slice(6));
  else await page.keyboard.press(step);
  await page.waitForTimeout(400);
  console.log(step.padEnd(14), await where());
}
await context.close(); process.exit(0);
