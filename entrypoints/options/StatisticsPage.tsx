import { useEffect, useRef } from 'preact/hooks';
import type { Cell } from '../../core/session/statistics-disclosure';
import type { Translator } from '../../lib/i18n';
import { useStore } from '../../overlay/store';
import type { StatisticsPageStore } from './page-store';
import { BreakdownTable, MonthTable } from './statistics-tables';
import { MonthChart } from './statistics-chart';

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
