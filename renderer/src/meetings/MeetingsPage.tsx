import { useTranslation } from 'react-i18next';

export function MeetingsPage() {
  const { t } = useTranslation();
  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title">{t('meetings.title')}</h1>
    </section>
  );
}
