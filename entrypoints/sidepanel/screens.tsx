import { useState } from 'preact/hooks';
import { ReadAloudPlayer } from '../../components/ReadAloudPlayer';
import { durationBucket, type AccompaniedSession, type AutonomyLevel, type SessionCategory } from '../../core/session/accompanied';
import { noticeText } from '../../core/session/notice';
import type { PanelView, ProcedureChoice, WorkerAction } from '../../core/session/panel-view';
import type { SpeechPlatform } from '../../lib/speech';
import type { Translator } from '../../lib/i18n';
import { AutonomyButton } from './autonomy';
import { CATEGORIES, categoryLabel, durationLabel } from './labels';

/**
 * Our buttons act on real clicks and keys only, like every UI of ours (no page can script
 * an extension page, but the rule stays the same everywhere).
 */
export const trusted = (action: () => void) => (event: Event) => {
  if (event.isTrusted) action();
};

interface ScreenProps {
  i18n: Translator;
  busy: boolean;
  act: (action: WorkerAction) => void | Promise<void>;
}

/** The screen's heading: it takes the focus when the screen appears (App). */
export function ScreenTitle({ children }: { children: string }) {
  return (
    <h2 id="panel-screen-title" class="panel__heading" tabIndex={-1}>
      {children}
    </h2>
  );
}

/** No session: what accompanied mode is, and the start. */
export function StartScreen({ i18n: { t }, finished, busy, onStart }: { i18n: Translator; finished: boolean; busy: boolean; onStart: () => void }) {
  return (
    <section class="panel__screen" aria-labelledby="panel-screen-title">
      {finished && (
        <p class="panel__done" data-testid="session-finished">
          {t('sidepanel.start.finished')}
        </p>
      )}
      <ScreenTitle>{t('sidepanel.start.heading')}</ScreenTitle>
      <p>{t('sidepanel.start.what1')}</p>
      <p>{t('sidepanel.start.what2')}</p>
      <p>{t('sidepanel.start.what3')}</p>
      <button type="button" class="panel__button panel__button--main" data-testid="start" disabled={busy} onClick={trusted(onStart)}>
        {t('sidepanel.start.button')}
      </button>
    </section>
  );
}

/** The procedures grouped by portal, in the background's order. */
function byPortal(procedures: readonly ProcedureChoice[]): { portal: string; name: string; items: ProcedureChoice[] }[] {
  const groups: { portal: string; name: string; items: ProcedureChoice[] }[] = [];
  for (const p of procedures) {
    const group = groups.find((g) => g.portal === p.portal);
    if (group) group.items.push(p);
    else groups.push({ portal: p.portal, name: p.portalName, items: [p] });
  }
  return groups;
}

/** Scope: the procedure and its Aidants Connect category. */
export function ScopeScreen({ i18n, view, session, busy, act }: ScreenProps & { view: PanelView; session: AccompaniedSession }) {
  const { t } = i18n;
  const find = (packId: string | undefined) => view.procedures.find((p) => p.packId === packId) ?? null;
  // The previous scope (the person left it), else the procedure the person's tab is guided through.
  const previous = session.scope ?? session.agreed;
  const [choice, setChoice] = useState<ProcedureChoice | null>(() => find(previous?.packId) ?? find(view.guide?.packId));
  const [category, setCategory] = useState<SessionCategory | null>(() => previous?.category ?? choice?.category ?? null);
  const [missing, setMissing] = useState(false);
  const pick = (next: ProcedureChoice) => {
    setChoice(next);
    setCategory(next.category);
    setMissing(false);
  };
  const go = () => {
    if (!choice || !category) return setMissing(true);
    void act({ type: 'choose-scope', scope: { packId: choice.packId, portal: choice.portal, category } });
  };
  const why = session.scopeReason === 'left-portal' ? t('sidepanel.scope.leftPortal') : session.scopeReason === 'left-procedure' ? t('sidepanel.scope.leftProcedure') : null;
  return (
    <section class="panel__screen" aria-labelledby="panel-screen-title">
      {why && (
        <p class="panel__warning" data-testid="scope-reason">
          {why}
        </p>
      )}
      <ScreenTitle>{t('sidepanel.scope.heading')}</ScreenTitle>
      <fieldset class="panel__choices">
        <legend>{t('sidepanel.scope.procedure')}</legend>
        {view.procedures.length === 0 && <p>{t('sidepanel.scope.none')}</p>}
        {byPortal(view.procedures).map((group) => (
          <fieldset key={group.portal} class="panel__group">
            <legend>{group.name}</legend>
            {group.items.map((p) => (
              <label key={p.packId} class="panel__radio">
                <input type="radio" name="procedure" data-testid={`procedure-${p.packId}`} checked={choice?.packId === p.packId} onChange={() => pick(p)} />
                <span>{p.title}</span>
              </label>
            ))}
          </fieldset>
        ))}
      </fieldset>
      <fieldset class="panel__choices panel__choices--grid">
        <legend>{t('sidepanel.scope.category')}</legend>
        <p class="panel__help">{t('sidepanel.scope.categoryHelp')}</p>
        {CATEGORIES.map((c) => (
          <label key={c} class="panel__radio">
            <input type="radio" name="category" data-testid={`category-${c}`} checked={category === c} onChange={() => setCategory(c)} />
            <span>{categoryLabel(i18n, c)}</span>
          </label>
        ))}
      </fieldset>
      {missing && (
        <p class="panel__problem" role="alert">
          {t('sidepanel.scope.choose')}
        </p>
      )}
      <div class="panel__actions">
        <button type="button" class="panel__button panel__button--main" data-testid="continue" disabled={busy} onClick={trusted(go)}>
          {t('sidepanel.scope.continue')}
        </button>
        <button type="button" class="panel__button" data-testid="cancel" disabled={busy} onClick={trusted(() => void act({ type: 'cancel' }))}>
          {t('sidepanel.scope.cancel')}
        </button>
      </div>
    </section>
  );
}

