// Guide-pack health (T4 seed), shared by `npm run health` and tests/e2e/packs.e2e.ts: each
// pack is run in the REAL extension on the practice portals, and page.report says, for each
// page, whether every walkthrough step target and field-help anchor was found (or why not).
// Plain ESM over the pack JSON files: no TypeScript needed to run it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PRACTICE_PAGES } from '../../practice/server.mjs';

export const PACKS_DIR = resolve(import.meta.dirname, '../../packs');

/** Every pack file (packs/<portal>/<id>.json, not the glossary), parsed as JSON. */
export function readPacks(dir = PACKS_DIR) {
  return readdirSync(dir)
    .filter((sub) => sub !== 'glossary' && statSync(join(dir, sub)).isDirectory())
    .flatMap((sub) => readdirSync(join(dir, sub)).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(join(dir, sub, f), 'utf8'))));
}

/**
 * A practice URL for a pack page: the practice page with the pattern's host and path (its
 * own query kept, e.g. FranceConnect's `retour`), plus the pattern's query pairs (SPA steps
 * like `?etape=2`) and fragment. `*` parts are dropped. Null when no practice page fits.
 */
export function practiceUrlFor(page, practicePages = PRACTICE_PAGES) {
  for (const pattern of page.urlPatterns) {
    const m = /^https:\/\/([^/?#]+)(\/[^?#]*)(?:\?([^#]*))?(?:#(.*))?$/.exec(pattern.replaceAll('*', ''));
    if (!m) continue;
    const [, host, path, query, hash] = m;
    const trim = (p) => (p.length > 1 ? p.replace(/\/+$/, '') : p);
    const entry = practicePages.find((p) => p.host === host && trim(p.path.split('?')[0]) === trim(path));
    if (!entry) continue;
    const url = new URL(`https://${entry.host}${entry.path}`);
    for (const [key, value] of new URLSearchParams(query ?? '')) url.searchParams.set(key, value);
    if (hash !== undefined) url.hash = hash;
    return url.href;
  }
  return null;
}

/** The ids page.report lists for this page of the pack: step targets, then `field:<id>`. */
export function expectedIds(pack, pageId) {
  return [
    ...pack.steps.filter((s) => s.page === pageId && s.target).map((s) => s.id),
    ...pack.fields.filter((f) => f.page === pageId).map((f) => `field:${f.id}`),
  ];
}

/**
 * Runs one pack. `browser` gives: open(url) → page, goto(page, url), report(page) → page.report,
 * force(page, packId) → makes the pack the tab's running walkthrough (so it wins on pages
 * other packs cover too), release(page). Returns one row per step / field anchor.
 */
export async function checkPack(browser, pack, { timeout = 8000 } = {}) {
  const rows = [];
  let page = null;
  for (const packPage of pack.pages) {
    const ids = expectedIds(pack, packPage.id);
    const url = practiceUrlFor(packPage);
    if (!url) {
      rows.push(...ids.map((id) => ({ pack: pack.id, page: packPage.id, id, status: 'missed', reason: 'aucune page d\'entraînement pour ce motif d\'adresse' })));
      continue;
    }
    if (!page) {
      page = await browser.open(url);
      await browser.force(page, pack.id);
    }
    await browser.goto(page, url);
    if (ids.length === 0) continue;
    const steps = await waitForIds(browser, page, ids, timeout);
    for (const id of ids) {
      const row = steps.find((s) => s.id === id);
      rows.push({ pack: pack.id, page: packPage.id, id, status: row?.status ?? 'missed', reason: row ? row.reason : 'le guide ne s\'est pas chargé sur cette page' });
    }
  }
  if (page) await browser.release(page);
  return rows;
}

async function waitForIds(browser, page, ids, timeout) {
  const start = Date.now();
  for (;;) {
    const report = await browser.report(page).catch(() => null);
    const steps = report && Array.isArray(report.steps) ? report.steps : [];
    const seen = new Set(steps.map((s) => s.id));
    if (ids.every((id) => seen.has(id)) || Date.now() - start > timeout) return steps;
    await new Promise((r) => setTimeout(r, 100));
  }
}
