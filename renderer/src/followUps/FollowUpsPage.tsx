import { useTranslation } from 'react-i18next';

export function FollowUpsPage() {
  const { t } = useTranslation();
  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title">{t('followUps.title')}</h1>
    </section>
  );
}
