import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { OVERLAY_HOST_TAG } from '../../overlay/host-tag';
import { pageOf } from '../../core/packs/match';
import type { Pack, PackStep } from '../../core/packs/schema';
import { measureInPage, type Finding, type MeasureArgs, type Measured } from './occlusion-measure';

/**
 * The occlusion audit (issue 9, "Checked by"), the Node half: settles the page, measures it
 * in the page (occlusion-measure.ts: geometry only, no class name of ours), and turns the
 * findings into lines that say page, size, text scale, state, which surface covers what.
 * Used by tests/e2e/occlusion.e2e.ts on the practice portals and, with CAC_AUDIT_PAGES, on
 * any folder of HTML pages served under an official host name.
 */

export interface AuditContext {
  page: string;
  size: string;
  textScale: number;
  state: string;
}

export interface AuditResult extends AuditContext {
  measured: Measured;
}

export interface Targets {
  /** The current guide step's target (selectors from its pack), resolved in the page by the product's own finder. */
  step?: PackStep['target'] | null;
  /** CSS selector of the field a "montrer ce champ" points at. */
  pointed?: string | null;
}

/** The privacy curtain hides fields on purpose: its veils and its "please wait" layer are not occlusion. */
export const CURTAIN_ON_PURPOSE = ['.cac-curtain', '.cac-curtain-wait'];

export const SIZES = [
  { width: 1366, height: 768 },
  { width: 1024, height: 768 },
  { width: 800, height: 600 },
] as const;

export const TEXT_SCALES = [1, 1.5] as const;

const ROOT = resolve(import.meta.dirname, '../..');

/** Every guide pack of the project, read from packs/<portal>/<id>.json. */
export function loadPacks(dir = join(ROOT, 'packs')): Pack[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'glossary')
    .flatMap((d) => readdirSync(join(dir, d.name)).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(join(dir, d.name, f), 'utf8')) as Pack));
}

/** The guide step to show on `url`: the first step of the best-matching pack on that page, a step with a target first. */
export function stepFor(url: string, packs: readonly Pack[]): { pack: Pack; index: number; step: PackStep } | null {
  for (const pack of packs) {
    const page = pageOf(pack, url)?.page.id;
    if (!page) continue;
    const onPage = pack.steps.map((step, index) => ({ step, index })).filter(({ step }) => step.page === page);
    const chosen = onPage.find(({ step }) => step.target) ?? onPage[0];
    if (chosen) return { pack, ...chosen };
  }
  return null;
}

let finderSource: Promise<string> | null = null;

/**
 * The product's own anchoring engine (overlay/dom/find-target.ts) bundled for the page, so
 * the audit resolves a step's target exactly as the overlay does — read from the pack, with
 * nothing added to the product for the test. Lives in the page's main world (test only).
 */
async function finderBundle(): Promise<string> {
  finderSource ??= (async () => {
    const { build } = await import('rolldown');
    const out = await build({
      input: join(ROOT, 'overlay/dom/find-target.ts'),
      write: false,
      logLevel: 'silent',
      output: { format: 'iife', name: '__cacAuditFinder' },
    });
    // Evaluated inside the audit's own function (see auditState): installs itself once per document.
    return `if (!window.__cacAuditFinder) { ${out.output[0].code}\nwindow.__cacAuditFinder = __cacAuditFinder; }`;
  })();
  return finderSource;
}

/**
 * Waits until our surfaces stop moving: two equal readings of every box in our shadow root,
 * the focused element and the scroll position, 40 ms and a frame apart (at most `maxMs`).
 * Returns the time it took, or -1 if they never stopped.
 */
export async function settle(page: Page, maxMs = 900): Promise<number> {
  return page.evaluate(settleInPage, { host: OVERLAY_HOST_TAG, maxMs });
}

/** The in-page half of `settle` (self-contained: serialised into the page). */
async function settleInPage({ host, maxMs }: { host: string; maxMs: number }): Promise<number> {
  const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
  const reading = () => {
    const root = document.querySelector(host)?.shadowRoot;
    const boxes = root ? [...root.querySelectorAll('*')].map((el) => {
      const r = el.getBoundingClientRect();
      return `${Math.round(r.left)},${Math.round(r.top)},${Math.round(r.width)},${Math.round(r.height)}`;
    }) : [];
    return `${boxes.join(';')}|${document.activeElement?.tagName}|${scrollX},${scrollY}`;
  };
  const start = performance.now();
  await frame();
  let last = reading();
  // At least a few frames, whatever the clock says: after a window resize the first frame
  // can take a second in headless Chromium, and a measure taken right after it caught the
  // overlay before its own frame had placed it (findings that were not there at rest).
  for (let n = 0; n < 3 || performance.now() - start < maxMs; n++) {
    if (performance.now() - start > 3 * maxMs) break;
    await new Promise((r) => setTimeout(r, 40));
    await frame();
    const now = reading();
    if (now === last) return performance.now() - start;
    last = now;
  }
  return -1;
}

