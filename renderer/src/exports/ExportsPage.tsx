/** Everything that leaves or enters the archive as a file: documents, spreadsheets, calendars, contacts. */
import { useTranslation } from 'react-i18next';

export function ExportsPage() {
  const { t } = useTranslation();
  return (
    <section className="page" aria-labelledby="exports-title">
      <h1 id="exports-title">{t('exports.title')}</h1>
    </section>
  );
}
