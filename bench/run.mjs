// `npm run bench`: measured, side by side in one run, nothing asserted.
// 1. Size of every built script (raw and gzip -9), with the content-script budgets.
// 2. Start-up and a 10k-mutation storm (bench/startup.mjs), on the biggest practice page and
//    on a generated 2,000-field form, Chromium with and without the extension, measured from
//    outside with CDP tracing: extra main-thread time, our own tasks, the longest of them,
//    where our start-up time goes (BENCH_RUNS alternating runs, default 9, medians).
// 3. Work per SPA step change (bench/spa-step.mjs).
// 4. page.report's main-thread cost at 2,000 and 20,000 fields (bench/page-report.mjs).
// BENCH_ONLY=sizes,startup,spa,report runs a part of it.
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, relative } from 'node:path';
import { buildExtension, CHROME_BUILD } from '../scripts/lib/build.mjs';
import { ensureOpenssl } from '../scripts/lib/chromium.mjs';
import { pageReportBench } from './page-report.mjs';
import { spaStepBench } from './spa-step.mjs';
import { startupBench } from './startup.mjs';

const KIB = 1024;
const ONLY = process.env.BENCH_ONLY?.split(',');
const part = (name) => !ONLY || ONLY.includes(name);

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
  console.log(`\ncontent script at start: ${fmt(contentScript / KIB)} KiB gzip (issue 12 target ≤ 24 KiB: ${fmt((contentScript / (24 * KIB)) * 100, 0)}%); with every lazy part: ${fmt((contentScript + parts) / KIB)} KiB gzip`);
}

ensureOpenssl();
if (!existsSync(join(CHROME_BUILD, 'manifest.json')) || process.argv.includes('--build')) buildExtension({ quiet: true });
if (part('sizes')) printSizes();
if (part('startup')) await startupBench();
if (part('spa')) await spaStepBench();
if (part('report')) await pageReportBench();
