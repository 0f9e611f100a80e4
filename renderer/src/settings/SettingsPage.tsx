import { useTranslation } from 'react-i18next';
import { useSettings } from '../app/AppServices';
import { AboutSection } from './AboutSection';
import { LanguageSection } from './LanguageSection';
import { StorageSection } from './StorageSection';
import { ThemeSection } from './ThemeSection';

export function SettingsPage() {
  const { t } = useTranslation();
  const error = useSettings((s) => s.error);
  return (
    <section aria-labelledby="settings-title" className="page">
      <h1 id="settings-title">{t('settings.title')}</h1>
      {error && (
        <p role="alert" className="error-banner">
          {t('errors.generic', { message: error })}
        </p>
      )}
      <LanguageSection />
      <ThemeSection />
      <StorageSection />
      <AboutSection />
    </section>
  );
}
