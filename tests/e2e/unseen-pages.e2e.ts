import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { PageReport } from '../../core/protocol/page-report';
import { launchHarness, waitForOverlay, type Harness } from './harness';

// Pages nobody wrote for us: every DSFR example page with at least 5 form controls, served
// (from node_modules, through Playwright routing) under an official hostname. The
// content script must start, answer a valid page.report listing every control once with a
// unique key, and log nothing of its own.
const EXAMPLES = join(import.meta.dirname, '../../node_modules/@gouvfr/dsfr/example');
const BASE = 'https://www.impots.gouv.fr/dsfr-example/';
const CONTROL = /<(input|select|textarea)\b(?![^>]*type="(hidden|submit|button|reset|image)")/g;

function examplePages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return examplePages(path);
    return name.endsWith('.html') && (readFileSync(path, 'utf8').match(CONTROL)?.length ?? 0) >= 5 ? [relative(EXAMPLES, path)] : [];
  });
}

const pages = examplePages(EXAMPLES).sort();
const TYPES: Record<string, string> = { '.html': 'text/html', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.woff': 'font/woff' };

let h: Harness;
beforeAll(async () => {
  h = await launchHarness();
  await h.context.route(`${BASE}**`, async (route) => {
    const path = join(EXAMPLES, decodeURIComponent(new URL(route.request().url()).pathname.slice('/dsfr-example/'.length)));
    try {
      await route.fulfill({ body: readFileSync(path), contentType: TYPES[extname(path)] ?? 'application/octet-stream' });
    } catch {
      await route.fulfill({ status: 404, body: '' });
    }
  });
});
afterAll(async () => h?.close());

describe('page.report on unseen pages (DSFR examples under an official host)', () => {
  it('has enough pages to mean something', () => expect(pages.length).toBeGreaterThanOrEqual(20));

  it.each(pages)('%s', async (path) => {
    const page = await h.open(`${BASE}${path}`);
    await waitForOverlay(page);
    const report = PageReport.parse(await h.pageReport(page));
    const expected = await page.evaluate(
      () =>
        [...document.querySelectorAll('input, select, textarea')].filter(
          (el) => !['hidden', 'submit', 'button', 'reset', 'image'].includes((el as HTMLInputElement).type) && !el.closest('[hidden]'),
        ).length,
    );
    expect(report.portal).toBe('impots');
    expect(report.fields.length).toBe(expected);
    const unique = await page.evaluate((keys) => keys.every((key) => document.querySelectorAll(key).length === 1), report.fields.map((f) => f.key));
    expect(unique).toBe(true);
    await page.close();
  });

  it('logged no refusal or failure of ours on those pages', () => {
    expect(h.consoleLines.filter((line) => line.includes('[Côte à côte]'))).toEqual([]);
  });
});
