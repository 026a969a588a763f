import { useEffect, useRef, useState } from 'preact/hooks';
import type { Sensitivity } from '../../core/privacy/sensitivity';
import { NOTICE_QUESTION, noticeLines } from '../../core/session/notice';
import type { PersonAction } from '../../core/session/panel-view';
import type { PersonView } from '../../core/session/person-view';
import type { FormField } from '../dom/describe-field';
import { SECTION_PRIORITY } from '../../core/layout/select-card';
import { Pointer, stepAround } from '../session/Pointer';
import { focusWhenShown } from '../layout/focus-when-shown';
import { trusted } from '../../lib/trusted';
import type { OverlayFeature, PageContext } from '../feature';
import { kit } from '../lazy/kit';
import type { OverlayServices } from '../services';
import { useStore, type Store } from '../store';
import css from '../session/session.css?inline';

/**
 * The page's session stores (overlay/privacy/privacy-state.ts). They come in through the
 * factory: this file runs in the lazy part `session` (entrypoints/part-session.ts), and
 * importing privacy-state here would copy the messaging and its stores into the part.
 */
export type SessionStateOf = (services: OverlayServices) => {
  session: Store<PersonView | null>;
  pointer: Store<{ target: Element } | null>;
};

/** SECRET_SENSITIVITIES of core/privacy/sensitivity.ts, without its zod schema in the part (a unit test checks they agree). */
export const SECRET: readonly Sensitivity[] = ['password', 'one-time-code'];
const FIELD = 'input, select, textarea';
/** How long "montrer ce champ" shows its outline, and a cue stays on screen. */
export const POINTER_MS = 4000;
const CUE_MS = 5000;
/** "Texte plus grand" + 15 % during a session, for our overlay only (the portal's text is not touched). */
// Capped at the largest setting (1.5): beyond it, on a small window, our launcher and card
// left no room for the person's own field (found by the occlusion audit at 800×600).
const LARGER = '.cac-root[data-scale="1"]{--cac-scale:1.15!important}.cac-root[data-scale="1.25"]{--cac-scale:1.44!important}';

/**
 * W1/W2, the person's side of an accompanied session (worker beside them, one screen): a
 * "Session accompagnée" badge in the shared corner strip with Stop; the notice to agree to
 * ("J'accepte" / "Je refuse"); who types ("Qui tape ?") with "Changer"; the cues "C'est à
 * vous" and "Votre accompagnant vous montre ce champ" (polite live region); the pulse of
 * "montrer ce champ"; larger text for our overlay. Every action is a trusted click: a page
 * script clicking our open shadow root cannot agree, stop or take the keyboard. Password
 * and code fields getting or losing the focus are told to the background as one boolean:
 * never a value, never which field.
 */
