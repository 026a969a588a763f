// Part of `npm run bench`: what `page.report` costs the page's main thread, from outside.
// A generated form of 2,000 and 20,000 fields (bench/generated-form.mjs) under caf.fr; an
// extension page asks for the report as the side panel does (tabs.sendMessage). Per run:
// time to the answer, CDP Performance.getMetrics deltas (script, task) and, from a trace,
// the extension's main-thread tasks in that time (sum and longest). Targets (issue 12):
// ≤ 50 ms of main thread at 2,000 fields, ≤ 500 ms at 20,000, no task over 50 ms.
// Nothing asserted: figures only.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumHostArgs, startPracticeServer } from '../practice/server.mjs';
import { CHROME_BUILD } from '../scripts/lib/build.mjs';
import { ensureChromium, QUIET_CHROMIUM_ARGS } from '../scripts/lib/chromium.mjs';
import { generatedUrl, routeGeneratedForms } from './generated-form.mjs';
import { mainThreadTasks, max, taskFigures, traced, waitForQuiet } from './trace.mjs';

const SIZES = (process.env.BENCH_REPORT_SIZES ?? '2000,20000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_REPORT_RUNS ?? 5);
const TIMEOUT_MS = Number(process.env.BENCH_REPORT_TIMEOUT_MS ?? 30_000);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2 : NaN;
};
const fmt = (n, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : 'n/a');

async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  const m = Object.fromEntries(list.map((x) => [x.name, x.value * 1000]));
  return { script: m.ScriptDuration, task: m.TaskDuration };
}

/** Asks the tab at `url` for page.report from an extension page; null when no answer in TIMEOUT_MS. */
function ask(extPage, url) {
  return extPage.evaluate(async ({ url, timeout }) => {
    const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
    if (!tab?.id) throw new Error(`no tab for ${url}`);
    const start = performance.now();
    const reply = await Promise.race([chrome.tabs.sendMessage(tab.id, { type: 'page.report' }), new Promise((r) => setTimeout(() => r(null), timeout))]);
    return reply ? { ms: performance.now() - start, fields: reply.fields?.length ?? -1 } : null;
  }, { url, timeout: TIMEOUT_MS });
}

async function measure(context, extPage, fields) {
  const url = generatedUrl(fields);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await page.waitForSelector('cote-a-cote-overlay', { state: 'attached', timeout: 60_000 });
  await ask(extPage, url); // warm-up: the first report waits for the classifier's rules
  await waitForQuiet(cdp, url); // start-up, layout and idle-time work (glossary) are over
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const before = await metrics(cdp);
    const { result, events } = await traced(cdp, () => ask(extPage, url));
    const after = await metrics(cdp);
    runs.push({ answer: result, script: after.script - before.script, task: after.task - before.task, ...taskFigures(mainThreadTasks(events, url)) });
    if (!result) break; // the page is still blocked: further runs would measure the same report
  }
  await page.close().catch(() => {});
  return runs;
}

function print(fields, runs) {
  const answered = runs.filter((r) => r.answer);
  const countLine = answered.length ? `${answered[0].answer.fields} fields in the report` : `no answer in ${TIMEOUT_MS / 1000} s`;
  console.log(`\n${generatedUrl(fields)}: ${runs.length} runs, medians (${countLine})`);
  const row = (label, xs, target = '') => console.log(label.padEnd(46), fmt(median(xs)).padStart(9), fmt(max(xs)).padStart(9), target);
  console.log('(ms)'.padEnd(46), 'median'.padStart(9), 'max'.padStart(9));
  row('time to the answer (extension page)', answered.map((r) => r.answer.ms));
  const target = `target ≤ ${fields >= 20_000 ? 500 : 50} ms`;
  row('extension script, wall time (trace)', runs.map((r) => r.extensionScript), target);
  row('extension script, CPU time (trace tdur)', runs.map((r) => r.extensionScriptCpu), target);
  row('longest extension task: its script, wall', runs.map((r) => r.longestExtensionScript), 'target ≤ 50 ms');
  row('longest extension task: its script, CPU', runs.map((r) => r.longestExtensionScriptCpu), 'target ≤ 50 ms');
  row('longest extension task: whole task (trace)', runs.map((r) => r.longestExtensionTask));
  row('longest task on the main thread (trace)', runs.map((r) => r.longestTask));
  row('CDP ScriptDuration delta', runs.map((r) => r.script));
  row('CDP TaskDuration delta', runs.map((r) => r.task));
}

export async function pageReportBench() {
  const server = await startPracticeServer();
  const profile = mkdtempSync(join(tmpdir(), 'cac-report-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: ensureChromium(),
    headless: false,
    viewport: { width: 1280, height: 900 },
    args: ['--headless=new', ...QUIET_CHROMIUM_ARGS, `--disable-extensions-except=${CHROME_BUILD}`, `--load-extension=${CHROME_BUILD}`, ...chromiumHostArgs(server.port)],
  });
  try {
    await routeGeneratedForms(context);
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extPage = await context.newPage();
    await extPage.goto(`chrome-extension://${new URL(worker.url()).host}/popup.html`);
    console.log('\n## page.report on a generated form (main-thread cost, measured from outside)');
    for (const fields of SIZES) print(fields, await measure(context, extPage, fields));
  } finally {
    await context.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await pageReportBench();
