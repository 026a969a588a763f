// Part of `npm run bench`: the content script's cost at start and in a 10k-mutation storm,
// measured from outside (CDP tracing + Performance.getMetrics), on the biggest practice
// page and on a generated 2,000-field form, Chromium with and without the extension,
// alternating runs, medians. Figures and ratios side by side; targets from issue 12 are
// printed beside them, nothing asserted.
//
// Why tracing: CDP's ScriptDuration misses most content-script time (a page.report that
// ran ~200 ms of our script showed as ~1 ms there), so "extra script" is the main-thread task time
// with the extension minus without, and "our script" the tasks that ran only our code.
// CPU time (trace `tdur`) is printed beside wall time: on a busy machine the wall time also
// counts the time the thread waited for a core.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumHostArgs, PRACTICE_PAGES, startPracticeServer } from '../practice/server.mjs';
import { CHROME_BUILD } from '../scripts/lib/build.mjs';
import { ensureChromium, QUIET_CHROMIUM_ARGS } from '../scripts/lib/chromium.mjs';
import { generatedUrl, routeGeneratedForms } from './generated-form.mjs';
import { extensionBreakdown, mainThreadTasks, max, sum, taskFigures, traced } from './trace.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const STORM = 10_000;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2 : NaN;
};
const fmt = (n, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : 'n/a');

async function launch(profile, withExtension, port) {
  const ext = withExtension ? [`--disable-extensions-except=${CHROME_BUILD}`, `--load-extension=${CHROME_BUILD}`] : [];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: ensureChromium(),
    headless: false,
    viewport: { width: 1280, height: 900 },
    bypassCSP: true, // the storm's inline script on the practice pages (both browsers alike)
    args: ['--headless=new', ...QUIET_CHROMIUM_ARGS, ...ext, ...chromiumHostArgs(port)],
  });
  await routeGeneratedForms(context);
  return context;
}

async function biggestPracticePage(context) {
  const page = await context.newPage();
  let best = null;
  for (const entry of PRACTICE_PAGES) {
    await page.goto(`https://${entry.host}${entry.path}`, { waitUntil: 'load' });
    const count = await page.evaluate(() => document.querySelectorAll('*').length);
    if (!best || count > best.count) best = { url: `https://${entry.host}${entry.path}`, count };
  }
  await page.close();
  return best;
}

const taskTotals = (tasks) => ({ taskMs: sum(tasks.map((t) => t.ms)), taskCpuMs: sum(tasks.map((t) => t.cpuMs)) });

// The storm comes from a page script (an inline <script> listening for a message) named by
// a sourceURL, so that the trace tells its task from ours (script with no URL, as
// Playwright's evaluate and an unnamed inline script, counts as ours).
const STORM_SCRIPT = `//# sourceURL=https://bench.invalid/storm.js
addEventListener('message', (e) => {
  if (e.data !== 'cac-bench-storm') return;
  const box = document.createElement('div');
  document.body.append(box);
  for (let i = 0; i < ${STORM}; i++) { const p = document.createElement('p'); p.textContent = 'Ligne ' + i; box.append(p); }
});`;

/** One load of `url`: start-up figures, then a 10k-mutation storm on the same page. */
async function measureOnce(context, url, withExtension) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const { result: own, events } = await traced(cdp, async () => {
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    if (withExtension) await page.waitForSelector('cote-a-cote-overlay', { state: 'attached', timeout: 30_000 });
    await page.waitForTimeout(1000); // idle-time work after load (glossary) is part of the start
    return page.evaluate(() => performance.getEntriesByName('cac:startup').map((e) => e.duration)[0] ?? null);
  });
  const { metrics } = await cdp.send('Performance.getMetrics');
  const cdpMetrics = Object.fromEntries(metrics.map((m) => [m.name, m.value * 1000]));
  const startTasks = mainThreadTasks(events, url);
  const start = { ...taskTotals(startTasks), ...taskFigures(startTasks), cdpScript: cdpMetrics.ScriptDuration, cdpTask: cdpMetrics.TaskDuration, own, breakdown: extensionBreakdown(events, url) };

  await page.addScriptTag({ content: STORM_SCRIPT });
  const storm = await traced(cdp, async () => {
    await page.evaluate(() => postMessage('cac-bench-storm', '*'));
    await page.waitForTimeout(1500); // our flush runs in the next frame, or in idle time after a storm
  });
  const stormTasks = mainThreadTasks(storm.events, url);
  await page.close();
  return { start, storm: { ...taskTotals(stormTasks), ...taskFigures(stormTasks) } };
}