export function createSessionCues(stateOf: SessionStateOf): OverlayFeature {
  function SessionCues({ page }: { page: PageContext }) {
    const { t } = page.i18n;
    const { services } = page;
    const state = stateOf(services);
    const view = useStore(state.session);
    const request = useStore(state.pointer);
    const [cue, setCue] = useState('');
    const [pointed, setPointed] = useState<{ target: Element; n: number } | null>(null);
    const before = useRef<PersonView | null>(null);
    const title = useRef<HTMLParagraphElement>(null);
    const send = (action: PersonAction) => kit().send('session.person', { action });
    const accompanied = view?.phase === 'accompanied';

    const cueTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
    const say = (text: string, ms = CUE_MS) => {
      setCue(text);
      clearTimeout(cueTimer.current);
      cueTimer.current = setTimeout(() => setCue(''), ms);
    };
    useEffect(() => () => clearTimeout(cueTimer.current), []);

    // "C'est à vous": the keyboard came to the person, or a secret field got the focus.
    useEffect(() => {
      const old = before.current;
      before.current = view;
      if (!view || view.phase !== 'accompanied' || old?.phase !== 'accompanied') return;
      if ((view.typist === 'person' && old.typist === 'worker') || (view.secretFocus && !old.secretFocus)) say(t('session.cue.yourTurn'));
    }, [view]);

    // Secret fields: one boolean to the background when the focus enters or leaves one.
    useEffect(() => {
      if (!accompanied) return;
      const local = new AbortController();
      const signal = AbortSignal.any([services.signal, local.signal]);
      let sent = state.session.get()?.secretFocus ?? false;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const check = () => {
        const secret = isSecretField(deepActiveElement(), services);
        if (secret === sent || signal.aborted) return;
        sent = secret;
        void kit().send('session.secret', { focused: secret });
      };
      // After the event: focus moving from one secret field to the next sends nothing.
      const later = () => {
        clearTimeout(timer);
        timer = setTimeout(check, 0);
      };
      const on = { capture: true, passive: true, signal };
      document.addEventListener('focusin', later, on);
      document.addEventListener('focusout', later, on);
      check(); // a field that already has the focus
      return () => {
        local.abort();
        clearTimeout(timer);
      };
    }, [accompanied]);

    // "Montrer ce champ": each request shows the outline for POINTER_MS, accompanied only.
    useEffect(() => {
      if (!request || !accompanied) return setPointed(null);
      setPointed((old) => ({ target: request.target, n: (old?.n ?? 0) + 1 }));
      say(t('session.cue.pointer'), POINTER_MS);
      const timer = setTimeout(() => setPointed(null), POINTER_MS);
      return () => clearTimeout(timer);
    }, [request, accompanied]);

    // The notice went (agreed, declined): the focus it had goes to the badge, not to the page's top.
    const noticeHadFocus = useRef(false);
    useEffect(() => {
      if (view?.phase === 'notice' || !noticeHadFocus.current) return;
      noticeHadFocus.current = false;
      title.current?.focus();
    }, [view?.phase]);

    // Said at once, in the live region that stays on screen even if the session is gone;
    // taken back only if the background did not stop it.
    const stop = trusted(() => {
      say(t('session.stopped'), 8000);
      void send('stop').then((reply) => (reply.ok && reply.data.done) || setCue(''));
    });

    // The field the worker shows is never covered by anything of ours.
    useEffect(() => {
      services.layout.setKeep('session-pointer', pointed ? [pointed.target] : []);
    }, [pointed]);
    useEffect(() => () => services.layout.setKeep('session-pointer', []), []);

    if (!view && !cue) return null;
    const { LauncherItem } = kit();
    const ended = view?.phase === 'closing' || view?.phase === 'receipt';
    const active = view !== null && !ended;
    // Pinned beside the launcher's button: who types and Stop stay one click away. (The issue
    // "Trust under attack" moves the agreement and Stop into an extension-owned surface: they
    // are one block, so they can move there as they are.)
    return (
      <div data-feature="session-cues">
        <style>{css}</style>
        {view && <style>{LARGER}</style>}
        <LauncherItem slot="pinned" order={0}>
          <section class="cac-session" aria-label={t('session.badge.region')} lang={page.i18n.lang} dir={page.i18n.dir}>
            {view && (
              <p class="cac-session__title" ref={title} tabIndex={-1}>
                {ended ? t('session.badge.ended') : t('session.badge.title')}
              </p>
            )}
            {view?.phase === 'scope' && <p>{t('session.badge.scope')}</p>}
            {view?.phase === 'notice' && <p>{t('session.badge.notice')}</p>}
            {accompanied && (
              <div class="cac-session__row cac-session__token" data-typist={view.typist}>
                <p>{view.typist === 'person' ? t('session.typist.person') : t('session.typist.worker')}</p>
                {!view.secretFocus && (
                  <button type="button" aria-label={view.typist === 'person' ? t('session.typist.switch.toWorker') : t('session.typist.switch.toPerson')} onClick={trusted(() => void send('switch-typist'))}>
                    {t('session.typist.switch')}
                  </button>
                )}
              </div>
            )}
            <p class="cac-session__cue" role="status">{cue}</p>
            {active && (
              <div class="cac-session__row">
                <button type="button" class="cac-session__stop" aria-label={t('session.stop.label')} onClick={stop}>
                  {t('session.stop')}
                </button>
              </div>
            )}
          </section>
        </LauncherItem>
        {view?.phase === 'notice' && <Notice page={page} procedure={view.procedure} send={send} onFocusInside={() => (noticeHadFocus.current = true)} />}
        {pointed && <Pointer key={pointed.n} target={pointed.target} around={stepAround(services, pointed.target)} signal={services.signal} />}
      </div>
    );
  }
  return { id: 'session-cues', appliesTo: (page) => page.portal !== null, View: SessionCues };
}

/**
 * The notice the worker reads with the person (W1): not modal (the portal stays usable),
 * the focus comes to it once so a screen reader reads it; the agreement is a deliberate
 * trusted click, never a default.
 */
function Notice({ page, procedure, send, onFocusInside }: { page: PageContext; procedure: string | null; send: (action: PersonAction) => unknown; onFocusInside: () => void }) {
  const { t } = page.i18n;
  const { CardSection } = kit();
  // The focus comes to the notice once, when the layout shows it, so a screen reader reads it.
  const shown = useRef(false);
  const title = (el: HTMLHeadingElement | null) => {
    if (!el || shown.current) return;
    shown.current = true;
    focusWhenShown(el);
  };
  // The card is a sheet for the notice; its text scrolls, the two answers stay on screen.
  const actions = (
    <div class="cac-session-notice__actions" onFocusIn={onFocusInside}>
      <button type="button" class="cac-btn cac-btn--main cac-session-notice__agree" onClick={trusted(() => void send('agree'))}>
        {t('session.notice.agree')}
      </button>
      <button type="button" class="cac-btn cac-session-notice__decline" onClick={trusted(() => void send('decline'))}>
        {t('session.notice.decline')}
      </button>
    </div>
  );
  return (
    <CardSection id="session-notice" kind="notice" priority={SECTION_PRIORITY.notice} anchor={null} label={t('session.notice.title')} actions={actions}>
      <section class="cac-session-notice" aria-labelledby="cac-session-notice-title" lang={page.i18n.lang} dir={page.i18n.dir} onFocusIn={onFocusInside}>
        <h2 id="cac-session-notice-title" ref={title} tabIndex={-1}>{t(NOTICE_QUESTION)}</h2>
        {noticeLines(procedure).map((line) => <p key={line.key}>{t(line.key, line.params)}</p>)}
      </section>
    </CardSection>
  );
}

/** The focused element, inside the page's own (open) shadow roots too. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** A password or one-time-code field (classifier + pack override): its description only, never its value. */
function isSecretField(el: Element | null, services: OverlayServices): boolean {
  return !!el?.matches(FIELD) && SECRET.includes(services.sensitivityOf(el as FormField));
}
