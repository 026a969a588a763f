import { describe, expect, it } from 'vitest';
import type { Sensitivity } from '../privacy/sensitivity';
import { isPageControl, seenFields } from './seen-fields';

const field = (label: string, sensitivity: Sensitivity = 'none') => ({ key: `#${label.length}`, label, sensitivity, hint: null });

describe('seenFields: data fields, not the page’s controls', () => {
  it('leaves out show/hide switches of the password (DSFR checkbox, English, a bare "Afficher")', () => {
    for (const label of ['Afficher le mot de passe', 'Masquer le mot de passe', 'Afficher', 'Voir le code secret', 'Show password', 'Afficher les caractères']) {
      expect([label, isPageControl(field(label))]).toEqual([label, true]);
    }
  });

  it('keeps every field that asks for something, the password itself and choices included', () => {
    const kept = ['Mot de passe', 'Numéro de sécurité sociale', 'Confirmez votre mot de passe', 'Code reçu par SMS', 'Afficher mon adresse sur le courrier', 'Je certifie sur l’honneur', 'Date de naissance', ''];
    for (const label of kept) expect([label, isPageControl(field(label))]).toEqual([label, false]);
  });

  it('a field the classifier found sensitive is data whatever its name', () => {
    expect(isPageControl(field('Afficher le mot de passe', 'password'))).toBe(false);
  });

  it('keeps the page order', () => {
    const fields = [field('Identifiant', 'identity'), field('Mot de passe', 'password'), field('Afficher le mot de passe'), field('Se souvenir de moi')];
    expect(seenFields(fields).map((f) => f.label)).toEqual(['Identifiant', 'Mot de passe', 'Se souvenir de moi']);
  });
});
