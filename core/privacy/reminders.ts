import * as z from 'zod/mini';
import { fold } from './classifier';
import type { Sensitivity } from './sensitivity';

/**
 * C2 reminders, one kind per behaviour. Each kind can be silenced for the session
 * ("Ne plus afficher pendant cette session"), so the kind is part of the message contract.
 */
export const ReminderKind = z.enum(['secret', 'identifier', 'shared-computer', 'document']);
export type ReminderKind = z.infer<typeof ReminderKind>;

/** Who sits at the screen: the person alone, or with a worker beside them (issue 5 sets it). */
export type AccompanimentMode = 'alone' | 'accompanied';

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
