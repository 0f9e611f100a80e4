import { useTranslation } from 'react-i18next';

export function HomePage() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="home-title" className="page">
      <h1 id="home-title">{t('home.title')}</h1>
      <p>{t('home.intro')}</p>
      <p>
        <a href="#/settings">{t('home.settingsHint')}</a>
      </p>
    </section>
  );
}
