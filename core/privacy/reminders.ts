import * as z from 'zod/mini';
import { fold } from './classifier';
import type { Sensitivity } from './sensitivity';

/**
 * C2 reminders, one kind per behaviour. Each kind can be silenced for the session
 * ("Ne plus afficher pendant cette session"), so the kind is part of the message contract.
 */
export const ReminderKind = z.enum(['secret', 'identifier', 'shared-computer', 'document']);
export type ReminderKind = z.infer<typeof ReminderKind>;

/**
 * Who types now, as the person's page knows it: 'person' or 'worker' while an accompanied
 * session is in its accompanied phase, null when the person is alone (or the session has
 * not been agreed yet).
 */
export type TypistNow = 'person' | 'worker' | null;

/** What a reminder is about: one per situation a behaviour recognises (overlay/features/*-reminder.tsx). */
export type ReminderTopic =
  | { kind: 'secret'; secret: 'password' | 'one-time-code' }
  | { kind: 'identifier' }
  | { kind: 'shared-computer'; what: 'remember-me' | 'save-password' }
  | { kind: 'document'; what: 'upload' | 'download-before' | 'download-after' };

/** Every topic, for the tests that walk what a person can read. */
export const REMINDER_TOPICS: readonly ReminderTopic[] = [
  { kind: 'secret', secret: 'password' },
  { kind: 'secret', secret: 'one-time-code' },
  { kind: 'identifier' },
  { kind: 'shared-computer', what: 'remember-me' },
  { kind: 'shared-computer', what: 'save-password' },
  { kind: 'document', what: 'upload' },
  { kind: 'document', what: 'download-before' },
  { kind: 'document', what: 'download-after' },
];

const DOCUMENT_KEYS = { upload: 'privacy.reminder.upload', 'download-before': 'privacy.reminder.download.before', 'download-after': 'privacy.reminder.download.after' } as const;

/**
 * The locale keys of the lines the person reads for a topic, derived from who types so
 * that the bubble never contradicts the session's "Qui tape ?" badge. Every line speaks to
 * the person ("vous"); lines for the worker live in the side panel only
 * (core/privacy/worker-reminders.ts). A secret field always goes with the person typing:
 * its focus moves the keyboard to the person (core/session/accompanied.ts).
 */
export function reminderKeys(topic: ReminderTopic, typist: TypistNow): readonly string[] {
  switch (topic.kind) {
    case 'secret':
      // Beside a worker, the person may ask them to look away: said to the person, never to the worker.
      return typist === null ? ['privacy.reminder.secret'] : ['privacy.reminder.secret', 'privacy.reminder.secret.askLookAway'];
    case 'identifier':
      // The worker types the number: the person shows the paper instead of reading it aloud.
      return typist === 'worker' ? ['privacy.reminder.identifier.helperTypes', 'privacy.reminder.identifier'] : ['privacy.reminder.identifier'];
    case 'shared-computer':
      return [topic.what === 'remember-me' ? 'privacy.reminder.shared' : 'privacy.reminder.password.save'];
    case 'document':
      return [DOCUMENT_KEYS[topic.what]];
  }
}

/** Numbers that identify the person or their money: never written down, never read aloud. */
export const IDENTIFIER_SENSITIVITIES: readonly Sensitivity[] = [
  'social-security-number', 'tax-number', 'foreigner-number', 'identity-document', 'bank',
];

const REMEMBER_ME =
  /\b(se souvenir de moi|souvenir de moi|rappeler de moi|rest(er|ez) connecte( e)?s?|garder (ma session|ma connexion|la session) ouverte|me garder connecte|maintenir (ma )?connexion|connexion automatique|memoriser (mon|mes|cet|ce) \w+|enregistrer (mon identifiant|mes identifiants|mes informations de connexion)|faire confiance a cet (appareil|ordinateur)|ne plus demander (le code )?sur cet (appareil|ordinateur)|remember (me|my \w+|this (device|computer|browser))|keep me (signed|logged) in|stay (signed|logged) in|trust this (device|browser|computer))\b/;

/** A "se souvenir de moi" / "rester connecté" checkbox, from its label (never its state). */
export function isRememberMeLabel(label: string): boolean {
  return REMEMBER_ME.test(fold(label));
}

const DOCUMENT_PATH = /\.(pdf|docx?|odt|xlsx?|ods|csv|rtf|zip)$/i;

/**
 * A link that downloads a document: it has a `download` attribute or its path ends in a
 * document extension. (A `Content-Disposition: attachment` answer cannot be seen before.)
 */
export function isDocumentLink(href: string, hasDownloadAttribute: boolean): boolean {
  if (hasDownloadAttribute) return true;
  const path = href.split(/[?#]/)[0] ?? '';
  return DOCUMENT_PATH.test(path);
}
