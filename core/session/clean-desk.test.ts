import { describe, expect, it } from 'vitest';
import {
  buildChecklist,
  emptyTrail,
  fileNameOf,
  logoutLinksFor,
  MAX_TRAIL_DOWNLOADS,
  readableSize,
  receiptLines,
  SessionTrail,
  siteDataRemoval,
  withDownload,
  withPortalVisit,
  type CleanDeskOutcomes,
} from './clean-desk';

const visit = (...urls: string[]) => urls.reduce((trail, url) => withPortalVisit(trail, url), emptyTrail());

describe('session trail', () => {
  it('keeps the portal and the origin only: no path, no query, no title', () => {
    const trail = visit('https://www.caf.fr/espace/declaration?nir=1234567890123#x');
    expect(trail).toEqual({ portals: [{ portal: 'caf', origin: 'https://www.caf.fr' }], downloads: [] });
    expect(JSON.stringify(trail)).not.toMatch(/espace|nir|1234/);
  });

  it('ignores pages that are not official and repeats', () => {
    const trail = visit('https://www.caf.fr/', 'https://www.caf.fr/connexion', 'https://ameli-frconnect.fr/', 'http://www.ameli.fr/', 'not a url');
    expect(trail.portals).toEqual([{ portal: 'caf', origin: 'https://www.caf.fr' }]);
  });

  it('keeps every origin of a portal (FranceConnect chains, assure. and www.)', () => {
    const trail = visit('https://www.ameli.fr/', 'https://assure.ameli.fr/compte', 'https://www.caf.fr/');
    expect(trail.portals.map((p) => p.origin)).toEqual(['https://www.ameli.fr', 'https://assure.ameli.fr', 'https://www.caf.fr']);
  });

  it('notes download ids once, and caps them', () => {
    let trail = withDownload(withDownload(emptyTrail(), 4), 4);
    expect(trail.downloads).toEqual([4]);
    for (let i = 0; i < MAX_TRAIL_DOWNLOADS + 10; i++) trail = withDownload(trail, 100 + i);
    expect(trail.downloads.length).toBe(MAX_TRAIL_DOWNLOADS);
    expect(withDownload(emptyTrail(), 1.5).downloads).toEqual([]);
  });

  it('parses what storage holds and refuses anything else', () => {
    expect(SessionTrail.safeParse({ portals: [{ portal: 'caf', origin: 'https://www.caf.fr' }], downloads: [3] }).success).toBe(true);
    expect(SessionTrail.safeParse({ portals: 'x', downloads: [] }).success).toBe(false);
  });
});

describe('checklist', () => {
  const trail = withDownload(visit('https://www.caf.fr/', 'https://www.ameli.fr/', 'https://assure.ameli.fr/compte'), 12);

  it('groups origins by portal, in order of first use, with tab patterns of the portal', () => {
    const list = buildChecklist(trail, {});
    expect(list.portals.map((p) => [p.id, p.origins])).toEqual([
      ['caf', ['https://www.caf.fr']],
      ['ameli', ['https://www.ameli.fr', 'https://assure.ameli.fr']],
    ]);
    expect(list.portals[1]!.tabPatterns).toEqual(['https://*.ameli.fr/*']);
    expect(list.portals[0]!.logout).toBeNull();
    expect(list.downloadIds).toEqual([12]);
  });

  it('skips a portal id that left the registry', () => {
    expect(buildChecklist({ portals: [{ portal: 'gone', origin: 'https://x.fr' }], downloads: [] }, {}).portals).toEqual([]);
  });

  it('takes logout links from packs only when they stay on the portal', () => {
    const packs = [
      { portal: 'caf', logout: { url: 'https://www.caf.fr.example.com/logout', label: 'Piège' } },
      { portal: 'caf', logout: { url: 'https://www.caf.fr/deconnexion', label: 'Me déconnecter' } },
      { portal: 'ameli', logout: { url: 'https://www.caf.fr/deconnexion', label: 'Autre portail' } },
      { portal: 'impots', logout: null },
    ];
    expect(logoutLinksFor(['caf', 'ameli', 'impots', 'msa'], packs)).toEqual({
      caf: { url: 'https://www.caf.fr/deconnexion', label: 'Me déconnecter' },
      ameli: null,
      impots: null,
      msa: null,
    });
  });

  it('asks browsingData for the origins (Chrome) or the host names (Firefox)', () => {
    const removal = siteDataRemoval(buildChecklist(trail, {}).portals);
    expect(removal.chrome.options.origins).toEqual(['https://assure.ameli.fr', 'https://www.ameli.fr', 'https://www.caf.fr']);
    expect(removal.firefox.options.hostnames).toEqual(['assure.ameli.fr', 'www.ameli.fr', 'www.caf.fr']);
    expect(removal.chrome.dataTypes).toMatchObject({ cookies: true, localStorage: true, indexedDB: true, cacheStorage: true });
    expect(Object.keys(removal.firefox.dataTypes)).not.toContain('cacheStorage');
  });
});

describe('display helpers', () => {
  it('shows a file name, never the folder', () => {
    expect(fileNameOf('/tmp/downloads/attestation-droits.pdf')).toBe('attestation-droits.pdf');
    expect(fileNameOf('C:\\Users\\accueil\\Downloads\\avis.pdf')).toBe('avis.pdf');
  });
  it('says sizes in plain units', () => {
    expect(readableSize(830, 'fr')).toBe('830 octets');
    expect(readableSize(2_400_000, 'fr')).toBe('2,4 Mo');
    expect(readableSize(1500, 'en')).toBe('1.5 KB');
    expect(readableSize(-1, 'fr')).toBe('');
  });
});

describe('receipt', () => {
  const list = buildChecklist(withDownload(visit('https://www.caf.fr/', 'https://www.ameli.fr/'), 3), {});
  const pending: CleanDeskOutcomes = { logout: { status: 'pending' }, files: { status: 'pending' }, siteData: { status: 'pending' }, tabs: { status: 'pending' } };

  it('counts what was done', () => {
    const lines = receiptLines(
      {
        logout: { status: 'done', result: { confirmed: true } },
        files: { status: 'done', result: { deleted: 1, failed: 0, kept: 0 } },
        siteData: { status: 'done', result: { cleared: true } },
        tabs: { status: 'done', result: { closed: 3 } },
      },
      list,
    );
    expect(lines).toEqual([
      { step: 'logout', status: 'done', count: 2, failed: 0 },
      { step: 'files', status: 'done', count: 1, failed: 0 },
      { step: 'siteData', status: 'done', count: 2, failed: 0 },
      { step: 'tabs', status: 'done', count: 3, failed: 0 },
    ]);
  });

  it('says what was skipped, and what there was nothing to do for', () => {
    expect(receiptLines(pending, list).map((l) => l.status)).toEqual(['skipped', 'skipped', 'skipped', 'skipped']);
    const empty = buildChecklist(emptyTrail(), {});
    expect(receiptLines(pending, empty).map((l) => l.status)).toEqual(['nothing', 'nothing', 'nothing', 'skipped']);
  });

  it('reports failures as counts', () => {
    const lines = receiptLines({ ...pending, files: { status: 'done', result: { deleted: 0, failed: 1, kept: 0 } }, siteData: { status: 'done', result: { cleared: false } } }, list);
    expect(lines[1]).toEqual({ step: 'files', status: 'done', count: 0, failed: 1 });
    expect(lines[2]).toEqual({ step: 'siteData', status: 'done', count: 0, failed: 2 });
  });
});
