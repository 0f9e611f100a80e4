import { useTranslation } from 'react-i18next';

export function PeoplePage() {
  const { t } = useTranslation();
  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title">{t('people.title')}</h1>
    </section>
  );
}
