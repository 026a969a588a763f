import type { Translator } from '../lib/i18n';
import { SPEECH_RATES } from '../lib/speech-rates';

/**
 * The reading speed ("Lente", "Normale", "Rapide"), the same in the content script's
 * stand-in (ReadAloudButton) and in the reader (ReadAloudPlayer). Only a choice the person
 * made counts (the page cannot change our speed with a synthetic event).
 */
export function RateSelect({ t, rate, onRate }: { t: Translator['t']; rate: number; onRate: (rate: number) => void }) {
  const choose = (event: Event) => {
    const next = SPEECH_RATES[(event.currentTarget as HTMLSelectElement).selectedIndex];
    if (event.isTrusted && next !== undefined) onRate(next);
  };
  return (
    <label class="cac-read__rate">
      <span>{t('reading.rate')}</span>
      <select value={String(rate)} onChange={choose}>
        {[t('reading.rate.slow'), t('reading.rate.normal'), t('reading.rate.fast')].map((label, i) => (
          <option key={i} value={String(SPEECH_RATES[i])}>{label}</option>
        ))}
      </select>
    </label>
  );
}