function row(label, withRuns, withoutRuns, pick, target = '') {
  const a = median(withRuns.map(pick));
  const b = withoutRuns ? median(withoutRuns.map(pick)) : NaN;
  const delta = withoutRuns ? fmt(a - b) : '';
  const ratio = withoutRuns && b > 0 ? `${fmt(a / b, 2)}×` : '';
  console.log(label.padEnd(50), fmt(a).padStart(9), (withoutRuns ? fmt(b) : '').padStart(9), delta.padStart(9), ratio.padStart(8), target ? ` ${target}` : '');
}

function print(title, runs) {
  const w = runs.with;
  const o = runs.without;
  console.log(`\n### ${title}: ${w.length} runs each, alternating, medians\n`);
  console.log('(ms)'.padEnd(50), 'with'.padStart(9), 'without'.padStart(9), 'extra'.padStart(9), 'ratio'.padStart(8));
  console.log('start (load + 1 s):');
  row('  main-thread tasks, wall (trace)', w, o, (r) => r.start.taskMs);
  row('  main-thread tasks, CPU (trace tdur)', w, o, (r) => r.start.taskCpuMs, 'target: extra script ≤ 10 ms');
  row('  our script, wall (tasks that ran only ours)', w, null, (r) => r.start.extensionScript);
  row('  our script, CPU', w, null, (r) => r.start.extensionScriptCpu, 'target ≤ 10 ms');
  row('  longest task of ours, wall', w, null, (r) => r.start.longestExtensionTask, 'target ≤ 50 ms');
  row('  longest task on the main thread, wall', w, o, (r) => r.start.longestTask);
  row('  CDP ScriptDuration (misses most of ours)', w, o, (r) => r.start.cdpScript);
  row('  CDP TaskDuration', w, o, (r) => r.start.cdpTask);
  row("  content script's own 'cac:startup' measure", w, null, (r) => r.start.own ?? NaN);
  console.log(`${STORM / 1000}k-mutation storm (page script, then 1.5 s):`);
  row('  main-thread tasks, wall (trace)', w, o, (r) => r.storm.taskMs);
  row('  main-thread tasks, CPU (trace tdur)', w, o, (r) => r.storm.taskCpuMs, 'target: extra ≤ 50 ms');
  row('  our script, CPU (tasks that ran only ours)', w, null, (r) => r.storm.extensionScriptCpu);
  row('  longest task of ours, wall', w, null, (r) => r.storm.longestExtensionTask, 'target ≤ 50 ms');
  row('  longest task on the main thread, wall', w, o, (r) => r.storm.longestTask);
  // Where our start-up time goes: self time by trace event in the tasks that ran only our code.
  const names = new Map();
  for (const r of w) for (const [name, ms] of r.start.breakdown) names.set(name, [...(names.get(name) ?? []), ms]);
  const shares = [...names].map(([name, xs]) => [name, median([...xs, ...Array(Math.max(0, w.length - xs.length)).fill(0)])]).filter(([, ms]) => ms >= 0.05);
  shares.sort((a, b) => b[1] - a[1]);
  console.log('where our start-up time goes (self time by trace event, wall, medians):');
  for (const [name, ms] of shares.slice(0, 12)) console.log(`  ${name.padEnd(48)} ${fmt(ms, 2).padStart(9)}`);
}

export async function startupBench() {
  const server = await startPracticeServer();
  const profiles = [mkdtempSync(join(tmpdir(), 'cac-bench-a-')), mkdtempSync(join(tmpdir(), 'cac-bench-b-'))];
  const withExt = await launch(profiles[0], true, server.port);
  const without = await launch(profiles[1], false, server.port);
  try {
    const big = await biggestPracticePage(without);
    const targets = [
      [`${big.url} (biggest practice page, ${big.count} elements)`, big.url],
      [`${generatedUrl(2000)} (generated 2,000-field form)`, generatedUrl(2000)],
    ];
    console.log('\n## Start-up and mutation storm, measured from outside (CDP), with and without the extension');
    for (const [title, url] of targets) {
      await measureOnce(withExt, url, true); // warm-up: the first load compiles the script
      await measureOnce(without, url, false);
      const runs = { with: [], without: [] };
      for (let i = 0; i < RUNS; i++) {
        runs.with.push(await measureOnce(withExt, url, true));
        runs.without.push(await measureOnce(without, url, false));
      }
      print(title, runs);
    }
  } finally {
    await withExt.close();
    await without.close();
    await server.close();
    for (const p of profiles) rmSync(p, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await startupBench();
