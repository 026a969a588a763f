import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { WORKER_REMINDERS } from '../../core/privacy/worker-reminders';
import type { AccompaniedSession, AutonomyLevel } from '../../core/session/accompanied';
import type { PanelGuide } from '../../core/session/panel-view';
import type { Translator } from '../../lib/i18n';
import type { SpeechPlatform } from '../../lib/speech';
import { useStore } from '../../overlay/store';
import { AutonomyButton } from './autonomy';
import type { PanelEnv } from './env';
import { formatElapsed, sensitivityLabel } from './labels';
import { derived, type Fold, type PanelStore } from './panel-store';
import { procedureTitle, ScreenTitle, trusted } from './screens';

export interface AccompaniedProps {
  i18n: Translator;
  store: PanelStore;
  session: AccompaniedSession;
  env: PanelEnv;
  speech?: (() => SpeechPlatform | null) | undefined;
}

/** Accompanied: where the person is, who types, what to prepare and remember, what the extension sees. */
export function AccompaniedScreen({ i18n, store, session, env, speech }: AccompaniedProps) {
  const { t } = i18n;
  const state = useStore(store.state);
  const { view, busy, shortcut } = state;
  if (!view) return null;
  const guide = view.data.guide;
  const tab = view.data.tab;
  const portal = tab?.portal?.name ?? view.data.procedures.find((p) => p.portal === session.scope?.portal)?.portalName ?? null;
  const fold = (id: Fold) => ({ id, open: !state.folded.has(id), onToggle: () => store.toggleFold(id) });
  return (
    <section class="panel__screen" aria-labelledby="panel-screen-title">
      <ScreenTitle>{procedureTitle(view.data, session.scope?.packId)}</ScreenTitle>
      <div class="panel__where" data-testid="where">
        <p>{tab?.portal ? t('sidepanel.head.portal', { portal: portal ?? '' }) : t('sidepanel.head.noTab')}</p>
        <Timer i18n={i18n} since={session.startedAt} now={view.data.now} receivedAt={view.at} clock={env.clock} />
      </div>

      <section class="panel__block panel__token" aria-labelledby="panel-token" data-typist={session.typist}>
        <h3 id="panel-token" class="panel__subheading">
          {t('sidepanel.token.heading')}
        </h3>
        <button type="button" class="panel__button panel__button--main" data-testid="switch" disabled={busy || session.secretFocus} onClick={trusted(() => void store.act({ type: 'switch-typist' }))}>
          {t('sidepanel.token.switch')}
        </button>
        {session.secretFocus && <p class="panel__help">{t('sidepanel.token.secretLocked')}</p>}
        {shortcut && <p class="panel__help">{t('sidepanel.token.shortcut', { shortcut })}</p>}
      </section>

      <FoldSection {...fold('papers')} title={t('sidepanel.papers.heading')}>
        {guide && guide.papers.length > 0 ? (
          <ul class="panel__checklist">
            {guide.papers.map((paper) => (
              <li key={paper}>
                <label class="panel__check">
                  <input type="checkbox" checked={state.papers.has(paper)} onChange={() => store.togglePaper(paper)} />
                  <span>{paper}</span>
                </label>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('sidepanel.papers.none')}</p>
        )}
      </FoldSection>

      <FoldSection {...fold('reminders')} title={t('sidepanel.reminders.heading')}>
        <ul class="panel__list" data-testid="reminders">
          {guide?.confidentiality && <li class="panel__step-note">{guide.confidentiality}</li>}
          {WORKER_REMINDERS.map(({ key }) => <li key={key}>{t(key)}</li>)}
        </ul>
      </FoldSection>

      <FoldSection {...fold('seen')} title={t('sidepanel.seen.heading')} testId="seen">
        <SeenByExtension i18n={i18n} store={store} anchors={guide?.anchors ?? []} />
      </FoldSection>

      <FoldSection {...fold('notes')} title={t('sidepanel.notes.heading')} extraClass="panel__notes">
        <p>{t('sidepanel.notes.text')}</p>
      </FoldSection>

      <AutonomyButton i18n={i18n} level={session.level} onResult={(level: AutonomyLevel) => void store.act({ type: 'assess', level })} {...(speech ? { speech } : {})} />

      <div class="panel__actions">
        <button type="button" class="panel__button panel__button--end" data-testid="end" disabled={busy} onClick={trusted(() => void store.act({ type: 'end' }))}>
          {t('sidepanel.end')}
        </button>
      </div>
    </section>
  );
}

/**
 * A section the worker can fold: its heading holds a button with aria-expanded (the
 * disclosure pattern keeps the heading for screen-reader navigation, unlike <summary>).
 */
function FoldSection({ id, title, open, onToggle, testId, extraClass, children }: { id: Fold; title: string; open: boolean; onToggle: () => void; testId?: string; extraClass?: string; children: ComponentChildren }) {
  const heading = `panel-${id}`;
  return (
    <section class={extraClass ? `panel__block ${extraClass}` : 'panel__block'} aria-labelledby={heading} data-testid={testId}>
      <h3 class="panel__subheading">
        <button type="button" id={heading} class="panel__fold" aria-expanded={open} aria-controls={`${heading}-body`} onClick={trusted(onToggle)}>
          {title}
        </button>
      </h3>
      <div id={`${heading}-body`} hidden={!open}>
        {children}
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

/** "Ce que voit l'extension": the data fields of the person's page, their kind, guide help, and guide misses. */
function SeenByExtension({ i18n, store, anchors }: { i18n: Translator; store: PanelStore; anchors: PanelGuide['anchors'] }) {
  const { t } = i18n;
  const state = useStore(store.state);
  const { report, shown } = state;
  const { fields } = derived(state);
  const missed = report.kind === 'ready' ? report.report.steps.filter((s) => s.status === 'missed') : [];
  return (
    <>
      <button type="button" class="panel__button" data-testid="refresh-report" onClick={trusted(() => void store.loadReport())}>
        {t('sidepanel.seen.refresh')}
      </button>
      {report.kind === 'loading' && <p>{t('sidepanel.seen.loading')}</p>}
      {(report.kind === 'none' || report.kind === 'error') && <p>{t('sidepanel.seen.none')}</p>}
      {report.kind === 'ready' && fields.length === 0 && <p>{t('sidepanel.seen.noFields')}</p>}
      {fields.length > 0 && (
        <ul class="panel__fields" aria-label={t('sidepanel.seen.fields')}>
          {fields.map((field) => {
            const label = field.label.trim() || t('sidepanel.seen.unnamed');
            return (
              <li key={field.key} class="panel__field" data-sensitivity={field.sensitivity}>
                <p class="panel__field-label">{label}</p>
                <p class="panel__field-meta">{t('sidepanel.seen.kind', { kind: sensitivityLabel(i18n, field.sensitivity) })}</p>
                <p class="panel__field-meta">{field.hint ? t('sidepanel.seen.hint') : t('sidepanel.seen.noHint')}</p>
                <button type="button" class="panel__button panel__button--small" data-testid="show-field" data-key={field.key} aria-label={t('sidepanel.seen.showLabel', { label })} onClick={trusted(() => void store.showField(field.key, label))}>
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
    </>
  );
}
