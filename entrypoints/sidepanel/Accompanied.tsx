import { useEffect, useState } from 'preact/hooks';
import { WORKER_REMINDERS } from '../../core/privacy/worker-reminders';
import type { PageReport } from '../../core/protocol/page-report';
import type { AccompaniedSession, AutonomyLevel } from '../../core/session/accompanied';
import type { PanelGuide, PanelView, WorkerAction } from '../../core/session/panel-view';
import type { Translator } from '../../lib/i18n';
import type { SpeechPlatform } from '../../lib/speech';
import { AutonomyButton } from './autonomy';
import type { PanelEnv } from './env';
import { formatElapsed, sensitivityLabel } from './labels';
import { procedureTitle, ScreenTitle, trusted } from './screens';

export type ReportState = { kind: 'idle' | 'loading' | 'none' | 'error' } | { kind: 'ready'; report: PageReport };
/** The last "Montrer ce champ": which field, and whether the person's page found it. */
export interface ShownState {
  key: string;
  label: string;
  found: boolean;
}

export interface AccompaniedProps {
  i18n: Translator;
  view: PanelView;
  session: AccompaniedSession;
  /** env.clock() when `view` arrived: the timer adds the time since then to `view.now`. */
  receivedAt: number;
  env: PanelEnv;
  shortcut: string | null;
  busy: boolean;
  act: (action: WorkerAction) => void | Promise<void>;
  report: ReportState;
  onRefreshReport: () => void;
  shown: ShownState | null;
  onShowField: (key: string, label: string) => void;
  papers: ReadonlySet<string>;
  onPaper: (paper: string, checked: boolean) => void;
  onAssessed: (level: AutonomyLevel) => void;
  speech?: () => SpeechPlatform | null;
}

