import type { ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { AutonomyCheckProps } from '../../components/AutonomyCheck';
import type { AutonomyLevel } from '../../core/session/accompanied';
import type { Translator } from '../../lib/i18n';
import { browserSpeech, createSpeaker, type SpeechPlatform } from '../../lib/speech';

export type { AutonomyCheckProps };

/** W4's questionnaire (components/AutonomyCheck.tsx), loaded on the first click only (its own chunk and CSS). */
export function loadAutonomyCheck(): Promise<ComponentType<AutonomyCheckProps> | null> {
  return import('../../components/AutonomyCheck').then((m) => m.AutonomyCheck ?? null, () => null);
}

/** "Évaluer l'autonomie numérique": opens the questionnaire in place; its level goes to the session (statistics only). */
export function AutonomyButton({ i18n, level, onResult, load = loadAutonomyCheck, speech = browserSpeech }: { i18n: Translator; level: AutonomyLevel | null; onResult: (level: AutonomyLevel) => void; load?: typeof loadAutonomyCheck; speech?: () => SpeechPlatform | null }) {
  const { t } = i18n;
  // Read aloud for the questionnaire: one speaker, silenced when the panel part goes away.
  const [voice] = useState(() => {
    const controller = new AbortController();
    const platform = speech();
    const speaker = platform ? createSpeaker({ platform, signal: controller.signal, lang: 'fr' }) : null;
    return { controller, speak: speaker ? (text: string) => speaker.play(text) : undefined, stop: () => speaker?.stop() };
  });
  useEffect(() => () => voice.controller.abort(), [voice]);
  const [state, setState] = useState<{ kind: 'closed' | 'loading' | 'unavailable' } | { kind: 'open'; Check: ComponentType<AutonomyCheckProps> }>({ kind: 'closed' });
  const button = useRef<HTMLButtonElement>(null);
  const live = useRef(true);
  useEffect(() => () => void (live.current = false), []);
  const open = (event: Event) => {
    if (!event.isTrusted || state.kind === 'loading') return;
    setState({ kind: 'loading' });
    void load().then((Check) => live.current && setState(Check ? { kind: 'open', Check } : { kind: 'unavailable' }));
  };
  const close = () => {
    voice.stop();
    setState({ kind: 'closed' });
    queueMicrotask(() => button.current?.focus());
  };
  return (
    <section class="panel__block" aria-labelledby="panel-autonomy">
      <h3 id="panel-autonomy" class="panel__subheading">
        {t('sidepanel.autonomy.heading')}
      </h3>
      {level !== null && (
        <p data-testid="autonomy-level">{t('sidepanel.autonomy.done', { level: String(level) })}</p>
      )}
      {state.kind === 'open' ? (
        <state.Check
          i18n={i18n}
          speak={voice.speak}
          onResult={(chosen) => {
            onResult(chosen);
            close();
          }}
          onCancel={close}
        />
      ) : (
        <button type="button" ref={button} class="panel__button" data-testid="assess" onClick={open}>
          {t('sidepanel.autonomy.open')}
        </button>
      )}
      {state.kind === 'unavailable' && <p role="status">{t('sidepanel.autonomy.unavailable')}</p>}
    </section>
  );
}
