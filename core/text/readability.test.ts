import { describe, expect, it } from 'vitest';
import { readabilityOf, sentencesOf, syllablesOf, wordsOf } from './readability';

describe('French syllables (heuristic)', () => {
  it.each([
    ['maison', 2],
    ['chapeau', 2],
    ['oiseau', 2],
    ['ressources', 2],
    ['allocation', 4],
    ['solidarité', 5],
    ['active', 2],
    ['famille', 2],
    ['année', 2],
    ['vie', 1],
    ['le', 1],
    ['des', 1],
    ['quatre', 1],
    ['question', 2],
    ['guide', 1],
    ['payer', 2],
    ['premier', 2],
    ['aide', 1],
    ['feuille', 1],
    ['travail', 2],
    ['bouillon', 2],
    ['déclaration', 4],
    ['2025', 1],
  ])('%s → %i', (word, count) => expect(syllablesOf(word)).toBe(count));
});

describe('sentences and words', () => {
  it('cuts after . ! ? when a capital follows, and at line breaks', () => {
    expect(sentencesOf('Bonjour. Vous êtes sur le site ! Que voulez-vous faire ?\nDéclarer')).toEqual([
      'Bonjour.',
      'Vous êtes sur le site !',
      'Que voulez-vous faire ?',
      'Déclarer',
    ]);
  });

  it('does not cut after an abbreviation followed by a small letter, nor inside a number', () => {
    expect(sentencesOf('Par ex. votre loyer de 1.5 mois. Fin.')).toEqual(['Par ex. votre loyer de 1.5 mois.', 'Fin.']);
  });

  it('splits elisions and keeps hyphenated words', () => {
    expect(wordsOf("C'est-à-dire l'aide du porte-monnaie")).toEqual(['C', 'est-à-dire', 'l', 'aide', 'du', 'porte-monnaie']);
  });
});

describe('LIX and Kandel & Moles', () => {
  it('scores a plain sentence as very easy', () => {
    const r = readabilityOf('Le RSA est une aide en argent.');
    expect(r).toMatchObject({ sentences: 1, words: 7, longWords: 0, syllables: 8, lix: 7 });
    // 207 − 1.015 × 7 − 73.6 × 8/7
    expect(r.kandelMoles).toBeCloseTo(115.8, 1);
  });

  it('scores real administrative prose as hard', () => {
    const prose =
      "Les conditions à remplir pour bénéficier de l'allocation dépendent de la composition du foyer, " +
      "de la nature des ressources perçues au cours de la période de référence et de la situation " +
      'professionnelle du demandeur, appréciée à la date du dépôt de la demande.';
    const r = readabilityOf(prose);
    expect(r.sentences).toBe(1);
    expect(r.lix).toBeGreaterThan(50);
    expect(r.kandelMoles).toBeLessThan(50); // Flesch-like scale: below 50 is difficult
  });

  it('ranks a rewritten text easier than the original', () => {
    const before = readabilityOf("Il est nécessaire d'actualiser trimestriellement la situation auprès de l'organisme débiteur des prestations.");
    const after = readabilityOf('Tous les 3 mois, vous dites à la CAF combien vous avez gagné.');
    expect(after.lix).toBeLessThan(before.lix);
    expect(after.kandelMoles).toBeGreaterThan(before.kandelMoles);
  });

  it('gives zeros for a text without words', () => expect(readabilityOf(' … ').words).toBe(0));
});
