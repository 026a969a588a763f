import { useContext, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { splitSentences, type Sentence } from '../core/text/sentences';
import type { Translator } from '../lib/i18n';
import { browserSpeech, createSpeaker, SPEECH_RATES, type SpeakerState } from '../lib/speech';
import { onTrustedClick } from '../overlay/dom/trusted-events';
import { ReadingContext } from './reading-context';

export interface ReadAloudProps {
  /** Plain text to read; "\n" separates lines (list items, paragraphs). */
  text: string;
  i18n: Translator;
  /** Language of `text` (packs and glossary are French): picks the voice. Default 'fr'. */
  lang?: string;
  /**
   * true (default): the component renders `text` itself under the controls, with the
   * sentence being read highlighted — use it IN PLACE of your own paragraph.
   * false: controls only; you render the text (no highlight then).
   */
  showText?: boolean;
}

/**
 * G6 read aloud: "▶ Lire", then "⏸ Pause" / "▶ Reprendre" on the same button (focus stays
 * on it), "■ Arrêter", and a speed choice. Reads sentence by sentence with a French voice
 * (lib/speech.ts). The label changes with the state, so no aria-pressed (WAI-ARIA: a
 * toggle either changes its label or its pressed state, not both). Only trusted clicks act.
 * Where speech is missing it says so in a status message. Styles: components/read-aloud.css
 * (in our shadow root). Speed and platform come from ReadingContext.
 *
 * ```tsx
 * <ReadAloudButton text={step.body} i18n={page.i18n} />
 * ```
 */
export function ReadAloudButton({ text, i18n, lang = 'fr', showText = true }: ReadAloudProps) {
  const { t } = i18n;
  const options = useContext(ReadingContext);
  const [localRate, setLocalRate] = useState(options.rate);
  const rate = options.setRate ? options.rate : localRate;
  const [{ speaker, controller }] = useState(() => {
    const controller = new AbortController();
    const platform = (options.platform ?? browserSpeech)();
    return { controller, speaker: createSpeaker({ platform, signal: controller.signal, lang, rate }) };
  });
  const [state, setState] = useState<SpeakerState>(speaker.get());
  const main = useRef<HTMLButtonElement>(null);
  useEffect(() => speaker.subscribe(setState), [speaker]);
  useEffect(() => () => controller.abort(), [controller]);
  useEffect(() => () => speaker.stop(), [speaker, text]);
  useEffect(() => speaker.setRate(rate), [speaker, rate]);
  const sentences = useMemo(() => splitSentences(text), [text]);

  const active = state.status === 'speaking' || state.status === 'paused';
  const toggle = () => (state.status === 'speaking' ? speaker.pause() : state.status === 'paused' ? speaker.resume() : speaker.play(text));
  const stop = () => {
    speaker.stop();
    main.current?.focus(); // the Stop button disappears: keep the focus in the card
  };
  const chooseRate = (event: Event) => {
    const next = SPEECH_RATES[(event.currentTarget as HTMLSelectElement).selectedIndex];
    if (!event.isTrusted || next === undefined) return;
    (options.setRate ?? setLocalRate)(next);
  };

  return (
    <div class="cac-read" data-status={state.status}>
      <div class="cac-read__controls" role="group" aria-label={t('reading.group')}>
        <button type="button" ref={main} class="cac-read__btn" onClick={onTrustedClick(toggle)}>
          <span aria-hidden="true">{state.status === 'speaking' ? '⏸' : '▶'} </span>
          {state.status === 'speaking' ? t('reading.pause') : state.status === 'paused' ? t('reading.resume') : t('reading.read')}
        </button>
        {active && (
          <button type="button" class="cac-read__btn" onClick={onTrustedClick(stop)}>
            <span aria-hidden="true">■ </span>
            {t('reading.stop')}
          </button>
        )}
        <label class="cac-read__rate">
          <span>{t('reading.rate')}</span>
          <select value={String(rate)} onChange={chooseRate}>
            {[t('reading.rate.slow'), t('reading.rate.normal'), t('reading.rate.fast')].map((label, i) => (
              <option key={i} value={String(SPEECH_RATES[i])}>{label}</option>
            ))}
          </select>
        </label>
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
