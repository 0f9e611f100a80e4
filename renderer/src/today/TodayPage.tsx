import { useTranslation } from 'react-i18next';

export function TodayPage() {
  const { t } = useTranslation();
  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title">{t('today.title')}</h1>
    </section>
  );
}
