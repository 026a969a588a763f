import { describe, expect, it } from 'vitest';
import { decodePunycode, editDistance, mixesScripts, skeleton, toUnicodeHost } from './host-text';
import { assessHost, type LookalikeReason } from './lookalike';
import { findPortal, officialRegistry } from './registry';

type Case = [host: string, imitates: string | null, reasons: LookalikeReason[]];

// Real cases from ../shared/reference/portals.md "Look-alikes seen in the wild", then
// typical variants (typos, glued words, hosting sub-domains, punycode).
const LOOKALIKES: Case[] = [
  // portals.md
  ['ameli-frconnect.fr', 'ameli', ['brand-word']],
  ['amendes-gouv.org', null, ['brand-word', 'gouv-outside-gouv-fr']],
  ['dossier-antai-gouv.info', null, ['brand-word', 'gouv-outside-gouv-fr']],
  ['qouv.fr', null, ['gouv-outside-gouv-fr', 'edit-distance']],
  ['impots.gouv.org', 'impots', ['brand-word', 'gouv-outside-gouv-fr']],
  ['service.gouv.com', null, ['gouv-outside-gouv-fr']],
  ['amendes.gouv.com', null, ['brand-word', 'gouv-outside-gouv-fr']],
  ['impots-gouv.fr', 'impots', ['brand-word', 'gouv-outside-gouv-fr']],
  ['ants.gouv.fr.example.com', 'ants', ['official-as-subdomain', 'brand-word', 'gouv-outside-gouv-fr']],
  ['carte-grise-ants.fr', 'ants', ['brand-word']],
  ['passeport-ants-gouv.com', 'ants', ['brand-word', 'gouv-outside-gouv-fr']],
  // the brief and the signals of portals.md
  ['www.caf.fr.example.com', 'caf', ['official-as-subdomain']],
  ['ants.gouv.fr-dossier.com', 'ants', ['official-as-subdomain', 'brand-word', 'gouv-outside-gouv-fr']],
  ['caf.fr-aide.com', 'caf', ['official-as-subdomain']],
  ['ameli.fr.secure-login.net', 'ameli', ['official-as-subdomain', 'brand-word']],
  ['gouv-fr.com', null, ['gouv-outside-gouv-fr']],
  ['gouv.fr.com', null, ['gouv-outside-gouv-fr']],
  ['amelli.fr', 'ameli', ['edit-distance']],
  ['amlei.fr', 'ameli', ['edit-distance']],
  ['ameii.fr', 'ameli', ['edit-distance']],
  ['arneli.fr', 'ameli', ['brand-word', 'edit-distance']],
  ['imp0ts.fr', 'impots', ['brand-word', 'edit-distance']],
  ['franceconect.com', 'franceconnect', ['edit-distance']],
  ['franceconnnect.fr', 'franceconnect', ['edit-distance']],
  ['francetravial.fr', 'francetravail', ['edit-distance']],
  ['urssaff.fr', 'urssaf', ['edit-distance']],
  ['mesdroitsociaux.fr', 'mesdroitssociaux', ['edit-distance']],
  ['caf-aide.fr', 'caf', ['brand-word']],
  ['mon-caf.fr', 'caf', ['brand-word']],
  ['ma-caf.fr', 'caf', ['brand-word']],
  ['moncaf.fr', 'caf', ['brand-word']],
  ['wwwcaf.fr', 'caf', ['brand-word']],
  ['caf-allocations-familiales.com', 'caf', ['brand-word']],
  ['msa-remboursement.com', 'msa', ['brand-word']],
  ['ameli-assure.com', 'ameli', ['brand-word']],
  ['ameli.secure-login.com', 'ameli', ['brand-word']],
  ['votreameli24.com', 'ameli', ['brand-word']],
  ['ameli-remboursement.web.app', 'ameli', ['brand-word']],
  ['compte-ameli.fr.ru', 'ameli', ['brand-word']],
  ['carte-vitale-renouvellement.com', 'ameli', ['brand-word']],
  ['vitale.fr', 'ameli', ['brand-word']],
  ['impots.fr', 'impots', ['brand-word']],
  ['impots.info', 'impots', ['brand-word']],
  ['remboursement-impots.com', 'impots', ['brand-word']],
  ['dgfip-info.com', 'impots', ['brand-word']],
  ['pole-emploi-inscription.com', 'francetravail', ['brand-word']],
  ['france-travail-indemnisation.fr', 'francetravail', ['brand-word']],
  ['francetravail-actualisation.net', 'francetravail', ['brand-word']],
  ['france-connect-auth.com', 'franceconnect', ['brand-word']],
  ['cpf-formation.fr', 'moncompteformation', ['brand-word']],
  ['moncompteformation-cpf.com', 'moncompteformation', ['brand-word']],
  ['urssaf-cotisations.com', 'urssaf', ['brand-word']],
  ['maprimerenov-dossier.com', 'maprimerenov', ['brand-word']],
  ['antai-paiement.com', null, ['brand-word']],
  ['paiement-amende.fr', null, ['brand-word']],
  ['service-public-fr.com', 'service-public', ['brand-word', 'edit-distance']],
  ['service-public.info', 'service-public', ['brand-word']],
  ['lassurance-retraite.com', 'retraite', ['brand-word']],
  // punycode and mixed scripts: аmeli with a Cyrillic а, câf, impôts
  ['xn--meli-43d.fr', 'ameli', ['brand-word', 'punycode', 'mixed-script']],
  ['xn--amli-w4d.fr', 'ameli', ['brand-word', 'punycode', 'mixed-script']],
  ['xn--ameli-frconnct-cwl.fr', 'ameli', ['brand-word', 'punycode', 'mixed-script']],
  ['аmeli.fr', 'ameli', ['brand-word', 'punycode', 'mixed-script']],
  ['xn--cf-pia.fr', 'caf', ['brand-word', 'punycode']],
  ['xn--impts-8ta.fr', 'impots', ['brand-word', 'punycode']],
  ['xn--pypal-4ve.com', null, ['punycode', 'mixed-script']],
  ['xn--amli-cpa.fr', 'ameli', ['brand-word', 'punycode']],
  // more variants of the same families
  ['cafgouv.fr', 'caf', ['brand-word', 'gouv-outside-gouv-fr']],
  ['mes-allocations-caf.fr', 'caf', ['brand-word']],
  ['impots.gouv.fr-remboursement.com', 'impots', ['official-as-subdomain', 'brand-word', 'gouv-outside-gouv-fr']],
  ['moncompte-formation.fr', 'moncompteformation', ['brand-word']],
  ['france-travail.net', 'francetravail', ['brand-word']],
  ['francetravail.info', 'francetravail', ['brand-word']],
  ['ants-titres.fr', 'ants', ['brand-word']],
];

