import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPack, practiceUrlFor, readPacks } from '../../scripts/lib/pack-health.mjs';
import { guideBrowser } from './guide-browser';
import { launchHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await launchHarness();
});
afterAll(async () => h?.close());

const packs = readPacks();

describe('every selector set of a ready pack finds exactly its element on its practice page (real engine, real extension)', () => {
  it('has a practice page for every page of every pack', () => {
    for (const pack of packs) for (const page of pack.pages) expect([pack.id, page.id, practiceUrlFor(page) !== null]).toEqual([pack.id, page.id, true]);
  });

  it.each(packs.filter((p) => p.stage === 'ready').map((p) => [p.id, p] as const))('%s', async (_id, pack) => {
    const rows = await checkPack(guideBrowser(h), pack);
    expect(rows.length).toBe(pack.steps.filter((s: { target?: unknown }) => s.target).length + pack.fields.length);
    expect(rows.filter((r) => r.status !== 'found')).toEqual([]);
  });
});
