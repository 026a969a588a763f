import type { Translator } from '../lib/i18n';
import type { Settings } from '../lib/settings';

/**
 * The reading settings (G6) in the popup: "Texte plus grand" (three sizes, radio buttons)
 * and "Langue". Props in, JSX out: the popup saves through `onChange`.
 */
export function ReadingSettings({ settings, i18n: { t }, onChange }: { settings: Settings; i18n: Translator; onChange: (patch: Partial<Settings>) => void }) {
  const sizes: Array<[Settings['textScale'], string]> = [
    [1, t('settings.textScale.normal')],
    [1.25, t('settings.textScale.large')],
    [1.5, t('settings.textScale.larger')],
  ];
  const languages: Array<[Settings['language'], string]> = [
    ['fr', t('settings.language.fr')],
    ['en', t('settings.language.en')],
  ];
  return (
    <section class="cac-settings" aria-labelledby="cac-settings-title">
      <h2 id="cac-settings-title" class="cac-settings__title">{t('settings.title')}</h2>
      <fieldset class="cac-settings__group">
        <legend>{t('settings.textScale')}</legend>
        {sizes.map(([scale, label]) => (
          <label key={scale} class="cac-settings__choice">
            <input type="radio" name="cac-text-scale" checked={settings.textScale === scale} onChange={() => onChange({ textScale: scale })} />
            <span style={{ fontSize: `${scale}em` }}>{label}</span>
          </label>
        ))}
      </fieldset>
      <fieldset class="cac-settings__group">
        <legend>{t('settings.language')}</legend>
        {languages.map(([language, label]) => (
          <label key={language} class="cac-settings__choice" lang={language}>
            <input type="radio" name="cac-language" checked={settings.language === language} onChange={() => onChange({ language })} />
            <span>{label}</span>
          </label>
        ))}
      </fieldset>
    </section>
  );
}
