import type { ComponentChildren } from 'preact';
import type { Translator } from '../lib/i18n';
import type { Settings } from '../lib/settings';
import { ReadingSettings } from './ReadingSettings';
import { CurtainControl } from './CurtainControl';

export type SiteSummary =
  | { kind: 'official'; host: string; portalName: string }
  | { kind: 'not-official'; host: string }
  | { kind: 'lookalike'; host: string; portalName: string | null; home: string | null }
  | { kind: 'unknown' };

/**
 * The toolbar popup: is the current site an official portal? Props in, JSX out.
 * `reading`: the reading settings (text size, language) and how to save them (G6).
 * `children`: more actions, shown with "Bureau propre" before the settings (the accompanied session).
 */
export function PopupView({ site, i18n, reading, onCleanDesk, curtain, children }: { site: SiteSummary; i18n: Translator; reading?: { settings: Settings; onChange: (patch: Partial<Settings>) => void }; onCleanDesk?: () => void; curtain?: { shortcut: string | null; onToggle: () => void }; children?: ComponentChildren }) {
  const { t } = i18n;
  return (
    <main class="popup" data-site={site.kind}>
      <h1 class="popup__title">{t('popup.title')}</h1>
      <SiteVerdict site={site} i18n={i18n} />
      <p class="popup__privacy">{t('popup.privacy')}</p>
      {curtain && site.kind === 'official' && <CurtainControl i18n={i18n} shortcut={curtain.shortcut} onToggle={curtain.onToggle} />}
      {onCleanDesk && (
        <button type="button" class="popup__clean-desk" onClick={(e) => e.isTrusted && onCleanDesk()}>
          {t('cleanDesk.open')}
        </button>
      )}
      {children}
      {reading && <ReadingSettings settings={reading.settings} i18n={i18n} onChange={reading.onChange} />}
    </main>
  );
}

function SiteVerdict({ site, i18n: { t } }: { site: SiteSummary; i18n: Translator }) {
  if (site.kind === 'unknown') return <p class="popup__verdict">{t('popup.noPage')}</p>;
  if (site.kind === 'lookalike') {
    return (
      <section class="popup__verdict popup__verdict--lookalike" aria-live="polite">
        <p>
          <span aria-hidden="true">⚠ </span>
          <strong>{site.portalName ? t('popup.lookalike', { portal: site.portalName }) : t('popup.lookalike.generic')}</strong>
        </p>
        <p>{t('popup.lookalike.advice')}</p>
        {site.home && <p class="popup__host">{t('popup.lookalike.real', { home: site.home })}</p>}
        <p class="popup__host">{t('popup.address', { host: site.host })}</p>
      </section>
    );
  }
  if (site.kind === 'official') {
    return (
      <section class="popup__verdict popup__verdict--official" aria-live="polite">
        <p>
          <span aria-hidden="true">✓ </span>
          <strong>{t('popup.official')}</strong>
        </p>
        <p>{t('popup.official.name', { portal: site.portalName })}</p>
        <p class="popup__host">{t('popup.address', { host: site.host })}</p>
      </section>
    );
  }
  return (
    <section class="popup__verdict popup__verdict--unknown" aria-live="polite">
      <p>
        <strong>{t('popup.notOfficial')}</strong>
      </p>
      <p>{t('popup.notOfficial.advice')}</p>
      <p class="popup__host">{t('popup.address', { host: site.host })}</p>
    </section>
  );
}
