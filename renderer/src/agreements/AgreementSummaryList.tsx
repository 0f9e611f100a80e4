/** Agreements in brief (title, kind, status, signing date), linking to each; for organization and person pages. */
import { useTranslation } from 'react-i18next';
import type { Agreement } from '../../../shared/domain/entities';
import { formatIsoDate } from '../../../shared/time/zonedTime';
import { routeHref } from '../app/router';

interface AgreementSummaryListProps {
  agreements: readonly Agreement[];
  emptyText: string;
}

export function AgreementSummaryList({ agreements, emptyText }: AgreementSummaryListProps) {
  const { t, i18n } = useTranslation();
  if (agreements.length === 0) return <p className="muted">{emptyText}</p>;
  return (
    <ul className="data-list">
      {agreements.map((agreement) => (
        <li key={agreement.id}>
          <a href={routeHref({ name: 'agreement', id: agreement.id })} dir="auto">
            {agreement.title}
          </a>
          <div className="muted">
            {t(`labels.agreementKindShort.${agreement.kind}`)}
            {' · '}
            {t(`labels.agreementStatus.${agreement.status}`)}
            {agreement.signedOn &&
              ` · ${t('agreements.signedOnDate', { date: formatIsoDate(agreement.signedOn, i18n.language) })}`}
          </div>
        </li>
      ))}
    </ul>
  );
}
