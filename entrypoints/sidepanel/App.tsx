import { useEffect, useRef, useState } from 'preact/hooks';
import type { PageReport } from '../../core/protocol/page-report';
import type { AutonomyLevel } from '../../core/session/accompanied';
import type { PanelView, WorkerAction } from '../../core/session/panel-view';
import type { SpeechPlatform } from '../../lib/speech';
import type { Translator } from '../../lib/i18n';
import { sendFromPage, type PageSend } from '../../lib/page-messaging';
import { AccompaniedScreen, type ReportState, type ShownState } from './Accompanied';
import { browserEnv, type PanelEnv } from './env';
import { ClosingScreen, NoticeScreen, ReceiptScreen, ScopeScreen, StartScreen } from './screens';

/** The four messages the side panel sends (declared `side-panel` in core/protocol/messages.ts). */
export type PanelMessage = 'session.get' | 'session.act' | 'session.report' | 'session.showField';
export type Send = PageSend<PanelMessage>;

export interface SidePanelProps {
  i18n: Translator;
  /** How to reach the background (tests pass a scripted double). */
  send?: Send;
  env?: PanelEnv;
  /** Speech for "Lire à voix haute" (tests pass a double; default: the browser's). */
  speech?: () => SpeechPlatform | null;
}

/** Changes arrive in bursts (a page load fires several tab events and storage writes). */
const REFRESH_DEBOUNCE_MS = 150;

/**
 * W2: the worker's side panel (Chrome side panel, Firefox sidebar; tests open
 * sidepanel.html as a tab). It speaks to the WORKER ("vous" = the worker) and talks to
 * the background only: `session.get` for everything it shows, `session.act` for the
 * worker's actions, `session.report` / `session.showField` for "Ce que voit l'extension".
 * It keeps nothing: the papers checklist lives in memory, and there is no free-text field.
 */
