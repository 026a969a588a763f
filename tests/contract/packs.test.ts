import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pageOf } from '../../core/packs/match';
import { parsePack } from '../../core/packs/validate';
import { officialRegistry, findPortal } from '../../core/portals/registry';
import { PRACTICE_PAGES } from '../../practice/server.mjs';
import { loadPacks } from '../../entrypoints/background/packs';

const root = join(import.meta.dirname, '../../packs');
const files = readdirSync(root)
  .filter((dir) => dir !== 'glossary' && statSync(join(root, dir)).isDirectory())
  .flatMap((dir) => readdirSync(join(root, dir)).filter((f) => f.endsWith('.json')).map((file) => ({ dir, file, path: join(root, dir, file) })));
const parsed = files.map((f) => ({ ...f, result: parsePack(JSON.parse(readFileSync(f.path, 'utf8'))) }));
const packs = parsed.flatMap((p) => (p.result.ok ? [p.result.pack] : []));
const practiceUrls = PRACTICE_PAGES.map((p) => `https://${p.host}${p.path}`);

describe('guide packs (packs/<portal>/<id>.json)', () => {
  it.each(parsed.map((p) => [`${p.dir}/${p.file}`, p] as const))('%s parses with no error', (_name, { result }) => {
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('has ids equal to file names, in the folder of their portal, unique', () => {
    for (const { dir, file, result } of parsed) {
      if (!result.ok) continue;
      expect([file, result.pack.id, result.pack.portal]).toEqual([file, file.replace(/\.json$/, ''), dir]);
    }
    const ids = packs.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('covers at least 8 procedures on at least 6 portals, every portal in the registry', () => {
    expect(packs.length).toBeGreaterThanOrEqual(8);
    expect(new Set(packs.map((p) => p.portal)).size).toBeGreaterThanOrEqual(6);
    for (const pack of packs) expect(officialRegistry.portals.map((p) => p.id)).toContain(pack.portal);
  });

  it('links only to official hosts over https', () => {
    for (const pack of packs) {
      if (pack.logout) expect([pack.id, pack.logout.url.startsWith('https://') && findPortal(pack.logout.url) !== null]).toEqual([pack.id, true]);
    }
  });

  it('runs on the practice portals: every page of a ready pack matches a practice page', () => {
    for (const pack of packs.filter((p) => p.stage === 'ready')) {
      for (const page of pack.pages) {
        // A practice page as it is, or in the SPA state the pattern's query names (`?etape=2`).
        const queries = page.urlPatterns.map((pattern) => pattern.split('#')[0]!.split('?')[1] ?? '');
        const urls = practiceUrls.flatMap((url) => queries.map((q) => (q ? `${url.split('?')[0]}?${q}` : url)));
        const covered = urls.some((url) => pageOf(pack, url)?.page.id === page.id);
        expect([pack.id, page.id, covered]).toEqual([pack.id, page.id, true]);
      }
    }
  });

  it('keeps the walkthroughs short: at most 12 steps (step length is checked by parsePack)', () => {
    for (const pack of packs) expect(pack.steps.length).toBeLessThanOrEqual(12);
  });

  it('is what the background loads (nothing skipped), and a broken pack is skipped with its id and error paths', () => {
    expect(loadPacks().packs.map((p) => p.id).sort()).toEqual(packs.map((p) => p.id).sort());
    const broken = loadPacks({ '../../packs/caf/caf-casse.json': { schemaVersion: 1, id: 'caf-casse' }, '../../packs/caf/autre-nom.json': JSON.parse(readFileSync(files[0]!.path, 'utf8')) });
    expect(broken.packs).toEqual([]);
    expect(broken.broken.map((b) => b.id)).toEqual(['caf-casse', 'autre-nom']);
    expect(broken.broken[0]!.errors).toContain('stage : champ obligatoire absent');
    expect(broken.broken[1]!.errors[0]).toMatch(/^id : .* doit être le nom du fichier/);
  });
});
