import type { Cell, StatTable } from '../../core/session/statistics-disclosure';
import type { Translator } from '../../lib/i18n';
import { monthLabel, shortMonthLabel } from './labels';

/** The statistics page's chart (W3): bars for the months shown, said again in words under it. */

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
