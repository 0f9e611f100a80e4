import { useTranslation } from 'react-i18next';

export function EventsPage() {
  const { t } = useTranslation();
  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title">{t('events.title')}</h1>
    </section>
  );
}
