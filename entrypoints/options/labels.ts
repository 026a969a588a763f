import type { BreakdownDimension } from '../../core/session/statistics-disclosure';
import type { Translator } from '../../lib/i18n';

/** "novembre 2026" from "2026-11" (the month's name in the page's language; core knows none). */
export function monthLabel(month: string, lang: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(year, m - 1, 1));
}

/** Short month for the chart's axis ("nov. 26"). */
export function shortMonthLabel(month: string, lang: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { month: 'short', year: '2-digit', timeZone: 'UTC' }).format(Date.UTC(year, m - 1, 1));
}

const HEADINGS: Record<BreakdownDimension, string> = {
  duration: 'statistics.breakdown.duration',
  completed: 'statistics.breakdown.completed',
  level: 'statistics.breakdown.level',
};

export const breakdownHeading = ({ t }: Translator, dim: BreakdownDimension) => t(HEADINGS[dim]);
export const breakdownKeyLabel = ({ t }: Translator, dim: BreakdownDimension, key: string) => t(`statistics.${dim}.${key}`);
