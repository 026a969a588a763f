import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '../overlay/store';
import { createAutonomyStore } from './autonomy-store';
import type { AutonomyLevel } from '../core/session/accompanied';
import { ANSWERS, answerKey, levelKey, QUESTIONS, skillKey, type Answer } from '../core/session/autonomy';
import type { Translator } from '../lib/translator';
import './autonomy-check.css';

export interface AutonomyCheckProps {
  i18n: Translator;
  /** Reads a text aloud (the side panel passes lib/speech's speaker); no button without it. */
  speak?: (text: string) => void;
  /** The worker chose to count the level in the statistics. */
  onResult: (level: AutonomyLevel) => void;
  /** The worker stopped, or closed the result without counting. */
  onCancel: () => void;
}

/** Our UI acts on real clicks and keys only. */
const trusted =
  <E extends Event>(action: (event: E) => void) =>
  (event: E) => {
    if (event.isTrusted) action(event);
  };

/**
 * W4, the digital-autonomy check: ten questions, one at a time, then the level in plain
 * words and where to turn next. The answers live in this component's store
 * (autonomy-store.ts) and die with it; only `onResult(level)` lets a number out, when the
 * worker asks.
 * Headings start at h4: it opens inside the side panel's h3 section (h1 panel, h2 screen).
 * Styles: components/autonomy-check.css, imported here (an extension page loads it with
 * this module's chunk); not meant for a shadow root.
 */