export function SidePanelApp({ i18n, send = sendFromPage, env: givenEnv, speech }: SidePanelProps) {
  const { t } = i18n;
  const [env] = useState(() => givenEnv ?? browserEnv());
  const [view, setView] = useState<{ data: PanelView; at: number } | null>(null);
  const [status, setStatus] = useState<'loading' | 'ready' | 'error'>('loading');
  const [problem, setProblem] = useState<string | null>(null);
  const [finished, setFinished] = useState(false);
  const [announce, setAnnounce] = useState('');
  const [report, setReport] = useState<ReportState>({ kind: 'idle' });
  const [shown, setShown] = useState<ShownState | null>(null);
  const [papers, setPapers] = useState<ReadonlySet<string>>(new Set());
  const [shortcut, setShortcut] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Only the newest answer is shown: an older `session.get` may come back after an action.
  const latest = useRef(0);
  const live = useRef(true);
  const session = view?.data.session ?? null;
  const phase = session?.phase ?? 'none';

  const show = (data: PanelView, request: number) => {
    if (!live.current || request !== latest.current) return;
    setView({ data, at: env.clock() });
    setStatus('ready');
  };

  const loadReport = async () => {
    setReport((r) => (r.kind === 'ready' ? r : { kind: 'loading' }));
    const reply = await send('session.report', {});
    if (!live.current) return;
    setReport(!reply.ok ? { kind: 'error' } : reply.data.report ? { kind: 'ready', report: reply.data.report } : { kind: 'none' });
  };

  const refresh = async () => {
    const request = ++latest.current;
    const reply = await send('session.get', {});
    if (!reply.ok) {
      if (live.current && request === latest.current) setStatus((s) => (s === 'ready' ? s : 'error'));
      return;
    }
    show(reply.data, request);
    // Entering the accompanied phase loads the report below; while in it, every change reloads it.
    if (reply.data.session?.phase === 'accompanied' && phaseNow.current === 'accompanied') void loadReport();
  };

  const act = async (action: WorkerAction) => {
    if (busy) return;
    setBusy(true);
    const request = ++latest.current;
    const reply = await send('session.act', { action });
    if (!live.current) return;
    setBusy(false);
    if (!reply.ok) return setProblem(t('sidepanel.error.noAnswer'));
    show(reply.data.view, request);
    const refused = reply.data.refused;
    setProblem(refused === 'secret-field-focused' ? t('sidepanel.refused.secret') : refused ? t('sidepanel.refused.invalid') : null);
    if (!refused && action.type === 'finish') setFinished(true);
    if (!refused && action.type === 'start') setFinished(false);
    if (!refused && action.type === 'finish') setPapers(new Set());
  };

  // Load, then follow the session, the walkthroughs and the tabs (debounced); all hung on one signal.
  useEffect(() => {
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    controller.signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
    env.watch(() => {
      clearTimeout(timer);
      timer = setTimeout(() => void refresh(), REFRESH_DEBOUNCE_MS);
    }, controller.signal);
    void refresh();
    void env.shortcut().then((s) => live.current && setShortcut(s), () => undefined);
    return () => {
      live.current = false;
      controller.abort();
    };
  }, []);

  // A new screen: the focus goes to its heading (screen readers say where they are).
  useEffect(() => {
    if (status === 'ready') document.getElementById('panel-screen-title')?.focus();
  }, [phase, status]);

  // "Ce que voit l'extension" is read when the accompaniment starts, and forgotten when it stops.
  const phaseNow = useRef(phase);
  useEffect(() => {
    phaseNow.current = phase;
    if (phase === 'accompanied') void loadReport();
    else {
      setReport({ kind: 'idle' });
      setShown(null);
    }
  }, [phase]);

  // Who types, and the secret-code dimming, are said aloud when they change.
  const previous = useRef<{ typist: string; secret: boolean } | null>(null);
  useEffect(() => {
    const now = session && session.phase === 'accompanied' ? { typist: session.typist, secret: session.secretFocus } : null;
    const before = previous.current;
    previous.current = now;
    if (!now || !before) return;
    if (now.secret && !before.secret) setAnnounce(t('sidepanel.dim.text'));
    else if (!now.secret && before.secret) setAnnounce(t('sidepanel.dim.done'));
    else if (now.typist !== before.typist) setAnnounce(now.typist === 'person' ? t('sidepanel.token.person') : t('sidepanel.token.worker'));
  }, [session?.phase, session?.typist, session?.secretFocus]);

  const showField = async (key: string, label: string) => {
    const reply = await send('session.showField', { key });
    if (!live.current) return;
    setShown({ key, label, found: reply.ok && reply.data.found });
  };

  const dimmed = session?.phase === 'accompanied' && session.secretFocus;
  // The dimmed content is inert (its focused button loses the focus): the focus comes back after.
  const focusBeforeDim = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (dimmed) focusBeforeDim.current = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
    else if (focusBeforeDim.current) {
      const target = focusBeforeDim.current;
      focusBeforeDim.current = null;
      if (target.isConnected) target.focus();
    }
  }, [dimmed]);
  let screen;
  if (status === 'loading') screen = <p class="panel__note">{t('sidepanel.loading')}</p>;
  else if (status === 'error' || !view) {
    screen = (
      <section class="panel__screen">
        <p role="alert">{t('sidepanel.error.noAnswer')}</p>
        <button type="button" class="panel__button" onClick={() => void refresh()}>
          {t('sidepanel.retry')}
        </button>
      </section>
    );
  } else if (!session) screen = <StartScreen i18n={i18n} finished={finished} busy={busy} onStart={() => void act({ type: 'start' })} />;
  else if (session.phase === 'scope') screen = <ScopeScreen i18n={i18n} view={view.data} session={session} busy={busy} act={act} />;
  else if (session.phase === 'notice') screen = <NoticeScreen i18n={i18n} view={view.data} session={session} busy={busy} act={act} speech={speech} />;
  else if (session.phase === 'accompanied') {
    screen = (
      <AccompaniedScreen
        i18n={i18n}
        view={view.data}
        session={session}
        receivedAt={view.at}
        env={env}
        shortcut={shortcut}
        busy={busy}
        act={act}
        report={report}
        onRefreshReport={() => void loadReport()}
        shown={shown}
        onShowField={(key, label) => void showField(key, label)}
        papers={papers}
        onPaper={(paper, checked) => setPapers((set) => toggled(set, paper, checked))}
        onAssessed={(level: AutonomyLevel) => void act({ type: 'assess', level })}
        speech={speech}
      />
    );
  } else if (session.phase === 'closing') {
    screen = <ClosingScreen i18n={i18n} session={session} busy={busy} act={act} onCleanDesk={env.openCleanDesk} onAssessed={(level) => void act({ type: 'assess', level })} speech={speech} />;
  } else screen = <ReceiptScreen i18n={i18n} view={view.data} session={session} busy={busy} act={act} onPrint={env.print} />;

  return (
    <div class={dimmed ? 'panel panel--dimmed' : 'panel'}>
      <header class="panel__brand">
        <h1 class="panel__title">{t('sidepanel.title')}</h1>
      </header>
      <main class="panel__main">
        <div class="panel__content" inert={dimmed || undefined}>
          {problem && (
            <p class="panel__problem" role="alert">
              {problem}
            </p>
          )}
          {screen}
        </div>
        {dimmed && (
          <div class="panel__dim" data-testid="secret-dim">
            <p class="panel__dim-text">{t('sidepanel.dim.text')}</p>
          </div>
        )}
        <p class="panel__sr" role="status" aria-live="polite">
          {announce}
        </p>
      </main>
    </div>
  );
}

function toggled(set: ReadonlySet<string>, item: string, on: boolean): ReadonlySet<string> {
  const next = new Set(set);
  if (on) next.add(item);
  else next.delete(item);
  return next;
}

export type { ReportState, ShownState, PageReport };
