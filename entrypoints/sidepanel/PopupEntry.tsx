import type { Translator } from '../../lib/i18n';
import './popup-entry.css';

/**
 * The popup's way into accompanied mode (W2): "Session accompagnée" opens the worker's side
 * panel; "Voir les statistiques" opens the options page (W3) when this build has one.
 * The opening happens inside the trusted click itself (the browsers require a user gesture).
 */
export function PopupSessionEntry({ i18n: { t }, onOpenPanel, onStatistics }: { i18n: Translator; onOpenPanel: () => void; onStatistics: (() => void) | null }) {
  return (
    <section class="popup-session" aria-labelledby="popup-session-open">
      <button type="button" id="popup-session-open" class="popup__clean-desk" data-testid="open-side-panel" onClick={(e) => e.isTrusted && onOpenPanel()}>
        {t('popup.session.open')}
      </button>
      <p class="popup-session__help">{t('popup.session.help')}</p>
      {onStatistics && (
        <button type="button" class="popup-session__link" data-testid="open-statistics" onClick={(e) => e.isTrusted && onStatistics()}>
          {t('popup.session.stats')}
        </button>
      )}
    </section>
  );
}
