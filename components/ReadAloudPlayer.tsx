import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { splitSentences, type Sentence } from '../core/text/sentences';
import { browserSpeech, createSpeaker, type SpeakerState } from '../lib/speech';
import { trusted } from '../lib/trusted';
import type { ReadAloudProps } from './ReadAloudButton';
import type { ReadingOptions } from './reading-context';
import { RateSelect } from './RateSelect';
import css from './read-aloud-player.css?inline';

export interface ReadAloudPlayerProps extends ReadAloudProps {
  /**
   * Speed, how to save it, speech platform: from the ReadingContext of the content script,
   * handed over by the placeholder (this component lives in a lazy part, whose copy of the
   * context would not be the provider's).
   */
  options: ReadingOptions;
  /** Starts reading on mount: the person has just clicked "Lire" on the placeholder. */
  autoplay?: boolean;
  /** Moves the focus to the main button on mount (the placeholder's button had it). */
  autofocus?: boolean;
}

/**
 * G6 read aloud, the real player (lazy part `read-aloud`, entrypoints/part-read-aloud.ts;
 * pages use components/ReadAloudButton.tsx, which loads it on the first click): "▶ Lire", then "⏸ Pause" / "▶ Reprendre" on the same button (focus stays
 * on it), "■ Arrêter", and a speed choice. Reads sentence by sentence with a French voice
 * (lib/speech.ts). The label changes with the state, so no aria-pressed (WAI-ARIA: a
 * toggle either changes its label or its pressed state, not both). Only trusted clicks act.
 * Where speech is missing it says so in a status message. Styles: components/read-aloud.css
 * (with the overlay's) and read-aloud-player.css (here). Speed and platform: `options`.
 */
export function ReadAloudPlayer({ text, i18n, lang = 'fr', showText = true, options, autoplay = false, autofocus = false }: ReadAloudPlayerProps) {
  const { t } = i18n;
  const [localRate, setLocalRate] = useState(options.rate);
  const rate = options.setRate ? options.rate : localRate;
  const [{ speaker, controller }] = useState(() => {
    const controller = new AbortController();
    const platform = (options.platform ?? browserSpeech)();
    return { controller, speaker: createSpeaker({ platform, signal: controller.signal, lang, rate }) };
  });
  const [state, setState] = useState<SpeakerState>(speaker.get());
  const main = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => speaker.subscribe(setState), [speaker]); // before the autoplay below
  useEffect(() => () => controller.abort(), [controller]);
  useEffect(() => () => speaker.stop(), [speaker, text]);
  useEffect(() => speaker.setRate(rate), [speaker, rate]);
  const sentences = useMemo(() => splitSentences(text), [text]);
  useLayoutEffect(() => {
    // Right after the click on the placeholder: start within the click's user activation.
    if (autofocus) main.current?.focus();
    if (autoplay) speaker.play(text);
  }, []);

  const active = state.status === 'speaking' || state.status === 'paused';
  const toggle = () => (state.status === 'speaking' ? speaker.pause() : state.status === 'paused' ? speaker.resume() : speaker.play(text));
  const stop = () => {
    speaker.stop();
    main.current?.focus(); // the Stop button disappears: keep the focus in the card
  };
  return (
    <div class="cac-read" data-status={state.status}>
      <style>{css}</style>
      <div class="cac-read__controls" role="group" aria-label={t('reading.group')}>
        <button type="button" ref={main} class="cac-read__btn" onClick={trusted(toggle)}>
          <span aria-hidden="true">{state.status === 'speaking' ? '⏸' : '▶'} </span>
          {state.status === 'speaking' ? t('reading.pause') : state.status === 'paused' ? t('reading.resume') : t('reading.read')}
        </button>
        {active && (
          <button type="button" class="cac-read__btn" onClick={trusted(stop)}>
            <span aria-hidden="true">■ </span>
            {t('reading.stop')}
          </button>
        )}
        <RateSelect t={t} rate={rate} onRate={(next) => (options.setRate ?? setLocalRate)(next)} />
      </div>
      <p class="cac-read__status" role="status">
        {state.status === 'unavailable' ? t('reading.unavailable') : ''}
      </p>
      {showText && <p class="cac-read__text">{highlight(text, sentences, active ? state.index : -1)}</p>}
    </div>
  );
}

/** The text with line breaks, each sentence in a span, the current one marked. */
function highlight(text: string, sentences: readonly Sentence[], current: number): ComponentChildren[] {
  const out: ComponentChildren[] = [];
  const gap = (from: number, to: number) =>
    text
      .slice(from, to)
      .split('\n')
      .forEach((part, i) => out.push(...(i ? [<br key={`b${from}-${i}`} />] : []), part));
  let cursor = 0;
  sentences.forEach((s, i) => {
    gap(cursor, s.start);
    out.push(
      <span key={i} class={i === current ? 'cac-read__sentence cac-read__sentence--current' : 'cac-read__sentence'}>
        {text.slice(s.start, s.end)}
      </span>,
    );
    cursor = s.end;
  });
  gap(cursor, text.length);
  return out;
}
