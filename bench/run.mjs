// `npm run bench`: measured, side by side in one run, nothing asserted.
// 1. Size of every built script (raw and gzip -9), with the 30 KiB content-script budget.
// 2. Content-script start-up on the biggest practice page: Chromium with and without the
//    extension, CDP Performance.getMetrics after load (medians), plus the content script's
//    own `performance.measure('cac:startup')`, as figures and ratios.
import { readdirSync, readFileSync, statSync, mkdtempSync, rmSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { chromium } from 'playwright-core';
import { PRACTICE_PAGES, chromiumHostArgs, startPracticeServer } from '../practice/server.mjs';
import { buildExtension, CHROME_BUILD } from '../scripts/lib/build.mjs';
import { ensureChromium, ensureOpenssl, QUIET_CHROMIUM_ARGS } from '../scripts/lib/chromium.mjs';
import { spaStepBench } from './spa-step.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const KIB = 1024;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2 : NaN;
};
const fmt = (n, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');

function jsFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? jsFiles(path) : name.endsWith('.js') ? [path] : [];
  });
}

function printSizes() {
  console.log('\n## Built scripts (chrome-mv3)\n');
  console.log('file'.padEnd(44), 'raw KiB'.padStart(9), 'gzip KiB'.padStart(9));
  let contentScript = 0;
  let parts = 0;
  for (const file of jsFiles(CHROME_BUILD)) {
    const raw = readFileSync(file);
    const gz = gzipSync(raw, { level: 9 }).length;
    if (file.includes('content-scripts')) contentScript += gz;
    if (/part-[a-z-]+\.js$/.test(file)) parts += gz;
    const budget = file.includes('content-scripts') ? `  (budget 30 KiB: ${fmt((gz / (30 * KIB)) * 100, 0)}% used)` : '';
    console.log(relative(CHROME_BUILD, file).padEnd(44), fmt(raw.length / KIB).padStart(9), fmt(gz / KIB).padStart(9) + budget);
  }
  // Lazy parts load only when a page needs them (guide pack, "Lire", curtain) or in idle
  // time (glossary): the start-up cost is the content script; the most a page can receive is both.
  console.log(`\ncontent script at start: ${fmt(contentScript / KIB)} KiB gzip; with every lazy part: ${fmt((contentScript + parts) / KIB)} KiB gzip`);
}

async function launch(profileDir, withExtension, port) {
  const extensionArgs = withExtension ? [`--disable-extensions-except=${CHROME_BUILD}`, `--load-extension=${CHROME_BUILD}`] : [];
  return chromium.launchPersistentContext(profileDir, {
    executablePath: ensureChromium(),
    headless: false,
    viewport: { width: 1280, height: 900 },
    args: ['--headless=new', ...QUIET_CHROMIUM_ARGS, ...extensionArgs, ...chromiumHostArgs(port)],
  });
}

async function biggestPage(context) {
  const page = await context.newPage();
  let best = null;
  for (const entry of PRACTICE_PAGES) {
    await page.goto(`https://${entry.host}${entry.path}`, { waitUntil: 'load' });
    const count = await page.evaluate(() => document.querySelectorAll('*').length);
    if (!best || count > best.count) best = { ...entry, count };
  }
  await page.close();
  return best;
}

async function measureOnce(context, url, withExtension) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  if (withExtension) await page.waitForSelector('cote-a-cote-overlay', { state: 'attached', timeout: 10_000 });
  await page.waitForTimeout(300);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const byName = Object.fromEntries(metrics.map((m) => [m.name, m.value]));
  const own = await page.evaluate(() => performance.getEntriesByName('cac:startup').map((e) => e.duration)[0] ?? null);
  await page.close();
  return { script: byName.ScriptDuration * 1000, task: byName.TaskDuration * 1000, layout: byName.LayoutDuration * 1000, style: byName.RecalcStyleDuration * 1000, own };
}

async function startupBench() {
  const server = await startPracticeServer();
  const profiles = [mkdtempSync(join(tmpdir(), 'cac-bench-a-')), mkdtempSync(join(tmpdir(), 'cac-bench-b-'))];
  const withExt = await launch(profiles[0], true, server.port);
  const without = await launch(profiles[1], false, server.port);
  try {
    const target = await biggestPage(without);
    const url = `https://${target.host}${target.path}`;
    console.log(`\n## Content-script start-up on the biggest practice page\n\n${url} (${target.count} elements), ${RUNS} runs each, alternating, medians\n`);
    const runs = { with: [], without: [] };
    await measureOnce(withExt, url, true); // warm-up: first extension load compiles the script
    await measureOnce(without, url, false);
    for (let i = 0; i < RUNS; i++) {
      runs.with.push(await measureOnce(withExt, url, true));
      runs.without.push(await measureOnce(without, url, false));
    }
    const rows = [['ScriptDuration', 'script'], ['TaskDuration', 'task'], ['LayoutDuration', 'layout'], ['RecalcStyleDuration', 'style']];
    console.log('metric (ms)'.padEnd(22), 'with'.padStart(9), 'without'.padStart(9), 'delta'.padStart(9), 'ratio'.padStart(7));
    for (const [label, key] of rows) {
      const a = median(runs.with.map((r) => r[key]));
      const b = median(runs.without.map((r) => r[key]));
      console.log(label.padEnd(22), fmt(a).padStart(9), fmt(b).padStart(9), fmt(a - b).padStart(9), `${fmt(a / b, 2)}×`.padStart(7));
    }
    const own = runs.with.map((r) => r.own).filter((v) => v !== null);
    console.log(`\ncontent script's own start-up (performance.measure 'cac:startup'): median ${fmt(median(own), 2)} ms, max ${fmt(Math.max(...own), 2)} ms over ${own.length} runs`);
  } finally {
    await withExt.close();
    await without.close();
    await server.close();
    for (const p of profiles) rmSync(p, { recursive: true, force: true });
  }
}

ensureOpenssl();
if (!existsSync(join(CHROME_BUILD, 'manifest.json')) || process.argv.includes('--build')) buildExtension({ quiet: true });
printSizes();
await startupBench();
await spaStepBench();
