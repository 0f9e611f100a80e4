import { useTranslation } from 'react-i18next';

export function AgreementsPage() {
  const { t } = useTranslation();
  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title">{t('agreements.title')}</h1>
    </section>
  );
}