// Ordinary sites a France Services desk sees every day: none may be flagged.
const ORDINARY = [
  'lemonde.fr', 'www.leboncoin.fr', 'www.cafe-de-flore.fr', 'restaurants.fr', 'ameliorer-sa-maison.fr',
  'www.doctolib.fr', 'www.laposte.fr', 'www.sncf-connect.com', 'caf-conc.fr', 'www.google.com',
  'fr.wikipedia.org', 'mail.google.com', 'www.amazon.fr', 'www.orange.fr', 'www.free.fr',
  'www.credit-agricole.fr', 'www.labanquepostale.fr', 'www.mutuelle-generale.fr', 'www.harmonie-mutuelle.fr',
  'www.lequipe.fr', 'www.ouest-france.fr', 'www.francetvinfo.fr', 'www.marmiton.org', 'www.pagesjaunes.fr',
  'amelie.fr', 'www.amelie-boutique.fr', 'camelia.fr', 'decaf.fr', 'pants.com', 'www.msassociation.org',
  'energie-vitale.fr', 'www.sesam-vitale.fr', 'www.securite-sociale.fr', 'imports.fr', 'impots-locaux.org',
  'ants.com', 'msa.com', 'caf.com', 'caf.example.com', 'www.gouvernement.fr', 'www.quebec.ca', 'www.gouv.qc.ca',
  'www.gouv.nc', 'www.gouv.sn', 'www.gov.uk', 'www.usa.gov', 'www.francetravail.org', 'www.pole-emploi.org',
  'www.urssaf.org', 'www.cafeteria-du-centre.fr', 'www.carte-grise.org', 'xn--caf-dma.fr', 'www.xn--80aswg.xn--p1ai',
  'services-publics.fr', 'www.france-travaux.fr', 'www.formation-continue.fr', 'entrainement.cote-a-cote.test',
  'www.site-non-officiel.test', 'www.banque-france.fr', 'www.emploi-store.fr', 'www.impotsfacile.fr',
  'www.cafpi.fr', 'www.mes-allocs.fr', 'www.impots-et-taxes.fr', 'www.caf-de-la-gironde.fr', 'www.simulation-caf.fr',
  'www.msasafety.com', 'www.cafedeparis.fr', 'www.maif.fr', 'www.macif.fr', 'www.gouv.fr',
];

