import { useTranslation } from 'react-i18next';

export function OrganizationsPage() {
  const { t } = useTranslation();
  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title">{t('organizations.title')}</h1>
    </section>
  );
}
