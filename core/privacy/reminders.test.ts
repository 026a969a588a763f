import { describe, expect, it } from 'vitest';
import { isDocumentLink, isRememberMeLabel, REMINDER_TOPICS, reminderKeys } from './reminders';

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

describe('reminderKeys: what the person reads follows who types', () => {
  const typists = [null, 'person', 'worker'] as const;

  it('gives every topic at least one line, whoever types', () => {
    for (const topic of REMINDER_TOPICS) for (const typist of typists) expect([topic, typist, reminderKeys(topic, typist).length > 0]).toEqual([topic, typist, true]);
  });

  it('secret: "À vous de taper."; beside a worker, the person may ask them to look away', () => {
    const password = { kind: 'secret', secret: 'password' } as const;
    expect(reminderKeys(password, null)).toEqual(['privacy.reminder.secret']);
    expect(reminderKeys(password, 'person')).toEqual(['privacy.reminder.secret', 'privacy.reminder.secret.askLookAway']);
    expect(reminderKeys({ kind: 'secret', secret: 'one-time-code' }, 'person')).toEqual(reminderKeys(password, 'person'));
  });

  it('identifier: when the worker types, it says so (and never that the person types); otherwise not on paper, not aloud', () => {
    const identifier = { kind: 'identifier' } as const;
    expect(reminderKeys(identifier, 'worker')).toEqual(['privacy.reminder.identifier.helperTypes', 'privacy.reminder.identifier']);
    expect(reminderKeys(identifier, 'person')).toEqual(['privacy.reminder.identifier']);
    expect(reminderKeys(identifier, null)).toEqual(['privacy.reminder.identifier']);
  });

  it('shared computer and documents do not depend on who types', () => {
    for (const topic of REMINDER_TOPICS.filter((t) => t.kind === 'shared-computer' || t.kind === 'document')) {
      expect(new Set(typists.map((typist) => reminderKeys(topic, typist).join()))).toHaveLength(1);
    }
    expect(reminderKeys({ kind: 'document', what: 'download-after' }, null)).toEqual(['privacy.reminder.download.after']);
    expect(reminderKeys({ kind: 'shared-computer', what: 'remember-me' }, 'worker')).toEqual(['privacy.reminder.shared']);
  });
});