/** Accompanied: where the person is, who types, what to prepare and remember, what the extension sees. */
export function AccompaniedScreen(props: AccompaniedProps) {
  const { i18n, view, session, shortcut, busy, act } = props;
  const { t } = i18n;
  const guide = view.guide;
  const portal = view.tab?.portal?.name ?? view.procedures.find((p) => p.portal === session.scope?.portal)?.portalName ?? null;
  return (
    <section class="panel__screen" aria-labelledby="panel-screen-title">
      <ScreenTitle>{procedureTitle(view, session.scope?.packId)}</ScreenTitle>
      <div class="panel__where" data-testid="where">
        <p>{view.tab?.portal ? t('sidepanel.head.portal', { portal: portal ?? '' }) : t('sidepanel.head.noTab')}</p>
        <p data-testid="step">{guide && guide.step !== null ? t('sidepanel.head.step', { step: String(guide.step + 1), total: String(guide.total), title: guide.stepTitle ?? '' }) : t('sidepanel.head.noStep')}</p>
        <Timer i18n={i18n} since={session.startedAt} now={view.now} receivedAt={props.receivedAt} clock={props.env.clock} />
      </div>

      <section class="panel__block panel__token" aria-labelledby="panel-token" data-typist={session.typist}>
        <h3 id="panel-token" class="panel__subheading">
          {t('sidepanel.token.heading')}
        </h3>
        <p class="panel__token-text" data-testid="token">
          <span aria-hidden="true">⌨ </span>
          {session.typist === 'person' ? t('sidepanel.token.person') : t('sidepanel.token.worker')}
        </p>
        <button type="button" class="panel__button panel__button--main" data-testid="switch" disabled={busy || session.secretFocus} onClick={trusted(() => void act({ type: 'switch-typist' }))}>
          {t('sidepanel.token.switch')}
        </button>
        {session.secretFocus && <p class="panel__help">{t('sidepanel.token.secretLocked')}</p>}
        {shortcut && <p class="panel__help">{t('sidepanel.token.shortcut', { shortcut })}</p>}
      </section>

      <section class="panel__block" aria-labelledby="panel-papers">
        <h3 id="panel-papers" class="panel__subheading">
          {t('sidepanel.papers.heading')}
        </h3>
        {guide && guide.papers.length > 0 ? (
          <ul class="panel__checklist">
            {guide.papers.map((paper) => (
              <li key={paper}>
                <label class="panel__check">
                  <input type="checkbox" checked={props.papers.has(paper)} onChange={() => props.onPaper(paper, !props.papers.has(paper))} />
                  <span>{paper}</span>
                </label>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('sidepanel.papers.none')}</p>
        )}
      </section>

      <section class="panel__block" aria-labelledby="panel-reminders">
        <h3 id="panel-reminders" class="panel__subheading">
          {t('sidepanel.reminders.heading')}
        </h3>
        <ul class="panel__list" data-testid="reminders">
          {guide?.confidentiality && <li class="panel__step-note">{guide.confidentiality}</li>}
          {WORKER_REMINDERS.map(({ key }) => <li key={key}>{t(key)}</li>)}
        </ul>
      </section>

      <SeenByExtension i18n={i18n} anchors={guide?.anchors ?? []} report={props.report} onRefresh={props.onRefreshReport} shown={props.shown} onShow={props.onShowField} />

      <section class="panel__block panel__notes" aria-labelledby="panel-notes">
        <h3 id="panel-notes" class="panel__subheading">
          {t('sidepanel.notes.heading')}
        </h3>
        <p>{t('sidepanel.notes.text')}</p>
      </section>

      <AutonomyButton i18n={i18n} level={session.level} onResult={props.onAssessed} {...(props.speech ? { speech: props.speech } : {})} />

      <div class="panel__actions">
        <button type="button" class="panel__button panel__button--end" data-testid="end" disabled={busy} onClick={trusted(() => void act({ type: 'end' }))}>
          {t('sidepanel.end')}
        </button>
      </div>
    </section>
  );
}

/** The session timer, ticking once a second while it is on screen (the only interval of the panel). */
function Timer({ i18n: { t }, since, now, receivedAt, clock }: { i18n: Translator; since: number; now: number; receivedAt: number; clock: () => number }) {
  const [, tick] = useState(0);
  useEffect(() => {
    const id = setInterval(() => tick((n) => n + 1), 1000);
    return () => clearInterval(id);
  }, []);
  const elapsed = now - since + (clock() - receivedAt);
  return (
    <p class="panel__timer">
      {t('sidepanel.timer')} :{' '}
      <span role="timer" data-testid="timer">
        {formatElapsed(elapsed)}
      </span>
    </p>
  );
}

/** "Ce que voit l'extension": the fields of the person's page, their kind, guide help, and guide misses. */
function SeenByExtension({ i18n, anchors, report, onRefresh, shown, onShow }: { i18n: Translator; anchors: PanelGuide['anchors']; report: ReportState; onRefresh: () => void; shown: ShownState | null; onShow: (key: string, label: string) => void }) {
  const { t } = i18n;
  const missed = report.kind === 'ready' ? report.report.steps.filter((s) => s.status === 'missed') : [];
  return (
    <section class="panel__block" aria-labelledby="panel-seen" data-testid="seen">
      <h3 id="panel-seen" class="panel__subheading">
        {t('sidepanel.seen.heading')}
      </h3>
      <button type="button" class="panel__button" data-testid="refresh-report" onClick={trusted(onRefresh)}>
        {t('sidepanel.seen.refresh')}
      </button>
      {report.kind === 'loading' && <p>{t('sidepanel.seen.loading')}</p>}
      {(report.kind === 'none' || report.kind === 'error') && <p>{t('sidepanel.seen.none')}</p>}
      {report.kind === 'ready' && report.report.fields.length === 0 && <p>{t('sidepanel.seen.noFields')}</p>}
      {report.kind === 'ready' && report.report.fields.length > 0 && (
        <ul class="panel__fields" aria-label={t('sidepanel.seen.fields')}>
          {report.report.fields.map((field) => {
            const label = field.label.trim() || t('sidepanel.seen.unnamed');
            return (
              <li key={field.key} class="panel__field" data-sensitivity={field.sensitivity}>
                <p class="panel__field-label">{label}</p>
                <p class="panel__field-meta">{t('sidepanel.seen.kind', { kind: sensitivityLabel(i18n, field.sensitivity) })}</p>
                <p class="panel__field-meta">{field.hint ? t('sidepanel.seen.hint') : t('sidepanel.seen.noHint')}</p>
                <button type="button" class="panel__button panel__button--small" data-testid="show-field" data-key={field.key} aria-label={t('sidepanel.seen.showLabel', { label })} onClick={trusted(() => onShow(field.key, label))}>
                  {t('sidepanel.seen.show')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <p class="panel__feedback" role="status" data-testid="show-feedback">
        {shown ? (shown.found ? t('sidepanel.seen.shown', { label: shown.label }) : t('sidepanel.seen.notFound', { label: shown.label })) : ''}
      </p>
      {missed.length > 0 && (
        <>
          <h4 class="panel__minor">{t('sidepanel.seen.missed')}</h4>
          <ul class="panel__list" data-testid="missed-steps">
            {missed.map((s) => (
              <li key={s.id}>{t('sidepanel.seen.missedStep', { step: anchors.find((a) => a.id === s.id)?.label ?? s.id })}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
