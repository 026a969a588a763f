import type { Breakdown, Cell, StatTable } from '../../core/session/statistics-disclosure';
import type { Translator } from '../../lib/i18n';
import { breakdownHeading, breakdownKeyLabel, monthLabel } from './labels';
import { procedureTitle } from './pack-titles';

/**
 * The statistics page's tables (W3; the chart is statistics-chart.tsx). Props in, JSX out: every cell they get went
 * through the small-number hiding already (core/session/statistics-disclosure.ts).
 */

interface TableProps {
  table: StatTable;
  i18n: Translator;
  titles: Record<string, string> | undefined;
  cellText: (cell: Cell) => string;
}

export function MonthTable({ table, i18n, titles, cellText }: TableProps) {
  const { t } = i18n;
  const kind = (cell: Cell) => `stats__cell stats__cell--${cell.kind}`;
  return (
    // A wide table scrolls on its own; the region can take the focus to scroll with the keyboard.
    <div class="stats__scroll" role="region" aria-labelledby="stats-table-caption" tabIndex={0}>
      <table class="stats__table">
        <caption id="stats-table-caption">{t('statistics.table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('statistics.table.procedure')}</th>
            {table.cols.map((month) => (
              <th key={month} scope="col">
                {monthLabel(month, i18n.lang)}
              </th>
            ))}
            <th scope="col">{t('statistics.total')}</th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((id, i) => (
            <tr key={id}>
              <th scope="row">{procedureTitle(id, titles)}</th>
              {table.cells[i]!.map((cell, j) => (
                <td key={table.cols[j]} class={kind(cell)}>
                  {cellText(cell)}
                </td>
              ))}
              <td class={`${kind(table.rowTotals[i]!)} stats__cell--total`}>{cellText(table.rowTotals[i]!)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('statistics.total')}</th>
            {table.colTotals.map((cell, j) => (
              <td key={table.cols[j]} class={`${kind(cell)} stats__cell--total`}>
                {cellText(cell)}
              </td>
            ))}
            <td class={`${kind(table.total)} stats__cell--total`}>{cellText(table.total)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

export function BreakdownTable({ breakdown: b, i18n, cellText }: { breakdown: Breakdown; i18n: Translator; cellText: (cell: Cell) => string }) {
  const { t } = i18n;
  return (
    <table class="stats__table stats__table--small">
      <caption>{breakdownHeading(i18n, b.dim)}</caption>
      <thead>
        <tr>
          <td />
          <th scope="col">{t('statistics.breakdown.count')}</th>
        </tr>
      </thead>
      <tbody>
        {b.keys.map((key, j) => (
          <tr key={key}>
            <th scope="row">{breakdownKeyLabel(i18n, b.dim, key)}</th>
            <td class={`stats__cell stats__cell--${b.cells[j]!.kind}`}>{cellText(b.cells[j]!)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('statistics.total')}</th>
          <td class={`stats__cell stats__cell--${b.total.kind} stats__cell--total`}>{cellText(b.total)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
