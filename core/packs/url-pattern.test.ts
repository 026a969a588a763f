import { describe, expect, it } from 'vitest';
import { matchUrlPattern, parseUrlPattern } from './url-pattern';

const matches = (pattern: string, url: string) => matchUrlPattern(parseUrlPattern(pattern), url) !== null;

describe('page URL patterns', () => {
  it('matches host and path exactly, ignoring a trailing slash, the query and the fragment', () => {
    expect(matches('https://www.caf.fr/espace', 'https://www.caf.fr/espace/')).toBe(true);
    expect(matches('https://www.caf.fr/espace', 'https://www.caf.fr/espace?x=1#top')).toBe(true);
    expect(matches('https://www.caf.fr/espace', 'https://www.caf.fr/espace/declaration')).toBe(false);
    expect(matches('https://www.caf.fr/espace', 'https://caf.fr/espace')).toBe(false);
  });

  it('globs with * in the path', () => {
    expect(matches('https://www.caf.fr/espace/declaration-trimestrielle*', 'https://www.caf.fr/espace/declaration-trimestrielle/confirmation')).toBe(true);
    expect(matches('https://www.caf.fr/*/code', 'https://www.caf.fr/connexion/code')).toBe(true);
  });

  it('accepts *.domain hosts (the domain and its subdomains) and refuses look-alikes', () => {
    expect(matches('https://*.ameli.fr/compte', 'https://assure.ameli.fr/compte')).toBe(true);
    expect(matches('https://*.ameli.fr/compte', 'https://ameli.fr/compte')).toBe(true);
    expect(matches('https://*.ameli.fr/compte', 'https://ameli.fr.example.com/compte')).toBe(false);
    expect(matches('https://*.ameli.fr/compte', 'https://xameli.fr/compte')).toBe(false);
  });

  it('requires https', () => {
    expect(matches('https://www.caf.fr/', 'http://www.caf.fr/')).toBe(false);
    expect(matches('http://www.caf.fr/', 'http://www.caf.fr/')).toBe(false);
  });

  it('matches query pairs in any order, with globs in values, for SPA steps', () => {
    const p = 'https://passeport.ants.gouv.fr/demarches/carte-identite?etape=2';
    expect(matches(p, 'https://passeport.ants.gouv.fr/demarches/carte-identite?etape=2')).toBe(true);
    expect(matches(p, 'https://passeport.ants.gouv.fr/demarches/carte-identite?x=1&etape=2')).toBe(true);
    expect(matches(p, 'https://passeport.ants.gouv.fr/demarches/carte-identite?etape=3')).toBe(false);
    expect(matches(p, 'https://passeport.ants.gouv.fr/demarches/carte-identite')).toBe(false);
    expect(matches('https://x.ants.gouv.fr/a?etape=*', 'https://x.ants.gouv.fr/a?etape=9')).toBe(true);
  });

  it('matches hash routes when the pattern has a fragment', () => {
    const p = 'https://administration-etrangers-en-france.interieur.gouv.fr/particuliers/#/espace-personnel/*';
    expect(matches(p, 'https://administration-etrangers-en-france.interieur.gouv.fr/particuliers/#/espace-personnel/mon-compte')).toBe(true);
    expect(matches(p, 'https://administration-etrangers-en-france.interieur.gouv.fr/particuliers/#/accueil')).toBe(false);
  });

  it('ranks patterns with a query or fragment, then longer literal paths, as more specific', () => {
    const spec = (p: string) => parseUrlPattern(p)!.specificity;
    expect(spec('https://a.caf.fr/x?etape=2')).toBeGreaterThan(spec('https://a.caf.fr/x/very/long/path'));
    expect(spec('https://a.caf.fr/espace/declaration')).toBeGreaterThan(spec('https://a.caf.fr/espace*'));
  });

  it('refuses malformed patterns', () => {
    for (const bad of ['www.caf.fr/espace', 'https://www.caf.fr', 'https://WWW.CAF.FR/', 'https://www.caf.fr/?=x', 'ftp://www.caf.fr/']) {
      expect([bad, parseUrlPattern(bad)]).toEqual([bad, null]);
    }
  });

  it('never matches an unparsable URL', () => {
    expect(matchUrlPattern(parseUrlPattern('https://www.caf.fr/*'), 'not a url')).toBeNull();
  });
});
