/** Everything that leaves or enters the archive as a file: documents, spreadsheets, calendars, contacts. */
import { useTranslation } from 'react-i18next';
import { ArchiveSection } from '../dataExchange/ArchiveSection';
import { CalendarSection } from '../dataExchange/CalendarSection';
import { ContactsSection } from '../dataExchange/ContactsSection';
import { OrganizersSection } from '../dataExchange/OrganizersSection';
import { SpreadsheetSection } from '../dataExchange/SpreadsheetSection';
import '../dataExchange/dataExchange.css';
import { DocumentExportsSection } from './DocumentExportsSection';

export function ExportsPage() {
  const { t } = useTranslation();
  return (
    <section className="page" aria-labelledby="exports-title">
      <h1 id="exports-title">{t('exports.title')}</h1>
      <DocumentExportsSection />
      <SpreadsheetSection />
      <CalendarSection />
      <ContactsSection />
      <OrganizersSection />
      <ArchiveSection />
    </section>
  );
}
