import { useTranslation } from 'react-i18next';
import { isLanguage, SUPPORTED_LANGUAGES } from '../../../shared/i18n/languages';
import { useServices, useSettings } from '../app/AppServices';

export function LanguageSection() {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  const { settings } = useServices();
  return (
    <section className="settings-section" aria-labelledby="settings-language">
      <h2 id="settings-language">{t('settings.language.title')}</h2>
      <label className="field">
        <span>{t('settings.language.label')}</span>
        <select
          value={language}
          onChange={(event) => {
            const next = event.target.value;
            if (isLanguage(next)) void settings.getState().update('language', next);
          }}
        >
          {SUPPORTED_LANGUAGES.map((lang) => (
            // Each language is named in itself, so a user lost in the other language can find their own.
            <option key={lang} value={lang} lang={lang}>
              {t(`languages.${lang}`)}
            </option>
          ))}
        </select>
      </label>
    </section>
  );
}