export function AutonomyCheck({ i18n, speak, onResult, onCancel }: AutonomyCheckProps) {
  const { t } = i18n;
  const [store] = useState(createAutonomyStore);
  const { step, counted } = useStore(store.state);
  const heading = useRef<HTMLHeadingElement>(null);
  const radios = useRef<Array<HTMLElement | null>>([]);
  const base = useId();
  // Layout effect: the focus lands before the next key press (the answered radio is gone).
  useLayoutEffect(() => heading.current?.focus(), [step]);

  const result = store.result();
  const back = store.back;

  if (result) {
    const { level, skills, suggestions } = result;
    const spoken = () =>
      [
        t(levelKey(level)),
        t('autonomy.result.alone'),
        ...(skills.alone.length ? skills.alone.map((s) => t(skillKey(s))) : [t('autonomy.result.aloneNone')]),
        t('autonomy.result.next'),
        ...(skills.toLearn.length ? skills.toLearn.map((s) => t(skillKey(s))) : [t('autonomy.result.nextNone')]),
        t('autonomy.result.help'),
        ...suggestions.map((s) => `${t(s.titleKey)}. ${t(s.textKey)}${s.phone ? ` ${t('autonomy.suggest.phone', { phone: s.phone.display })}` : ''}`),
      ].join('\n');
    return (
      <section class="cac-aut" dir={i18n.dir} lang={i18n.lang} aria-labelledby={`${base}-result`}>
        <h4 id={`${base}-result`} class="cac-aut__heading" tabIndex={-1} ref={heading}>
          {t('autonomy.result.title')}
        </h4>
        <p class="cac-aut__level">{t(levelKey(level))}</p>
        {speak && (
          <button type="button" class="cac-aut__button" onClick={trusted(() => speak(spoken()))}>
            {t('autonomy.result.read')}
          </button>
        )}
        <h5 class="cac-aut__subtitle">{t('autonomy.result.alone')}</h5>
        {skills.alone.length ? (
          <ul class="cac-aut__skills" data-list="alone">
            {skills.alone.map((s) => <li key={s}>{t(skillKey(s))}</li>)}
          </ul>
        ) : (
          <p>{t('autonomy.result.aloneNone')}</p>
        )}
        <h5 class="cac-aut__subtitle">{t('autonomy.result.next')}</h5>
        {skills.toLearn.length ? (
          <ul class="cac-aut__skills" data-list="next">
            {skills.toLearn.map((s) => <li key={s}>{t(skillKey(s))}</li>)}
          </ul>
        ) : (
          <p>{t('autonomy.result.nextNone')}</p>
        )}
        <h5 class="cac-aut__subtitle">{t('autonomy.result.help')}</h5>
        <ul class="cac-aut__suggestions">
          {suggestions.map((s) => (
            <li key={s.id} class="cac-aut__suggestion" data-suggestion={s.id}>
              <h6 class="cac-aut__suggestion-title">{t(s.titleKey)}</h6>
              <p>{t(s.textKey)}</p>
              {s.phone && (
                <p>
                  <a href={`tel:${s.phone.tel}`}>{t('autonomy.suggest.phone', { phone: s.phone.display })}</a>
                </p>
              )}
              {s.url && (
                <p>
                  <a href={s.url} target="_blank" rel="noopener noreferrer">
                    {t('autonomy.suggest.site', { site: new URL(s.url).host })}
                  </a>
                </p>
              )}
            </li>
          ))}
        </ul>
        <div class="cac-aut__count">
          <p>{t('autonomy.count.level', { level: String(level) })}</p>
          <p class="cac-aut__note">{t('autonomy.notKept')}</p>
          <div class="cac-aut__actions">
            <button type="button" class="cac-aut__button" onClick={trusted(back)}>
              {t('autonomy.back')}
            </button>
            <button
              type="button"
              class="cac-aut__button cac-aut__button--primary"
              aria-disabled={counted}
              onClick={trusted(() => {
                const level = store.count();
                if (level !== null) onResult(level);
              })}
            >
              {t('autonomy.count')}
            </button>
            {!counted && (
              <button type="button" class="cac-aut__button" onClick={trusted(onCancel)}>
                {t('autonomy.close')}
              </button>
            )}
          </div>
        </div>
      </section>
    );
  }

  const { index, question, chosen, last } = store.question();
  const { choose, confirm } = store;
  const read = () => speak?.([t(question.key), t(question.hintKey), ...ANSWERS.map((a) => `${t(answerKey(a))}.`)].join('\n'));

  const onKey = (answer: Answer) =>
    trusted((event: KeyboardEvent) => {
      const at = ANSWERS.indexOf(answer);
      const forward = i18n.dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
      const backward = i18n.dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
      let next: number | null = null;
      if (event.key === 'ArrowDown' || event.key === forward) next = (at + 1) % ANSWERS.length;
      else if (event.key === 'ArrowUp' || event.key === backward) next = (at + ANSWERS.length - 1) % ANSWERS.length;
      else if (event.key === 'Home') next = 0;
      else if (event.key === 'End') next = ANSWERS.length - 1;
      else if (event.key === ' ' || event.key === 'Enter') {
        event.preventDefault();
        confirm(answer);
        return;
      }
      if (next === null) return;
      event.preventDefault();
      choose(ANSWERS[next]!);
      radios.current[next]?.focus();
    });
  const focusable = chosen ?? ANSWERS[0];

  return (
    <section class="cac-aut" dir={i18n.dir} lang={i18n.lang} aria-labelledby={`${base}-progress ${base}-q`}>
      <p class="cac-aut__intro">{t('autonomy.intro')}</p>
      <p id={`${base}-progress`} class="cac-aut__progress">
        {t('autonomy.progress', { n: String(index + 1), total: String(QUESTIONS.length) })}
      </p>
      <h4 id={`${base}-q`} class="cac-aut__heading cac-aut__question" tabIndex={-1} ref={heading} aria-labelledby={`${base}-progress ${base}-q`}>
        {t(question.key)}
      </h4>
      <p id={`${base}-hint`} class="cac-aut__hint">
        {t(question.hintKey)}
      </p>
      {speak && (
        <button type="button" class="cac-aut__button" onClick={trusted(read)}>
          {t('autonomy.read')}
        </button>
      )}
      <div class="cac-aut__answers" role="radiogroup" aria-labelledby={`${base}-q`} aria-describedby={`${base}-hint`}>
        {ANSWERS.map((answer, i) => (
          <div
            key={`${question.id}-${answer}`}
            ref={(el) => {
              radios.current[i] = el;
            }}
            role="radio"
            class="cac-aut__answer"
            data-answer={answer}
            aria-checked={chosen === answer}
            tabIndex={answer === focusable ? 0 : -1}
            onClick={trusted(() => confirm(answer))}
            onKeyDown={onKey(answer)}
          >
            {t(answerKey(answer))}
          </div>
        ))}
      </div>
      <div class="cac-aut__actions">
        {index > 0 && (
          <button type="button" class="cac-aut__button" onClick={trusted(back)}>
            {t('autonomy.back')}
          </button>
        )}
        {chosen && (
          <button type="button" class="cac-aut__button cac-aut__button--primary" onClick={trusted(store.next)}>
            {last ? t('autonomy.seeResult') : t('autonomy.next')}
          </button>
        )}
        <button type="button" class="cac-aut__button cac-aut__button--quiet" onClick={trusted(onCancel)}>
          {t('autonomy.stop')}
        </button>
      </div>
    </section>
  );
}
