import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

const texts = (input: string, max?: number) => splitSentences(input, max).map((s) => s.text);

describe('splitSentences', () => {
  it('splits on . ! ? and keeps the punctuation', () => {
    expect(texts('Entrez votre numéro. Cliquez sur Valider ! Tout va bien ?')).toEqual([
      'Entrez votre numéro.',
      'Cliquez sur Valider !',
      'Tout va bien ?',
    ]);
  });

  it('keeps titles and common abbreviations inside the sentence', () => {
    expect(texts('M. Dupont et Mme Martin sont là. Voyez p. ex. la page 3. Lisez le n° 12. Fin.')).toEqual([
      'M. Dupont et Mme Martin sont là.',
      'Voyez p. ex. la page 3.',
      'Lisez le n° 12.',
      'Fin.',
    ]);
    expect(texts('Cf. Art. 4 du code. Mlle Durand, Dr. Petit et Me. Roux. Voir c.-à-d. Ceci.')).toEqual([
      'Cf. Art. 4 du code.',
      'Mlle Durand, Dr. Petit et Me. Roux.',
      'Voir c.-à-d. Ceci.',
    ]);
  });

  it('ends a sentence after "etc." when a capital follows, not otherwise', () => {
    expect(texts('Préparez vos papiers, vos factures, etc. Ensuite, connectez-vous.')).toEqual([
      'Préparez vos papiers, vos factures, etc.',
      'Ensuite, connectez-vous.',
    ]);
    expect(texts('Les factures, etc. et les avis.')).toEqual(['Les factures, etc. et les avis.']);
  });

  it('keeps initials, decimals, amounts and web addresses whole', () => {
    expect(texts('Écrivez J. Dupont. Le taux est de 1.5 % ou 2,5 %. Allez sur www.caf.fr. Le montant est 1.234,56 €.')).toEqual([
      'Écrivez J. Dupont.',
      'Le taux est de 1.5 % ou 2,5 %.',
      'Allez sur www.caf.fr.',
      'Le montant est 1.234,56 €.',
    ]);
  });

  it('treats ellipses and runs like "?!" as one end', () => {
    expect(texts('Attendez… Le site charge. Quoi ?! Encore... Non.')).toEqual(['Attendez…', 'Le site charge.', 'Quoi ?!', 'Encore...', 'Non.']);
    expect(texts('Il hésite… puis il valide.')).toEqual(['Il hésite… puis il valide.']);
  });

  it('keeps closing quotes « » with their sentence and does not split "? » dit-il"', () => {
    expect(texts('Le site dit « Votre dossier est complet. » Vous pouvez fermer.')).toEqual([
      'Le site dit « Votre dossier est complet. »',
      'Vous pouvez fermer.',
    ]);
    expect(texts('« Êtes-vous sûr ? » demande le site. Répondez oui.')).toEqual(['« Êtes-vous sûr ? » demande le site.', 'Répondez oui.']);
  });

  it('makes each line and list item a sentence, without its marker', () => {
    expect(texts('Préparez :\n- votre avis d’impôt\n- votre RIB\n1. Connectez-vous\n2) Déclarez')).toEqual([
      'Préparez :',
      'votre avis d’impôt',
      'votre RIB',
      'Connectez-vous',
      'Déclarez',
    ]);
  });

  it('gives offsets into the original text (for the highlight)', () => {
    const input = '  Bonjour.  Voici le site !\n- un point';
    for (const s of splitSentences(input)) expect(input.slice(s.start, s.end)).toContain(s.text);
    expect(splitSentences(input).map((s) => input.slice(s.start, s.end))).toEqual(['Bonjour.', 'Voici le site !', '- un point']);
  });

  it('cuts very long sentences after a comma, else at a space (Chrome stops long utterances)', () => {
    const long = 'Vous trouvez ce numéro en haut de votre avis, dans le cadre « Vos références », à côté de votre nom et de votre adresse, sur la première page du document que vous avez reçu.';
    const parts = splitSentences(long, 80);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(p.text.length).toBeLessThanOrEqual(80);
    expect(parts.map((p) => p.text).join(' ')).toBe(long);
    expect(parts[0]!.text.endsWith(',')).toBe(true);
    const words = 'mot '.repeat(60).trim();
    expect(splitSentences(words, 50).every((p) => p.text.length <= 50 && !p.text.startsWith(' '))).toBe(true);
    for (const p of parts) expect(long.slice(p.start, p.end)).toBe(p.text);
  });

  it('returns nothing for empty or punctuation-only text', () => {
    expect(texts('')).toEqual([]);
    expect(texts('  \n … \n')).toEqual([]);
  });

  it('keeps a text without final punctuation', () => {
    expect(texts('Numéro fiscal')).toEqual(['Numéro fiscal']);
  });
});
