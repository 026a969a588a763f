import type { Breakdown, Cell, StatTable } from '../../core/session/statistics-disclosure';
import type { Translator } from '../../lib/i18n';
import { breakdownHeading, breakdownKeyLabel, monthLabel, shortMonthLabel } from './labels';
import { procedureTitle } from './pack-titles';

/**
 * The statistics page's tables and chart (W3). Props in, JSX out: every cell they get went
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

/** Bars for the months whose total is shown (5 or more); the list under it says the same in words. */
export function MonthChart({ table, i18n }: { table: StatTable; i18n: Translator }) {
  const { t } = i18n;
  const months = table.cols.map((month, j) => ({ month, cell: table.colTotals[j]! }));
  const shown = months.filter((m): m is { month: string; cell: Extract<Cell, { kind: 'shown' }> } => m.cell.kind === 'shown');
  const words = (
    <ul class="stats__chart-words">
      {months.map(({ month, cell }) => (
        <li key={month}>
          {cell.kind === 'shown'
            ? t('statistics.chart.bar', { month: monthLabel(month, i18n.lang), n: String(cell.value) })
            : cell.kind === 'under-5'
              ? t('statistics.chart.barUnder5', { month: monthLabel(month, i18n.lang) })
              : t('statistics.chart.barHidden', { month: monthLabel(month, i18n.lang) })}
        </li>
      ))}
    </ul>
  );
  if (shown.length === 0) {
    return (
      <>
        <p>{t('statistics.chart.none')}</p>
        {words}
      </>
    );
  }
  const max = Math.max(...shown.map((m) => m.cell.value));
  const barWidth = 56;
  const gap = 24;
  const height = 200;
  const top = 28;
  const bottom = 32;
  const width = shown.length * (barWidth + gap) + gap;
  return (
    <figure class="stats__chart">
      <svg
        role="img"
        aria-label={t('statistics.chart.alt')}
        viewBox={`0 0 ${width} ${height + top + bottom}`}
        width={Math.min(width, 820)}
        preserveAspectRatio="xMinYMin meet"
        direction="ltr"
      >
        <line x1={0} y1={top + height} x2={width} y2={top + height} class="stats__axis" />
        {shown.map(({ month, cell }, k) => {
          const h = Math.max(2, Math.round((cell.value / max) * height));
          const x = gap + k * (barWidth + gap);
          return (
            <g key={month} aria-hidden="true">
              <rect x={x} y={top + height - h} width={barWidth} height={h} rx={4} class="stats__bar" />
              <text x={x + barWidth / 2} y={top + height - h - 8} text-anchor="middle" class="stats__bar-value">
                {cell.value}
              </text>
              <text x={x + barWidth / 2} y={top + height + 22} text-anchor="middle" class="stats__bar-label">
                {shortMonthLabel(month, i18n.lang)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>{words}</figcaption>
    </figure>
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