/** The procedure's title for a scope (the background's list), or its id when it is gone. */
export function procedureTitle(view: PanelView, packId: string | undefined): string {
  return view.procedures.find((p) => p.packId === packId)?.title ?? view.guide?.title ?? packId ?? '';
}

/** Notice: the FALC text the worker reads WITH the person, then the person's choice. */
export function NoticeScreen({ i18n, view, session, busy, act, speech }: ScreenProps & { view: PanelView; session: AccompaniedSession; speech?: () => SpeechPlatform | null }) {
  const { t } = i18n;
  const text = noticeText(t, procedureTitle(view, session.scope?.packId)); // the very lines the person's page shows
  return (
    <section class="panel__screen" aria-labelledby="panel-screen-title">
      <ScreenTitle>{t('sidepanel.notice.heading')}</ScreenTitle>
      <p>{t('sidepanel.notice.intro')}</p>
      <div class="panel__notice" data-testid="notice-text">
        <ReadAloudPlayer text={text} i18n={i18n} options={{ rate: 0.9, ...(speech ? { platform: speech } : {}) }} />
      </div>
      <div class="panel__actions">
        <button type="button" class="panel__button panel__button--main" data-testid="agree" disabled={busy} onClick={trusted(() => void act({ type: 'agree' }))}>
          {t('sidepanel.notice.agree')}
        </button>
        <button type="button" class="panel__button" data-testid="decline" disabled={busy} onClick={trusted(() => void act({ type: 'decline' }))}>
          {t('sidepanel.notice.decline')}
        </button>
      </div>
      <p class="panel__help">{t('sidepanel.notice.samePage')}</p>
    </section>
  );
}

/** Closing: did the procedure get done, then the clean desk. */
export function ClosingScreen({ i18n, session, busy, act, onCleanDesk, onAssessed, speech }: ScreenProps & { session: AccompaniedSession; onCleanDesk: () => void; onAssessed: (level: AutonomyLevel) => void; speech?: () => SpeechPlatform | null }) {
  const { t } = i18n;
  return (
    <section class="panel__screen" aria-labelledby="panel-screen-title">
      {session.stoppedBy === 'person' && (
        <p class="panel__warning" data-testid="stopped-by-person">
          {t('sidepanel.closing.byPerson')}
        </p>
      )}
      <ScreenTitle>{t('sidepanel.closing.heading')}</ScreenTitle>
      <div class="panel__block" role="group" aria-labelledby="panel-outcome">
        <p id="panel-outcome" class="panel__question">
          {t('sidepanel.closing.outcome')}
        </p>
        <div class="panel__actions panel__actions--row">
          <button type="button" class="panel__button" data-testid="outcome-yes" aria-pressed={session.outcome === 'done'} disabled={busy} onClick={trusted(() => void act({ type: 'outcome', outcome: 'done' }))}>
            {t('sidepanel.closing.yes')}
          </button>
          <button type="button" class="panel__button" data-testid="outcome-no" aria-pressed={session.outcome === 'not-done'} disabled={busy} onClick={trusted(() => void act({ type: 'outcome', outcome: 'not-done' }))}>
            {t('sidepanel.closing.no')}
          </button>
        </div>
      </div>
      <AutonomyButton i18n={i18n} level={session.level} onResult={onAssessed} {...(speech ? { speech } : {})} />
      <p>{t('sidepanel.closing.deskHelp')}</p>
      <div class="panel__actions">
        <button type="button" class="panel__button panel__button--main" data-testid="clean-desk" onClick={trusted(onCleanDesk)}>
          {t('sidepanel.closing.cleanDesk')}
        </button>
        <button type="button" class="panel__button" data-testid="desk-done" disabled={busy} onClick={trusted(() => void act({ type: 'desk-done' }))}>
          {t('sidepanel.closing.deskDone')}
        </button>
      </div>
    </section>
  );
}

/** Receipt: what happened, in words, and nothing else (no time, nothing about the person). */
export function ReceiptScreen({ i18n, view, session, busy, act, onPrint }: ScreenProps & { view: PanelView; session: AccompaniedSession; onPrint: () => void }) {
  const { t } = i18n;
  const scope = session.agreed ?? session.scope;
  const bucket = durationBucket((session.closedAt ?? session.startedAt) - session.startedAt);
  return (
    <section class="panel__screen panel__receipt" aria-labelledby="panel-screen-title" data-testid="receipt">
      <ScreenTitle>{t('sidepanel.receipt.heading')}</ScreenTitle>
      <ul class="panel__list">
        <li>{t('sidepanel.receipt.procedure', { procedure: procedureTitle(view, scope?.packId) })}</li>
        {scope && <li>{t('sidepanel.receipt.category', { category: categoryLabel(i18n, scope.category) })}</li>}
        <li>{t('sidepanel.receipt.duration', { duration: durationLabel(i18n, bucket) })}</li>
        {session.secretsTyped && <li>{t('sidepanel.receipt.secrets')}</li>}
        <li>{t('sidepanel.receipt.desk')}</li>
      </ul>
      <div class="panel__actions panel__no-print">
        <button type="button" class="panel__button" data-testid="print" onClick={trusted(onPrint)}>
          {t('sidepanel.receipt.print')}
        </button>
        <button type="button" class="panel__button panel__button--main" data-testid="finish" disabled={busy} onClick={trusted(() => void act({ type: 'finish' }))}>
          {t('sidepanel.receipt.finish')}
        </button>
      </div>
    </section>
  );
}
