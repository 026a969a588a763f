import { describe, expect, it } from 'vitest';
import { isDocumentLink, isRememberMeLabel } from './reminders';

describe('isRememberMeLabel', () => {
  it.each([
    'Se souvenir de moi', 'SE SOUVENIR DE MOI', 'Rester connecté', 'Restez connecté(e)', 'Rester connecté sur cet appareil',
    'Mémoriser mon identifiant', 'Mémoriser cet appareil', 'Enregistrer mes identifiants', 'Garder ma session ouverte',
    'Faire confiance à cet appareil', 'Ne plus demander le code sur cet appareil', 'Connexion automatique',
    'Remember me', 'Keep me signed in', 'Stay logged in', 'Remember this device', 'Trust this browser',
  ])('%s', (label) => expect(isRememberMeLabel(label)).toBe(true));
  it.each([
    'Afficher le mot de passe', "J'accepte les conditions générales", 'Je certifie sur l\'honneur', 'Recevoir la lettre',
    'Souvenirs de vacances', 'Vous n\'avez aucun revenu ce mois-ci', 'Save this information for next time', '',
  ])('not: %s', (label) => expect(isRememberMeLabel(label)).toBe(false));
});

describe('isDocumentLink', () => {
  it.each([
    ['/compte/attestation-droits.pdf', false],
    ['https://www.caf.fr/doc/Attestation.PDF?x=1#p', false],
    ['/releve.docx', false],
    ['/export.csv', false],
    ['/telecharger', true],
    ['blob:https://www.impots.gouv.fr/123', true],
  ])('%s (download=%s)', (href, download) => expect(isDocumentLink(href, download)).toBe(true));
  it.each(['/compte', '/pdf/aide', 'https://www.ameli.fr/', '/page.html', '#haut', '/fichier.pdf.html'])('not %s', (href) => {
    expect(isDocumentLink(href, false)).toBe(false);
  });
});
