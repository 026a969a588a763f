import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/**
 * axe-core on the whole document of one of our extension pages (warning, clean desk):
 * rule ids and targets of the violations, and how many nodes were checked.
 * Extension pages forbid inline scripts (CSP script-src 'self'): the file is evaluated.
 */
export async function axeExtensionPage(page: Page): Promise<{ violations: string[]; checkedNodes: number }> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(readFileSync(AXE, 'utf8'));
  return page.evaluate(async () => {
    // @ts-expect-error axe is the script evaluated above
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    type AxeRule = { id: string; nodes: Array<{ target: unknown[] }> };
    const count = (rules: AxeRule[]) => rules.reduce((n, r) => n + r.nodes.length, 0);
    return {
      violations: (result.violations as AxeRule[]).flatMap((v) => v.nodes.map((n) => `${v.id} ${JSON.stringify(n.target)}`)),
      checkedNodes: count(result.passes) + count(result.violations) + count(result.incomplete),
    };
  });
}
