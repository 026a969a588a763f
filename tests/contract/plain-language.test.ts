import { describe, expect, it } from 'vitest';
import { foldText } from '../../core/text/glossary-match';
import { formatReport, lintAll, loadGlossary, glossaryMatcher } from './text-lint';

/**
 * Every person-facing string (locales/fr, packs, glossary) in plain French: F01 (sentence
 * length) and F03 (unexplained acronyms and abbreviations) errors fail the build, and so
 * does a glossary that is hard to read on average; the other rules and each text's
 * readability are a report (`npm run lint:text` prints it whole).
 */
const result = lintAll();
if (process.env.CAC_LINT_TEXT_REPORT) console.log(`\n${formatReport(result)}\n`);

describe('plain language of every person-facing string', () => {
  it('checks a real amount of text', () => expect(result.texts).toBeGreaterThan(150));

  it.each(['F01', 'F03'])('has no %s error', (rule) => {
    const errors = result.findings.filter((f) => f.rule === rule && f.level === 'error').map((f) => `${f.where} — ${f.message} « ${f.excerpt} »`);
    expect(errors).toEqual([]);
  });

  it('keeps the glossary easy to read on average (LIX below 35, Kandel & Moles above 70)', () => {
    // LIX: < 30 very easy, 30–40 easy, 40–50 medium. One short text's LIX swings with 2 long
    // words, so the gate is the average; each text's score is in the report.
    const glossary = result.scores.filter((s) => s.kind === 'glossary');
    const mean = (pick: (s: (typeof glossary)[number]) => number) => glossary.reduce((sum, s) => sum + pick(s), 0) / glossary.length;
    expect(glossary.length).toBeGreaterThan(100);
    expect(mean((s) => s.score.lix)).toBeLessThan(35);
    expect(mean((s) => s.score.kandelMoles)).toBeGreaterThan(70);
  });
});

describe('glossary data', () => {
  const glossary = loadGlossary();
  const forms = (t: (typeof glossary.terms)[number]) => [t.term, ...t.aliases];

  it('has unique ids and at least the reference terms and the practice portals words', () => {
    const ids = glossary.terms.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    const all = new Set(glossary.terms.flatMap(forms).map(foldText));
    for (const word of ['NIR', 'numéro fiscal', 'revenu fiscal de référence', 'net social', 'quotient familial', 'FranceConnect', 'attestation de droits', 'pré-demande', 'actualisation', 'déclaration trimestrielle', 'CAF', 'CPAM', 'MSA', 'ANTS', 'ANEF', 'DGFiP', 'RSA', "prime d'activité", 'APL']) {
      expect([word, all.has(foldText(word))]).toEqual([word, true]);
    }
  });

  it('lists in `caps` only forms it declares', () => {
    for (const t of glossary.terms) for (const c of t.caps ?? []) expect([t.id, forms(t).includes(c)]).toEqual([t.id, true]);
  });

  it('makes ambiguous acronyms (words of French or English, web words) match only in capitals', () => {
    const caps = new Set(glossary.terms.flatMap((t) => t.caps ?? []));
    for (const acronym of ['ARE', 'ASS', 'AF', 'CSS', 'ALS', 'ALF', 'PAS', 'ANTS', 'PJ', 'IJ', 'QF', 'BIC', 'ACS', 'PUMA']) expect([acronym, caps.has(acronym)]).toEqual([acronym, true]);
    const matcher = glossaryMatcher(glossary);
    expect(matcher.find('You are an ass: pas de css ni de puma, les ants et un bic.')).toEqual([]);
  });

  it('gives each form to one term only', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const t of glossary.terms) {
      for (const f of new Set(forms(t).map((x) => ((t.caps ?? []).includes(x) ? x : foldText(x))))) {
        const other = owner.get(f);
        if (other && other !== t.id) clashes.push(`${f}: ${other} / ${t.id}`);
        owner.set(f, t.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('finds the terms of real administrative prose', () => {
    const text =
      "Pour obtenir le RSA, il est nécessaire de faire une 1ère demande, puis d'actualiser la situation tous les trimestres. " +
      "La procédure varie en fonction de la caisse d'affiliation (Caf ou MSA). Vous devez saisir la Caf et leur fournir les justificatifs de vos ressources.";
    const found = glossaryMatcher(glossary).find(text).map((m) => m.termId);
    expect(found).toEqual(expect.arrayContaining(['rsa', 'trimestre', 'demarche', 'caf', 'msa', 'piece-justificative', 'ressources']));
  });
});
