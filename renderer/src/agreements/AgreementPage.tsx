import { useTranslation } from 'react-i18next';

export function AgreementPage({ id }: { id: string }) {
  const { t } = useTranslation();
  return (
    <section className="page" aria-labelledby="page-title" data-id={id}>
      <h1 id="page-title">{t('agreements.title')}</h1>
    </section>
  );
}