/** Settles, then measures the page in its current state (one round trip to the page). */
export async function auditState(page: Page, context: AuditContext, targets: Targets = {}): Promise<AuditResult> {
  const finder = targets.step ? await finderBundle() : '';
  const t0 = Date.now();
  const args: MeasureArgs = {
    host: OVERLAY_HOST_TAG,
    exclude: CURTAIN_ON_PURPOSE,
    pointed: targets.pointed ?? null,
    stepTarget: (targets.step as unknown[] | undefined) ?? null,
    minSide: 2,
  };
  const { settled, measured } = (await page.evaluate(
    `(async () => { ${finder}\n const settled = await (${settleInPage.toString()})(${JSON.stringify({ host: OVERLAY_HOST_TAG, maxMs: 900 })}); return { settled, measured: (${measureInPage.toString()})(${JSON.stringify(args)}) }; })()`,
  )) as { settled: number; measured: Measured };
  if (process.env.CAC_AUDIT_DEBUG) console.log(`settle ${Math.round(settled)} ms, total ${Date.now() - t0} ms — ${context.state} ${context.size} ×${context.textScale}`);
  // CAC_AUDIT_SHOTS=<dir>: a screenshot of every state with a finding, to look at (a dev aid).
  if (process.env.CAC_AUDIT_SHOTS && measured.findings.length) {
    const name = `${context.page}-${context.size}-${context.textScale}-${context.state}`.replace(/[^\w.-]+/g, '_').slice(0, 180);
    await page.screenshot({ path: `${process.env.CAC_AUDIT_SHOTS}/${name}.png` }).catch(() => undefined);
  }
  return { ...context, measured };
}

/** One line per finding: page, size, text scale, state, and which surface covers what. */
export function describeFinding(r: AuditContext, f: Finding): string {
  const unit = f.kind === 'hit' ? `${f.amount} of 15 points` : f.kind === 'button-hidden' ? 'centre' : `${f.amount} px²`;
  return `${r.page} @${r.size} text×${r.textScale} [${r.state}] ${f.kind}: ${f.surface} → ${f.other} (${unit})`;
}

export interface AuditSummary {
  states: number;
  findings: number;
  byKind: Record<string, number>;
  /** Most frequent (kind, surface, other) triples, with how many states they appear in. */
  top: Array<{ what: string; count: number }>;
  coverage: { median: number; max: number; maxWhere: string };
  text: string;
}

/** Counts per kind, the most frequent findings, and the share of the viewport we cover (median, max). */
export function summarize(results: readonly AuditResult[], topN = 10): AuditSummary {
  const byKind: Record<string, number> = {};
  const triples = new Map<string, number>();
  for (const r of results) {
    for (const f of r.measured.findings) {
      byKind[f.kind] = (byKind[f.kind] ?? 0) + 1;
      // Grouped by what the surface is (tag and classes), not by its words ("(5)" / "(15)" terms,
      // "· CAF" / "· impots.gouv"), and by the kind of protected thing, not the page's field.
      const key = `${f.kind}: ${kindOf(f.surface)} → ${kindOf(f.other.replace(/^(focused-field|label|hint|step-target|pointed) .*/, '$1'))}`;
      triples.set(key, (triples.get(key) ?? 0) + 1);
    }
  }
  const top = [...triples].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, topN).map(([what, count]) => ({ what, count }));
  const shares = results.map((r) => r.measured.coverage).sort((a, b) => a - b);
  const median = shares.length ? shares[Math.floor((shares.length - 1) / 2)]! : 0;
  const maxResult = results.reduce<AuditResult | null>((m, r) => (!m || r.measured.coverage > m.measured.coverage ? r : m), null);
  const max = maxResult?.measured.coverage ?? 0;
  const maxWhere = maxResult ? `${maxResult.page} @${maxResult.size} text×${maxResult.textScale} [${maxResult.state}]` : '';
  const findings = Object.values(byKind).reduce((a, b) => a + b, 0);
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  const text = [
    `occlusion audit: ${results.length} states measured, ${findings} findings`,
    `  by kind: ${Object.entries(byKind).map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}`,
    `  viewport covered by our surfaces: median ${pct(median)}, max ${pct(max)} (${maxWhere})`,
    ...(top.length ? ['  most frequent:', ...top.map((t) => `    ${t.count}× ${t.what}`)] : []),
  ].join('\n');
  return { states: results.length, findings, byKind, top, coverage: { median, max, maxWhere }, text };
}

/** `button.cac-x "Words"` → `button.cac-x`; an element without a class keeps its words (nothing else tells it apart). */
function kindOf(name: string): string {
  const [head] = name.split(' "');
  return head && /[.#]/.test(head) ? head : name;
}

/** Deterministic sample: up to `n` items evenly spread, first and last included. */
export function spread<T>(items: readonly T[], n: number): T[] {
  if (items.length <= n) return [...items];
  if (n <= 1) return items.slice(0, n);
  return Array.from({ length: n }, (_, i) => items[Math.round((i * (items.length - 1)) / (n - 1))]!);
}
