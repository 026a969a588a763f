import { useEffect, useRef } from 'preact/hooks';
import type { Breakdown, Cell, StatTable } from '../../core/session/statistics-disclosure';
import type { Translator } from '../../lib/i18n';
import { useStore } from '../../overlay/store';
import type { StatisticsPageStore } from './page-store';
import { breakdownHeading, breakdownKeyLabel, monthLabel, shortMonthLabel } from './labels';
import { procedureTitle } from './pack-titles';

export interface StatisticsPageProps {
  i18n: Translator;
  /** The page's state and actions (page-store.ts). */
  store: StatisticsPageStore;
  /** Procedure id → title (defaults to the bundled packs' titles). */
  titles?: Record<string, string>;
}

/** Acts on real clicks and keys only (our UI never acts on synthetic events). */
const trusted = (action: () => void) => (event: Event) => {
  if (event.isTrusted) action();
};

/**
 * W3, the options page: what the statistics count (only counters, on this computer), the
 * procedure × month table, a bar chart of the months, the breakdowns, CSV export and
 * erasing. Every number shown went through the suppression of
 * core/session/statistics-disclosure.ts: nothing under 5, nothing that a sum gives back.
 */
export function StatisticsPage({ i18n, store, titles }: StatisticsPageProps) {
  const { t } = i18n;
  const { stats, exported, confirming, cleared } = useStore(store.state);
  const view = store.view();
  const empty = store.empty();
  const question = useRef<HTMLParagraphElement>(null);
  const clearButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) question.current?.focus();
  }, [confirming]);

  const cellText = (cell: Cell) => (cell.kind === 'shown' ? String(cell.value) : cell.kind === 'under-5' ? t('statistics.cell.under5') : t('statistics.cell.masked'));

  return (
    <main class="stats" aria-labelledby="stats-title">
      <h1 id="stats-title" class="stats__title">
        {t('statistics.title')}
      </h1>
      <ul class="stats__intro">
        <li>{t('statistics.intro.counters')}</li>
        <li>{t('statistics.intro.local')}</li>
        <li>{t('statistics.intro.nobody')}</li>
        <li>{t('statistics.intro.small')}</li>
      </ul>

      {stats === null ? <p>{t('statistics.loading')}</p> : null}
      {empty ? <p class="stats__empty">{t('statistics.empty')}</p> : null}
      {cleared ? (
        <p class="stats__status" role="status">
          {t('statistics.clear.done')}
        </p>
      ) : null}

      {view ? (
        <>
          <p class="stats__sessions">
            {view.table.total.kind === 'shown'
              ? t('statistics.sessions', { n: String(view.table.total.value) })
              : t('statistics.sessionsHidden')}
          </p>
          <section aria-labelledby="stats-table-title">
            <h2 id="stats-table-title">{t('statistics.table.title')}</h2>
            <MonthTable table={view.table} i18n={i18n} titles={titles} cellText={cellText} />
            <ul class="stats__legend">
              <li>{t('statistics.legend.under5')}</li>
              <li>{t('statistics.legend.masked')}</li>
            </ul>
          </section>
          <section aria-labelledby="stats-chart-title">
            <h2 id="stats-chart-title">{t('statistics.chart.title')}</h2>
            <MonthChart table={view.table} i18n={i18n} />
          </section>
          <section aria-labelledby="stats-breakdowns-title">
            <h2 id="stats-breakdowns-title">{t('statistics.breakdown.title')}</h2>
            <div class="stats__breakdowns">
              {view.breakdowns.map((b) => (
                <BreakdownTable key={b.dim} breakdown={b} i18n={i18n} cellText={cellText} />
              ))}
            </div>
          </section>
        </>
      ) : null}

      {stats !== null ? (
        <section aria-labelledby="stats-keep-title" class="stats__keep">
          <h2 id="stats-keep-title">{t('statistics.export.title')}</h2>
          {view ? (
            <>
              <p>{t('statistics.export.help')}</p>
              <button type="button" class="stats__button stats__button--primary" onClick={trusted(store.exportCsv)}>
                {t('statistics.export.button')}
              </button>
              <p class="stats__status" role="status">
                {exported ? t('statistics.export.done') : ''}
              </p>
              {confirming ? (
                <div class="stats__confirm" role="group" aria-labelledby="stats-clear-question">
                  <p id="stats-clear-question" tabIndex={-1} ref={question}>
                    {t('statistics.clear.confirm')}
                  </p>
                  <button
                    type="button"
                    class="stats__button"
                    onClick={trusted(() => {
                      store.cancelClear();
                      queueMicrotask(() => clearButton.current?.focus());
                    })}
                  >
                    {t('statistics.clear.no')}
                  </button>
                  <button type="button" class="stats__button stats__button--danger" onClick={trusted(() => void store.clear())}>
                    {t('statistics.clear.yes')}
                  </button>
                </div>
              ) : (
                <button type="button" class="stats__button stats__button--quiet" ref={clearButton} onClick={trusted(store.askClear)}>
                  {t('statistics.clear.button')}
                </button>
              )}
            </>
          ) : null}
        </section>
      ) : null}
    </main>
  );
}

interface TableProps {
  table: StatTable;
  i18n: Translator;
  titles: Record<string, string> | undefined;
  cellText: (cell: Cell) => string;
}

function MonthTable({ table, i18n, titles, cellText }: TableProps) {
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
function MonthChart({ table, i18n }: { table: StatTable; i18n: Translator }) {
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

function BreakdownTable({ breakdown: b, i18n, cellText }: { breakdown: Breakdown; i18n: Translator; cellText: (cell: Cell) => string }) {
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
