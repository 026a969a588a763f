import { describe, expect, it } from 'vitest';
import { checkHelpEntry, checkText, checkTitle } from './falc';
import { createGlossaryMatcher } from './glossary-match';

const glossary = createGlossaryMatcher([
  { id: 'caf', term: 'CAF', aliases: ["caisse d'allocations familiales"] },
  { id: 'rsa', term: 'RSA', aliases: ['revenu de solidarité active'] },
  { id: 'numero-allocataire', term: 'Numéro allocataire', aliases: ['n° allocataire'] },
  { id: 'declaration-trimestrielle', term: 'Déclaration trimestrielle de ressources', aliases: ['déclaration trimestrielle'] },
]);
const rules = (text: string) => checkText(text, { glossary }).map((f) => `${f.rule}:${f.level}`);
const has = (text: string, rule: string, level?: string) => rules(text).some((r) => r === `${rule}:${level ?? r.split(':')[1]}` && r.startsWith(rule));

describe('F01 short sentences', () => {
  it('passes a sentence of 15 words or less', () => expect(has('Vous devez déclarer vos revenus tous les 3 mois sur le site de la CAF.', 'F01')).toBe(false));
  it('warns above 15 words', () => expect(has('Vous devez déclarer vos revenus tous les 3 mois sur le site internet de votre caisse locale sans attendre.', 'F01', 'warn')).toBe(true));
  it('fails above 20 words', () => {
    const long = 'Pour obtenir le RSA il est nécessaire de faire une première demande puis de mettre à jour la situation de votre foyer tous les trimestres.';
    expect(has(long, 'F01', 'error')).toBe(true);
  });
  it('counts each sentence on its own', () => expect(has('Vous avez 3 mois. Ensuite la CAF regarde votre dossier. Elle vous écrit.', 'F01')).toBe(false));
});

describe('F03 acronyms and abbreviations', () => {
  it('fails an unexplained acronym', () => {
    const findings = checkText('Demandez la PCH au département.', { glossary });
    expect(findings).toContainEqual(expect.objectContaining({ rule: 'F03', level: 'error', excerpt: expect.stringContaining('PCH') }));
  });
  it('accepts an acronym explained at first use, then used alone', () => {
    expect(has('La PCH (prestation de compensation du handicap) aide à payer. La PCH se demande au département.', 'F03')).toBe(false);
    expect(has('La prestation de compensation du handicap (PCH) aide à payer.', 'F03')).toBe(false);
    expect(has("Demandez la PCH, c'est-à-dire une aide pour le handicap.", 'F03')).toBe(false);
  });
  it('accepts an acronym that is a glossary term (the glossary explains it on the page)', () => {
    expect(has('La CAF verse le RSA.', 'F03')).toBe(false);
  });
  it('accepts the short allow-list (SMS, PDF)', () => expect(has('Vous recevez un code par SMS. Gardez le PDF.', 'F03')).toBe(false));
  it('fails cf., etc., ex. and n° outside a glossary term', () => {
    const findings = checkText('Voir cf. page 2, les papiers etc. Par ex. le n° du dossier.', { glossary }).filter((f) => f.rule === 'F03');
    expect(findings.map((f) => f.message.match(/« (.+?) »/)?.[1])).toEqual(['cf.', 'etc.', 'ex.', 'n°']);
  });
  it('accepts n° inside a glossary term', () => expect(has('Tapez votre n° allocataire.', 'F03')).toBe(false));
  it('reports a shouted word as capitals (F18), not as an acronym', () => {
    expect(rules('ATTENTION : vérifiez votre adresse.')).toEqual(expect.arrayContaining(['F18:warn']));
    expect(has('ATTENTION : vérifiez votre adresse.', 'F03')).toBe(false);
  });
  it('reports roman numerals (F15)', () => expect(rules('Lisez le chapitre III.')).toContain('F15:info'));
});

