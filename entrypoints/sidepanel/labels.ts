import type { DurationBucket, SessionCategory } from '../../core/session/accompanied';
import type { Sensitivity } from '../../core/privacy/sensitivity';
import type { Translator } from '../../lib/i18n';

/** The ten Aidants Connect categories, in the order the worker sees them. */
export const CATEGORIES: readonly SessionCategory[] = ['papiers', 'famille', 'social', 'travail', 'logement', 'transports', 'argent', 'justice', 'etranger', 'loisirs'];

// Keys are written out (not built) so the "keys used exist" test sees each of them.
export function categoryLabel({ t }: Translator, category: SessionCategory): string {
  const labels: Record<SessionCategory, string> = {
    papiers: t('sidepanel.category.papiers'),
    famille: t('sidepanel.category.famille'),
    social: t('sidepanel.category.social'),
    travail: t('sidepanel.category.travail'),
    logement: t('sidepanel.category.logement'),
    transports: t('sidepanel.category.transports'),
    argent: t('sidepanel.category.argent'),
    justice: t('sidepanel.category.justice'),
    etranger: t('sidepanel.category.etranger'),
    loisirs: t('sidepanel.category.loisirs'),
  };
  return labels[category];
}

/** What a field asks for, in plain words for the worker ("numéro de sécurité sociale"). */
export function sensitivityLabel({ t }: Translator, sensitivity: Sensitivity): string {
  const labels: Record<Sensitivity, string> = {
    none: t('sidepanel.kind.none'),
    password: t('sidepanel.kind.password'),
    'one-time-code': t('sidepanel.kind.oneTimeCode'),
    'social-security-number': t('sidepanel.kind.socialSecurity'),
    'tax-number': t('sidepanel.kind.taxNumber'),
    bank: t('sidepanel.kind.bank'),
    'identity-document': t('sidepanel.kind.identityDocument'),
    'foreigner-number': t('sidepanel.kind.foreignerNumber'),
    health: t('sidepanel.kind.health'),
    income: t('sidepanel.kind.income'),
    identity: t('sidepanel.kind.identity'),
    contact: t('sidepanel.kind.contact'),
  };
  return labels[sensitivity];
}

export function durationLabel({ t }: Translator, bucket: DurationBucket): string {
  const labels: Record<DurationBucket, string> = {
    'under-15-min': t('sidepanel.duration.under15'),
    '15-30-min': t('sidepanel.duration.15to30'),
    '30-60-min': t('sidepanel.duration.30to60'),
    'over-60-min': t('sidepanel.duration.over60'),
  };
  return labels[bucket];
}

/** The session timer: "04:07" under an hour, "1 h 05" from an hour on. */
export function formatElapsed(ms: number): string {
  const seconds = Math.floor(Math.max(0, ms) / 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  if (seconds < 3600) return `${pad(Math.floor(seconds / 60))}:${pad(seconds % 60)}`;
  return `${Math.floor(seconds / 3600)} h ${pad(Math.floor((seconds % 3600) / 60))}`;
}
