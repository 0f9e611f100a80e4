import { useTranslation } from 'react-i18next';
import { useSettings } from '../app/AppServices';
import { BackupsSection } from '../backup/BackupsSection';
import { SecuritySection } from '../security/SecuritySection';
import { SyntheticImportSection } from '../importing/SyntheticImportSection';
import { LoadSampleButton } from '../sample/LoadSampleButton';
import { AboutSection } from './AboutSection';
import { DeviceSection } from './DeviceSection';
import { LetterheadSection } from './LetterheadSection';
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
      <DeviceSection />
      <LetterheadSection />
      <section className="settings-section" aria-labelledby="settings-sample">
        <h2 id="settings-sample">{t('settings.sample.title')}</h2>
        <p className="muted">{t('sample.description')}</p>
        <LoadSampleButton />
      </section>
      <SyntheticImportSection />
      <StorageSection />
      <BackupsSection />
      <SecuritySection />
      <AboutSection />
    </section>
  );
}
