import { useTranslation } from 'react-i18next';

export function MeetingPage({ id }: { id: string }) {
  const { t } = useTranslation();
  return (
    <section className="page" aria-labelledby="page-title" data-id={id}>
      <h1 id="page-title">{t('meetings.title')}</h1>
    </section>
  );
}
