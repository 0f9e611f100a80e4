/** Organizers' files: their agenda (ICS) and their participant list (CSV or XLSX). */
import { useTranslation } from 'react-i18next';
import { AgendaImport } from './AgendaImport';
import { ParticipantListImport } from './ParticipantListImport';

export function OrganizersSection() {
  const { t } = useTranslation();
  return (
    <section className="panel exchange-section" aria-labelledby="exchange-organizers">
      <h2 id="exchange-organizers">{t('exchange.organizers.title')}</h2>
      <p className="muted">{t('exchange.organizers.description')}</p>
      <AgendaImport />
      <ParticipantListImport />
    </section>
  );
}
