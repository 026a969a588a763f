import { breakdownCsvLines, csvLines, toCsv } from '../../core/session/statistics-csv';
import type { StatisticsView } from '../../core/session/statistics-disclosure';
import type { Translator } from '../../lib/i18n';
import { breakdownHeading, breakdownKeyLabel, monthLabel } from './labels';
import { procedureTitle } from './pack-titles';

export const CSV_FILENAME = 'statistiques-cote-a-cote.csv';

/** The exported file: the procedure × month table, then each breakdown; hidden numbers stay hidden. */
export function statisticsCsv(view: StatisticsView, i18n: Translator, titles?: Record<string, string>): string {
  const { t } = i18n;
  const masked = t('statistics.cell.masked');
  const total = t('statistics.total');
  const table = csvLines(view.table, {
    corner: t('statistics.table.procedure'),
    row: (id) => procedureTitle(id, titles),
    col: (month) => monthLabel(month, i18n.lang),
    total,
    masked,
  });
  const breakdowns = view.breakdowns.map((b) =>
    breakdownCsvLines(b, { heading: breakdownHeading(i18n, b.dim), key: (k) => breakdownKeyLabel(i18n, b.dim, k), count: t('statistics.breakdown.count'), total, masked }),
  );
  return toCsv([table, ...breakdowns]);
}

/** Hands the file to the browser's downloads (Blob + <a download>). */
export function downloadCsv(csv: string, filename: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