describe('the other checks', () => {
  it.each([
    ['F02', "Vous recevez l'aide que la CAF verse lorsque vous travaillez."],
    ['F04', 'Les conditions sont particulièrement compliquées.'],
    ['F05', "L'allocation est une aide. Cette prestation est versée chaque mois."],
    ['F06', 'Entrez votre login et votre password.'],
    ['F06', 'Envoyez un mail.'],
    ['F07', 'Un coup de pouce pour payer le loyer.'],
    ['F08', 'Vous ne pouvez pas non plus la demander.'],
    ['F09', "L'aide est versée par la CAF chaque mois."],
    ['F10', 'Le RSA est une aide. La CAF le verse chaque mois.'],
    ['F11', 'Vous pourriez recevoir une aide.'],
    ['F11', 'Il faut que vous soyez inscrit.'],
    ['F12', 'Vous avez trois mois.'],
    ['F13', 'Le montant baisse de 10 %.'],
    ['F13', 'Un plafond de 12 500 euros.'],
    ['F13', 'Un plafond de 12500 €.'],
    ['F14', 'Avant le 05/06/2025.'],
    ['F16', 'Envoyez le document et/ou la photo.'],
    ['F16', 'Le ou la bénéficiaire(s).'],
    ['F17', 'Vous payez ; la CAF rembourse.'],
    ['F17', 'Le loyer (sans les charges ni les frais de garage) compte.'],
    ['F22', 'Préparez le bail, la facture, le relevé, la carte et le RIB.'],
    ['F23', 'Il faut envoyer le papier.'],
  ])('%s: %s', (rule, text) => expect(rules(text).some((r) => r.startsWith(`${rule}:`))).toBe(true));

  it('leaves a plain text alone', () => {
    const plain = 'Vous devez déclarer vos revenus tous les 3 mois. Sinon, la CAF arrête de payer le RSA.';
    expect(checkText(plain, { glossary })).toEqual([]);
  });

  it('does not flag web addresses as special characters', () => expect(has('Allez sur caf.fr/espace ou https://www.caf.fr/aides.', 'F16')).toBe(false));

  it('checks titles and help entries (F21, F24, F25)', () => {
    expect(checkTitle('Déclarer vos ressources')).toEqual([]);
    expect(checkTitle('Comment faire pour déclarer vos ressources sur le site de la CAF')[0]?.rule).toBe('F21');
    expect(checkHelpEntry({ hasExample: false, hasIcon: false, name: 'NIR' }).map((f) => f.rule)).toEqual(['F24', 'F25']);
  });

  it('writes every message in French and gives an excerpt', () => {
    for (const f of checkText('Le ATTENTION etc. trois 10 % ; (a b c d e f g)', { glossary })) {
      expect(f.message.length).toBeGreaterThan(10);
      expect(f.excerpt.length).toBeGreaterThan(0);
    }
  });
});

describe('F06 and e-mail', () => {
  it('accepts « e-mail », a word of French dictionaries', () => expect(checkText('Votre adresse e-mail.').some((f) => f.rule === 'F06')).toBe(false));
});

describe('F10 speaking to the person', () => {
  it('counts an instruction in the imperative as speaking to the person', () => {
    expect(checkText('Les traces restent. Fermez le navigateur à la fin.').some((f) => f.rule === 'F10')).toBe(false);
    expect(checkText('Les traces restent. Le navigateur reste ouvert.').some((f) => f.rule === 'F10')).toBe(true);
  });
});

describe('F13 big numbers are quantities, not codes', () => {
  it.each(['Votre numéro : 2 85 05 75 123 456 99.', 'Code postal 34000.', 'Appelez le 3646 ou le 33700.', 'Le code 482913.'])('accepts %s', (text) =>
    expect(checkText(text).some((f) => f.rule === 'F13')).toBe(false),
  );
  it('accepts addresses with a scheme', () => expect(checkText('Ouvrez chrome://extensions/shortcuts.').some((f) => f.rule === 'F16')).toBe(false));
});
