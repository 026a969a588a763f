import type { AutonomyLevel } from '../../core/session/accompanied';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SpeechPlatform } from '../../lib/speech';
import type { Translator } from '../../lib/i18n';
import { sendFromPage } from '../../lib/page-messaging';
import { useStore } from '../../overlay/store';
import { AccompaniedScreen } from './Accompanied';
import { browserEnv, type PanelEnv } from './env';
import { Glance } from './Glance';
import { createPanelStore, derived, type Announcement, type PanelStore, type Problem, type Send } from './panel-store';
import { ClosingScreen, NoticeScreen, ReceiptScreen, ScopeScreen, StartScreen } from './screens';

export interface SidePanelProps {
  i18n: Translator;
  /** How to reach the background (tests pass a scripted double). */
  send?: Send;
  env?: PanelEnv;
  /** Speech for "Lire à voix haute" (tests pass a double; default: the browser's). */
  speech?: () => SpeechPlatform | null;
}

/**
 * W2: the worker's side panel (Chrome side panel, Firefox sidebar; tests open
 * sidepanel.html as a tab). It speaks to the WORKER ("vous" = the worker). Its state and
 * actions are a store (panel-store.ts); this renders it. It keeps nothing: the papers
 * checklist lives in memory, and there is no free-text field.
 */
export function SidePanelApp({ i18n, send = sendFromPage, env: givenEnv, speech }: SidePanelProps) {
  const { t } = i18n;
  const [env] = useState(() => givenEnv ?? browserEnv());
  const [store] = useState(() => createPanelStore(send, env));
  useEffect(() => {
    const controller = new AbortController();
    store.start(controller.signal);
    return () => controller.abort();
  }, [store]);
  const state = useStore(store.state);
  const { phase, dimmed, glance } = derived(state);

  // A new screen: the focus goes to its heading (screen readers say where they are).
  useEffect(() => {
    if (state.status === 'ready') document.getElementById('panel-screen-title')?.focus();
  }, [phase, state.status]);
  useFocusBackAfterDim(dimmed);

  return (
    <div class={dimmed ? 'panel panel--dimmed' : 'panel'}>
      <header class="panel__brand">
        <h1 class="panel__title">{t('sidepanel.title')}</h1>
      </header>
      <main class="panel__main">
        <div class="panel__content" inert={dimmed || undefined}>
          {glance && <Glance i18n={i18n} glance={glance} />}
          {state.problem && (
            <p class="panel__problem" role="alert">
              {problemText(i18n, state.problem)}
            </p>
          )}
          <Screen i18n={i18n} store={store} env={env} speech={speech} />
        </div>
        {dimmed && (
          <div class="panel__dim" data-testid="secret-dim">
            <p class="panel__dim-text">{t('sidepanel.dim.text')}</p>
          </div>
        )}
        <p class="panel__sr" role="status" aria-live="polite">
          {state.announce ? announcementText(i18n, state.announce) : ''}
        </p>
      </main>
    </div>
  );
}

/** The screen of the session's phase. */
function Screen({ i18n, store, env, speech }: { i18n: Translator; store: PanelStore; env: PanelEnv; speech: (() => SpeechPlatform | null) | undefined }) {
  const { t } = i18n;
  const state = useStore(store.state);
  const { session } = derived(state);
  const { busy, view } = state;
  const act = store.act;
  const assess = (level: AutonomyLevel) => void act({ type: 'assess', level });
  if (state.status === 'loading') return <p class="panel__note">{t('sidepanel.loading')}</p>;
  if (state.status === 'error' || !view) {
    return (
      <section class="panel__screen">
        <p role="alert">{t('sidepanel.error.noAnswer')}</p>
        <button type="button" class="panel__button" onClick={() => void store.refresh()}>
          {t('sidepanel.retry')}
        </button>
      </section>
    );
  }
  if (!session) return <StartScreen i18n={i18n} finished={state.finished} busy={busy} onStart={() => void act({ type: 'start' })} />;
  if (session.phase === 'scope') return <ScopeScreen i18n={i18n} view={view.data} session={session} busy={busy} act={act} />;
  if (session.phase === 'notice') return <NoticeScreen i18n={i18n} view={view.data} session={session} busy={busy} act={act} speech={speech} />;
  if (session.phase === 'accompanied') return <AccompaniedScreen i18n={i18n} store={store} session={session} env={env} speech={speech} />;
  if (session.phase === 'closing') return <ClosingScreen i18n={i18n} session={session} busy={busy} act={act} onCleanDesk={env.openCleanDesk} onAssessed={assess} speech={speech} />;
  return <ReceiptScreen i18n={i18n} view={view.data} session={session} busy={busy} act={act} onPrint={env.print} />;
}

/** The dimmed content is inert (its focused button loses the focus): the focus comes back after. */
function useFocusBackAfterDim(dimmed: boolean) {
  const focusBeforeDim = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (dimmed) focusBeforeDim.current = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
    else if (focusBeforeDim.current) {
      const target = focusBeforeDim.current;
      focusBeforeDim.current = null;
      if (target.isConnected) target.focus();
    }
  }, [dimmed]);
}

// Keys are written out (not built) so the "keys used exist" test sees each of them.
function problemText({ t }: Translator, problem: Problem): string {
  const texts: Record<Problem, string> = {
    'no-answer': t('sidepanel.error.noAnswer'),
    secret: t('sidepanel.refused.secret'),
    invalid: t('sidepanel.refused.invalid'),
  };
  return texts[problem];
}

function announcementText({ t }: Translator, announcement: Announcement): string {
  const texts: Record<Announcement, string> = {
    dim: t('sidepanel.dim.text'),
    'dim-done': t('sidepanel.dim.done'),
    'token-person': t('sidepanel.token.person'),
    'token-worker': t('sidepanel.token.worker'),
  };
  return texts[announcement];
}
