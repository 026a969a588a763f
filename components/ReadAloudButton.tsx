import { useContext, useEffect, useRef, useState } from 'preact/hooks';
import type { Translator } from '../lib/i18n';
import { trusted } from '../lib/trusted';
import { loadPart } from '../overlay/lazy/load-part';
import { loadedPart } from '../overlay/lazy/parts';
import { ReadingContext, type ReadingOptions } from './reading-context';
import { RateSelect } from './RateSelect';

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
 * G6 read aloud: "▶ Lire", then "⏸ Pause" / "▶ Reprendre" on the same button, "■ Arrêter",
 * and a speed choice; reads sentence by sentence, the sentence being read highlighted.
 *
 * This is the small stand-in the content script carries: same controls, same text (line by
 * line), same look. The reader itself (speech, sentence splitter, highlight) is the lazy
 * part `read-aloud` (components/ReadAloudPlayer.tsx): the first trusted click on "Lire"
 * loads it, then the player takes this place and starts reading at once (still within the
 * click's user activation), with the focus on its main button if this one had it. Once the
 * part is loaded, every ReadAloudButton renders the player directly. Where the part cannot
 * be loaded, it says that reading aloud is not available, like the player without a voice.
 * Speed and platform come from ReadingContext and are handed to the player as a prop.
 *
 * ```tsx
 * <ReadAloudButton text={step.body} i18n={page.i18n} />
 * ```
 */
export function ReadAloudButton({ text, i18n, lang = 'fr', showText = true }: ReadAloudProps) {
  const { t } = i18n;
  const context = useContext(ReadingContext);
  const [localRate, setLocalRate] = useState(context.rate);
  // Without a provider that saves it, the speed stays with this control (and its player).
  const options: ReadingOptions = context.setRate ? context : { ...context, rate: localRate, setRate: setLocalRate };
  const [part, setPart] = useState(() => loadedPart('read-aloud'));
  const [start, setStart] = useState({ autoplay: false, autofocus: false });
  const [status, setStatus] = useState<'idle' | 'loading' | 'unavailable'>('idle');
  const main = useRef<HTMLButtonElement>(null);
  const live = useRef(true);
  useEffect(() => () => void (live.current = false), []);

  if (part) {
    const Player = part.ReadAloudPlayer;
    return <Player text={text} i18n={i18n} lang={lang} showText={showText} options={options} {...start} />;
  }

  const read = () => {
    if (status === 'loading') return;
    setStatus('loading');
    const button = main.current;
    const focused = !!button && (button.getRootNode() as Document | ShadowRoot).activeElement === button;
    loadPart('read-aloud').then(
      (loaded) => {
        if (!live.current) return;
        if (!loaded) return setStatus('unavailable');
        setStart({ autoplay: true, autofocus: focused });
        setPart(loaded);
      },
      () => live.current && setStatus('unavailable'),
    );
  };
  return (
    <div class="cac-read" data-status={status === 'unavailable' ? 'unavailable' : 'idle'}>
      <div class="cac-read__controls" role="group" aria-label={t('reading.group')}>
        <button type="button" ref={main} class="cac-read__btn" onClick={trusted(read)}>
          <span aria-hidden="true">▶ </span>
          {t('reading.read')}
        </button>
        <RateSelect t={t} rate={options.rate} onRate={(next) => options.setRate?.(next)} />
      </div>
      <p class="cac-read__status" role="status">
        {status === 'unavailable' ? t('reading.unavailable') : ''}
      </p>
      {showText && <p class="cac-read__text">{lines(text)}</p>}
    </div>
  );
}

/** The text line by line, as the player shows it (which then splits it in sentence spans). */
function lines(text: string) {
  return text.split('\n').flatMap((line, i) => [...(i ? [<br key={`b${i}`} />] : []), <span key={i}>{line}</span>]);
}
