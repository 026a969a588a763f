// `npm run demo`: builds the extension, starts the practice portals, and opens Chromium with
// the extension on the practice home page. Ctrl-C stops everything.
// Without a display (or with --headless, or CI=true) it walks the main practice pages,
// captures the scenes that matter (scripts/lib/demo-scenes.mjs: field help, a reminder, a
// guide step, an accompanied session — page and side panel — at 1366×768 and at 800×600
// with the largest text), writes the screenshots to a folder it prints, and exits.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { PRACTICE_HOME_HOST, PRACTICE_PAGES, chromiumHostArgs, startPracticeServer } from '../practice/server.mjs';
import { buildExtension } from './lib/build.mjs';
import { captureScenes } from './lib/demo-scenes.mjs';
import { ensureChromium, ensureOpenssl, QUIET_CHROMIUM_ARGS } from './lib/chromium.mjs';

const headless = process.argv.includes('--headless') || process.env.CI === 'true' || !(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

ensureOpenssl();
const browserPath = ensureChromium();
const extensionDir = buildExtension();
const server = await startPracticeServer();
const home = `https://${PRACTICE_HOME_HOST}/`;
const profile = mkdtempSync(join(tmpdir(), 'cac-demo-'));
const extensionArgs = [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...chromiumHostArgs(server.port)];

async function stop(code = 0) {
  await server.close();
  rmSync(profile, { recursive: true, force: true });
  process.exit(code);
}

if (headless) await walkAndScreenshot();
else openForPeople();

function openForPeople() {
  console.log(`[côte à côte] opening Chromium on ${home} (practice portals). Ctrl-C stops everything.`);
  const browser = spawn(browserPath, [`--user-data-dir=${profile}`, ...QUIET_CHROMIUM_ARGS, ...extensionArgs, home], { stdio: 'ignore' });
  browser.on('exit', () => stop(0));
  process.on('SIGINT', () => browser.kill('SIGTERM'));
  process.on('SIGTERM', () => browser.kill('SIGTERM'));
}

async function walkAndScreenshot() {
  const outDir = resolve('demo-screenshots');
  mkdirSync(outDir, { recursive: true });
  console.log('[côte à côte] no display: walking the practice pages headless and taking screenshots.');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: browserPath,
    headless: false,
    viewport: { width: 1280, height: 860 },
    args: ['--headless=new', ...QUIET_CHROMIUM_ARGS, ...extensionArgs],
  });
  try {
    const page = await context.newPage();
    let index = 0;
    for (const entry of PRACTICE_PAGES.filter((p) => !p.autoRedirect)) {
      const url = `https://${entry.host}${entry.path}`;
      // The look-alike practice site is replaced by our warning page before it loads (G1):
      // the navigation is aborted, and the warning is the picture to take.
      const lookalike = await page.goto(url, { waitUntil: 'load' }).then(() => false, () => true);
      // (waitForURL would report the replaced navigation as an abort: poll the address.)
      for (let i = 0; lookalike && i < 50 && !page.url().includes('/warning.html'); i++) await page.waitForTimeout(100);
      if (lookalike) await page.locator('#warning-title').waitFor({ timeout: 5000 }).catch(() => {});
      // Let the content script mount its overlay before the picture is taken.
      await page.waitForSelector('cote-a-cote-overlay', { state: 'attached', timeout: 3000 }).catch(() => {});
      const file = join(outDir, `${String(++index).padStart(2, '0')}-${entry.host}${entry.path.replace(/[^a-z0-9]+/gi, '-')}.png`.replace(/-\.png$/, '.png'));
      await page.screenshot({ path: file });
      console.log(`  ${url} → ${file}`);
    }
    await page.close();
    const scenes = await captureScenes(context, outDir);
    console.log(`[côte à côte] ${index} pages and ${scenes.length} scenes in ${outDir}`);
  } finally {
    await context.close();
  }
  await stop(0);
}
