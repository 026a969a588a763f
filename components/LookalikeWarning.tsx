import { useEffect, useRef } from 'preact/hooks';
import type { HostAssessment, LookalikeReason } from '../core/portals/lookalike';
import type { Translator } from '../lib/i18n';

/** The portal a look-alike imitates, as the warning needs it. */
export interface ImitatedPortal {
  id: string;
  shortName: string;
  home: string | null;
  phone: string | null;
}

export interface LookalikeWarningProps {
  /** The host the person was going to (null: the page was opened without an address). */
  host: string | null;
  assessment: HostAssessment;
  portal: ImitatedPortal | null;
  /** There is a page to go back to (otherwise the button closes the tab). */
  canGoBack: boolean;
  continueFailed: boolean;
  onBack: () => void;
  onContinue: () => void;
  i18n: Translator;
}

/**
 * The look-alike warning (G1), shown instead of the page before the person can type.
 * Our own look (never the State's), plain words, the safe path first, and "Continuer quand
 * même" last and smaller. The heading takes the focus, so a screen reader starts there.
 * Buttons act on trusted (real) clicks and keys only.
 */
export function LookalikeWarning(props: LookalikeWarningProps) {
  const { host, assessment, portal, canGoBack, continueFailed, onBack, onContinue, i18n } = props;
  const { t } = i18n;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const home = portal?.home ?? null;

  return (
    <main class="warning" aria-labelledby="warning-title">
      <p class="warning__brand">{t('lookalike.brand')}</p>
      <h1 id="warning-title" class="warning__title" tabIndex={-1} ref={heading}>
        <span aria-hidden="true">⚠ </span>
        {portal ? t('lookalike.title.portal', { portal: portal.shortName }) : t('lookalike.title.generic')}
      </h1>

      {host ? (
        <section class="warning__addresses">
          <p>{t('lookalike.youWereGoing')}</p>
          <p class="warning__host warning__host--bad">{host}</p>
          {portal && home ? (
            <>
              <p>{t('lookalike.realSite', { portal: portal.shortName })}</p>
              <p class="warning__host warning__host--good">{new URL(home).hostname}</p>
            </>
          ) : null}
        </section>
      ) : (
        <p>{t('lookalike.noAddress')}</p>
      )}

      <div class="warning__actions">
        {home ? (
          <a class="warning__button warning__button--primary" href={home}>
            {t('lookalike.goOfficial')}
          </a>
        ) : null}
        <button type="button" class="warning__button" onClick={(e) => e.isTrusted && onBack()}>
          {canGoBack ? t('lookalike.goBack') : t('lookalike.closeTab')}
        </button>
      </div>

      <Reasons reasons={assessment.reasons} i18n={i18n} />
      <Advice portal={portal} i18n={i18n} />

      {host ? (
        <section class="warning__continue">
          <p>{t('lookalike.continue.note')}</p>
          <button type="button" class="warning__link-button" onClick={(e) => e.isTrusted && onContinue()}>
            {t('lookalike.continue', { host })}
          </button>
          {continueFailed ? <p role="alert">{t('lookalike.continue.failed')}</p> : null}
        </section>
      ) : null}
    </main>
  );
}

function Reasons({ reasons, i18n: { t } }: { reasons: LookalikeReason[]; i18n: Translator }) {
  const text: Record<LookalikeReason, string> = {
    'brand-word': t('lookalike.reason.brand-word'),
    'gouv-outside-gouv-fr': t('lookalike.reason.gouv-outside-gouv-fr'),
    'edit-distance': t('lookalike.reason.edit-distance'),
    punycode: t('lookalike.reason.punycode'),
    'mixed-script': t('lookalike.reason.mixed-script'),
    'official-as-subdomain': t('lookalike.reason.official-as-subdomain'),
  };
  if (reasons.length === 0) return null;
  return (
    <section class="warning__section" aria-labelledby="warning-why">
      <h2 id="warning-why">{t('lookalike.why')}</h2>
      <ul>
        {reasons.map((reason) => (
          <li key={reason}>{text[reason]}</li>
        ))}
      </ul>
    </section>
  );
}

function Advice({ portal, i18n: { t } }: { portal: ImitatedPortal | null; i18n: Translator }) {
  const id = portal?.id ?? null;
  return (
    <section class="warning__section" aria-labelledby="warning-advice">
      <h2 id="warning-advice">{t('lookalike.advice.title')}</h2>
      <ul>
        <li>{t('lookalike.advice.noSecrets')}</li>
        <li>{t('lookalike.advice.typeAddress')}</li>
        <li>{t('lookalike.advice.neverAsks')}</li>
        {portal?.phone ? (
          <li>{t('lookalike.advice.call.portal', { portal: portal.shortName, phone: portal.phone })}</li>
        ) : (
          <li>
            {t('lookalike.advice.call.generic')}
            <ul>
              <li>{t('lookalike.advice.call.caf')}</li>
              <li>{t('lookalike.advice.call.ameli')}</li>
              <li>{t('lookalike.advice.call.francetravail')}</li>
            </ul>
          </li>
        )}
        <li>{t('lookalike.advice.sms')}</li>
        {id === 'ameli' ? <li>{t('lookalike.advice.free.vitale')}</li> : null}
        {id === 'ants' || id === null ? <li>{t('lookalike.advice.free.papers')}</li> : null}
        {id === 'anef' || id === null ? <li>{t('lookalike.advice.free.residence')}</li> : null}
        {id === null ? <li>{t('lookalike.advice.gouv')}</li> : null}
      </ul>
    </section>
  );
}
