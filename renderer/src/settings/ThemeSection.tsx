import { useTranslation } from 'react-i18next';
import { THEMES } from '../../../shared/settings/appSettings';
import { useServices, useSettings } from '../app/AppServices';

export function ThemeSection() {
  const { t } = useTranslation();
  const theme = useSettings((s) => s.theme);
  const { settings } = useServices();
  return (
    <section className="settings-section" aria-labelledby="settings-theme">
      <h2 id="settings-theme">{t('settings.theme.title')}</h2>
      <fieldset className="choice-group">
        <legend>{t('settings.theme.label')}</legend>
        {THEMES.map((option) => (
          <label key={option} className="choice">
            <input
              type="radio"
              name="theme"
              value={option}
              checked={theme === option}
              onChange={() => void settings.getState().update('theme', option)}
            />
            {t(`settings.theme.${option}`)}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
