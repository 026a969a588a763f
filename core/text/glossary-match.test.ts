import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createGlossaryMatcher, foldText, type MatchableTerm } from './glossary-match';

const terms: MatchableTerm[] = [
  { id: 'rsa', term: 'RSA', aliases: ['revenu de solidarité active'] },
  { id: 'are', term: 'ARE', aliases: ["allocation d'aide au retour à l'emploi"], caps: ['ARE'] },
  { id: 'ass', term: 'ASS', aliases: ['allocation de solidarité spécifique'], caps: ['ASS'] },
  { id: 'attestation', term: 'Attestation', aliases: [] },
  { id: 'attestation-droits', term: 'Attestation de droits', aliases: [] },
  { id: 'caf', term: 'CAF', aliases: ["caisse d'allocations familiales"] },
  { id: 'numero-allocataire', term: 'Numéro allocataire', aliases: ['n° allocataire'] },
  { id: 'allocataire', term: 'Allocataire', aliases: [] },
  { id: 'prime', term: "Prime d'activité", aliases: [] },
];
const matcher = createGlossaryMatcher(terms);
const found = (text: string, skip?: Set<string>) => matcher.find(text, skip).map((m) => [m.termId, text.slice(m.start, m.end)]);

describe('glossary matching', () => {
  it('finds a term whatever its accents and case', () => {
    expect(found('Le Revenu de Solidarite Active est versé.')).toEqual([['rsa', 'Revenu de Solidarite Active']]);
    expect(found('le rsa et le RSA')).toEqual([['rsa', 'rsa'], ['rsa', 'RSA']]);
  });

  it('takes the longest form at one place', () => {
    expect(found('Téléchargez votre attestation de droits.')).toEqual([['attestation-droits', 'attestation de droits']]);
    expect(found('Votre numéro allocataire')).toEqual([['numero-allocataire', 'numéro allocataire']]);
    expect(found('Votre n° allocataire')).toEqual([['numero-allocataire', 'n° allocataire']]);
  });

  it('matches only on word boundaries', () => {
    expect(found('PAREIL, CARESSE, DÉCLARES, ASSURANCE, classe, rsaX')).toEqual([]);
    expect(found("l'ARE, (ASS) et RSA.")).toEqual([['are', 'ARE'], ['ass', 'ASS'], ['rsa', 'RSA']]);
  });

  it('matches ambiguous acronyms only in capitals', () => {
    expect(found('you are here, ass')).toEqual([]);
    expect(found('Are you? Ass.')).toEqual([]);
  });

  it('ignores web addresses and e-mails that contain a term', () => {
    expect(found('www.caf.fr ou caf.fr ou contact@caf.fr')).toEqual([]);
    expect(found('la CAF. Puis la CAF/')).toEqual([['caf', 'CAF'], ['caf', 'CAF']]);
  });

  it('lets one space in a form match line breaks and several spaces in the page', () => {
    expect(found('revenu de\n   solidarité\u00a0active')).toEqual([['rsa', 'revenu de\n   solidarité\u00a0active']]);
  });

  it('treats typographic and straight apostrophes alike', () => {
    expect(found('Prime d’activité')).toEqual([['prime', 'Prime d’activité']]);
    expect(found("Caisse d’Allocations familiales")).toEqual([['caf', 'Caisse d’Allocations familiales']]);
  });

  it('matches the plural of a one-word term', () => {
    expect(found('Les attestations et les allocataires')).toEqual([['attestation', 'attestations'], ['allocataire', 'allocataires']]);
  });

  it('leaves dismissed terms out, and falls back to a shorter term', () => {
    expect(found('RSA, attestation de droits', new Set(['rsa', 'attestation-droits']))).toEqual([['attestation', 'attestation']]);
  });

  it('keeps offsets: folding never changes the length', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (s) => foldText(s).length === s.length),
    );
  });

  it('returns ordered, non-overlapping matches on word boundaries for any text', () => {
    const pieces = fc.constantFrom('RSA', 'ARE', 'are', 'PAREIL', 'attestation', 'de', 'droits', 'allocataire', 'n°', ' ', ' ', '\n', ',', "'", '.', 'é', 'x');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const matches = matcher.find(text);
        let last = 0;
        for (const m of matches) {
          expect(m.start).toBeGreaterThanOrEqual(last);
          expect(m.end).toBeGreaterThan(m.start);
          expect(/[\p{L}\p{N}]/u.test(text[m.start - 1] ?? '')).toBe(false);
          expect(/[\p{L}\p{N}]/u.test(text[m.end] ?? '')).toBe(false);
          last = m.end;
        }
        // A capitals-only acronym is never found in lower case.
        expect(matches.filter((m) => m.termId === 'are').every((m) => text.slice(m.start, m.end) === 'ARE')).toBe(true);
      }),
    );
  });

  it('finds a term wherever it is inserted between spaces', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.string({ maxLength: 20 }), (before, after) => {
        const text = `${before} attestation de droits ${after}`;
        const start = before.length + 1;
        const hit = matcher.find(text).find((m) => m.start === start);
        // Something before may swallow the start only when it ends inside the inserted term.
        if (hit) expect(hit.termId).toBe('attestation-droits');
        else expect(matcher.find(text).some((m) => m.start < start && m.end > start)).toBe(true);
      }),
    );
  });
});
