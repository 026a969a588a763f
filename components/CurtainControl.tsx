import type { Translator } from '../lib/i18n';

/**
 * C3 in the popup: the privacy-curtain button for the current tab, and where to change its
 * keyboard shortcut. Props in, JSX out; acts only on a real click.
 */
export function CurtainControl({ i18n: { t }, shortcut, onToggle }: { i18n: Translator; shortcut: string | null; onToggle: () => void }) {
  return (
    <section class="popup__curtain">
      <button type="button" class="popup__curtain-button" onClick={(e) => e.isTrusted && onToggle()}>
        {t('popup.curtain')}
      </button>
      <p class="popup__curtain-help">{shortcut ? t('popup.curtain.help', { shortcut }) : t('popup.curtain.help.none')}</p>
    </section>
  );
}