// Real State sites that are not on our list: never flagged (only the State registers under gouv.fr).
const GOV_NOT_LISTED = [
  'www.antai.gouv.fr', 'www.amendes.gouv.fr', 'www.legifrance.gouv.fr', 'www.economie.gouv.fr',
  'www.prefectures-regions.gouv.fr', 'www.info.gouv.fr', 'www.interieur.gouv.fr', 'www.ecologie.gouv.fr',
  'www.demarches.interieur.gouv.fr', 'api.gouv.fr', 'www.franceconect.gouv.fr', 'ameli.beta.gouv.fr',
];

describe('assessHost: look-alikes', () => {
  it.each(LOOKALIKES)('%s imitates %s (%j)', (host, imitates, reasons) => {
    expect(assessHost(host)).toEqual({ verdict: 'lookalike', imitates, reasons });
  });
});

describe('assessHost: ordinary sites are not flagged', () => {
  it('has enough ordinary cases to mean something', () => expect(ORDINARY.length).toBeGreaterThanOrEqual(30));
  it.each(ORDINARY)('%s is unknown', (host) => {
    expect(assessHost(host)).toEqual({ verdict: 'unknown', reasons: [], imitates: null });
  });
  it.each(GOV_NOT_LISTED)('%s (a State site not on our list) is unknown', (host) => {
    expect(assessHost(host).verdict).toBe('unknown');
  });
  it.each(['localhost', '127.0.0.1', '[::1]', '', 'intranet', 'a'.repeat(300)])('"%s" is unknown, never a crash', (host) => {
    expect(assessHost(host).verdict).toBe('unknown');
  });
});

describe('assessHost: input forms', () => {
  it.each(['https://ameli-frconnect.fr/verification?x=1', 'ameli-frconnect.fr:443', 'AMELI-FRCONNECT.FR.', ' ameli-frconnect.fr '])('reads the host of %s', (input) => {
    expect(assessHost(input)).toEqual({ verdict: 'lookalike', reasons: ['brand-word'], imitates: 'ameli' });
  });
  it('sees an official address given whole', () => expect(assessHost('https://www.caf.fr/espace').verdict).toBe('official'));
});

describe('assessHost: official hosts', () => {
  const everyOfficialHost = officialRegistry.portals.flatMap((p) => p.hosts.map((h) => h.replace(/^\*\./, 'www.')));
  it.each(everyOfficialHost)('%s is official', (host) => {
    expect(assessHost(host)).toEqual({ verdict: 'official', reasons: [], imitates: null });
  });
  it.each(officialRegistry.portals.map((p) => [p.id, p.home] as const))('the home address of %s (%s), given on the warning page, is that portal', (id, home) => {
    expect(home).toBeDefined();
    expect(findPortal(home!)?.id).toBe(id);
  });
  it.each(['WWW.CAF.FR', 'www.ameli.fr.', 'assure.ameli.fr', 'passeport.ants.gouv.fr'])('%s (case, trailing dot, sub-domain) is official', (host) => {
    expect(assessHost(host).verdict).toBe('official');
  });
});

describe('host text helpers', () => {
  it('decodes punycode (RFC 3492) and refuses garbage', () => {
    expect(decodePunycode('caf-dma')).toBe('café');
    expect(decodePunycode('meli-43d')).toBe('аmeli');
    expect(decodePunycode('80aswg')).toBe('сайт');
    expect(decodePunycode('!!')).toBeNull();
    expect(toUnicodeHost('www.xn--caf-dma.fr')).toBe('www.café.fr');
  });
  it('folds look-alike characters onto Latin letters', () => {
    expect(skeleton('аmеlі')).toBe('ameli');
    expect(skeleton('arneli')).toBe('ameli');
    expect(skeleton('imp0ts')).toBe('impots');
    expect(skeleton('qouv')).toBe('gouv');
    expect(skeleton('câf')).toBe('caf');
  });
  it('sees mixed scripts within one label only', () => {
    expect(mixesScripts('аmeli')).toBe(true);
    expect(mixesScripts('сайт')).toBe(false);
    expect(mixesScripts('café-24')).toBe(false);
  });
  it('counts typos, swaps included, and stops early', () => {
    expect(editDistance('amelli', 'ameli', 2)).toBe(1);
    expect(editDistance('amlei', 'ameli', 2)).toBe(1);
    expect(editDistance('franceconect', 'franceconnect', 2)).toBe(1);
    expect(editDistance('lemonde', 'ameli', 1)).toBe(2);
  });
});
