import { describe, expect, it } from 'vitest';
import registryData from './official-portals.json';
import { PortalRegistry } from './registry-schema';
import { findPortal, hostMatches, manifestMatchPatterns, officialRegistry, stripUrl } from './registry';

const portalOf = (url: string) => findPortal(url)?.id ?? null;

describe('official portal registry data', () => {
  it('parses with the schema', () => {
    expect(PortalRegistry.safeParse(registryData).success).toBe(true);
  });

  it('has unique portal ids and no host listed twice', () => {
    const ids = officialRegistry.portals.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    const hosts = officialRegistry.portals.flatMap((p) => p.hosts);
    expect(new Set(hosts).size).toBe(hosts.length);
  });

  it('never claims a whole shared parent domain', () => {
    const shared = ['gouv.fr', 'beta.gouv.fr', 'interieur.gouv.fr', 'numerique.gouv.fr', 'laposte.fr', 'fr'];
    for (const host of officialRegistry.portals.flatMap((p) => p.hosts)) {
      expect(shared).not.toContain(host.replace(/^\*\./, ''));
    }
  });

  it('rejects a malformed host with a readable message', () => {
    const bad = structuredClone(registryData) as { portals: { hosts: string[] }[] };
    bad.portals[0]!.hosts = ['https://www.caf.fr/'];
    const result = PortalRegistry.safeParse(bad);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/hôte invalide/);
  });
});

describe('findPortal', () => {
  it.each([
    ['https://www.caf.fr/allocataires', 'caf'],
    ['https://caf.fr/', 'caf'],
    ['https://wwwd.caf.fr/wps/portal', 'caf'],
    ['https://partenaires.caf.fr/', 'caf'],
    ['https://assure.ameli.fr/PortailAS/appmanager', 'ameli'],
    ['https://fc.assure.ameli.fr/', 'ameli'],
    ['https://cfspart.impots.gouv.fr/LoginAccess', 'impots'],
    ['https://idp.impots.gouv.fr/', 'impots'],
    ['https://candidat.francetravail.fr/', 'francetravail'],
    ['https://www.pole-emploi.fr/', 'francetravail'],
    ['https://passeport.ants.gouv.fr/', 'ants'],
    ['https://administration-etrangers-en-france.interieur.gouv.fr/particuliers/#/', 'anef'],
    ['https://monespaceprive.msa.fr/', 'msa'],
    ['https://app.franceconnect.gouv.fr/api/v1/authorize', 'franceconnect'],
    ['https://aidantsconnect.beta.gouv.fr/', 'aidantsconnect'],
    ['https://WWW.CAF.FR./', 'caf'],
  ])('%s is %s', (url, id) => {
    expect(portalOf(url)).toBe(id);
  });

  it.each([
    // Shared parents: only the listed full hostnames count.
    'https://autre-site.interieur.gouv.fr/',
    'https://beta.gouv.fr/',
    'https://un-autre-service.beta.gouv.fr/',
    'https://www.gouv.fr/',
    // Look-alikes and tricks.
    'https://ameli-frconnect.fr/',
    'https://www.caf.fr.example.com/',
    'https://notcaf.fr/',
    'https://caf.fr.evil.org/',
    'https://www.caf.com/',
    // Wrong scheme, credentials, garbage.
    'http://www.caf.fr/',
    'https://www.caf.fr@evil.org/',
    'https://user:pw@www.caf.fr/',
    'not a url',
    '',
    'chrome-extension://abc/popup.html',
  ])('%s is not official', (url) => {
    expect(portalOf(url)).toBeNull();
  });
});

describe('hostMatches', () => {
  it('matches the apex and subdomains for *. patterns, but not a suffix inside a label', () => {
    expect(hostMatches('*.caf.fr', 'caf.fr')).toBe(true);
    expect(hostMatches('*.caf.fr', 'a.b.caf.fr')).toBe(true);
    expect(hostMatches('*.caf.fr', 'xcaf.fr')).toBe(false);
    expect(hostMatches('www.caf.fr', 'caf.fr')).toBe(false);
  });
});

describe('manifestMatchPatterns', () => {
  it('gives https-only patterns, never <all_urls> nor localhost', () => {
    const patterns = manifestMatchPatterns();
    expect(patterns).toContain('https://*.caf.fr/*');
    expect(patterns).toContain('https://administration-etrangers-en-france.interieur.gouv.fr/*');
    for (const p of patterns) {
      expect(p).toMatch(/^https:\/\/(\*\.)?[a-z0-9.-]+\/\*$/);
      expect(p).not.toMatch(/localhost|all_urls|\*\.gouv\.fr\/|^https:\/\/\*\//);
    }
  });
});

describe('stripUrl', () => {
  it('keeps origin and path, drops query and fragment', () => {
    expect(stripUrl('https://www.caf.fr/a/b?nir=123#x')).toBe('https://www.caf.fr/a/b');
    expect(stripUrl('nope')).toBe('');
  });
});
