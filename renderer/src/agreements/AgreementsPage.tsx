/**
 * The agreements register: a table of agreements with their parties, status, signing date and validity,
 * narrowed by status, partner, partner's country and "expires within N days".
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayInZone, formatIsoDate } from '../../../shared/time/zonedTime';
import { useRepos, useServices } from '../app/AppServices';
import { routeHref } from '../app/router';
import { ShowMoreButton } from '../ui/ShowMoreButton';
import { usePaging } from '../ui/usePaging';
import { laptopZone } from '../ui/zoneLabels';
import { AgreementFiltersBar } from './AgreementFiltersBar';
import { hasFilters, loadAgreements, NO_FILTERS, type AgreementFilters } from './agreementFilters';
import { NewAgreementForm } from './NewAgreementForm';
import './agreements.css';

const PAGE_SIZE = 100;

export function AgreementsPage() {
  const { t, i18n } = useTranslation();
  const repos = useRepos();
  const { now } = useServices();
  const [filters, setFilters] = useState<AgreementFilters>(NO_FILTERS);
  const [filtersKey, setFiltersKey] = useState(0);
  const [creating, setCreating] = useState(false);
  const { limit, showMore, reset } = usePaging(PAGE_SIZE);
  const page = useLiveQuery(
    () => loadAgreements(repos, filters, todayInZone(now(), laptopZone()), limit),
    [repos, filters, limit, now],
  );
  const agreements = useMemo(() => {
    if (!page) return undefined;
    const collator = new Intl.Collator(i18n.language);
    // Soonest expiry first when looking for what expires; otherwise by title.
    return [...page.agreements].sort((a, b) =>
      filters.expiresWithinDays !== null
        ? (a.validUntil ?? '').localeCompare(b.validUntil ?? '')
        : collator.compare(a.title, b.title),
    );
  }, [page, i18n.language, filters.expiresWithinDays]);

  const changeFilters = (next: AgreementFilters) => {
    setFilters(next);
    reset();
  };

  return (
    <section className="page agreements-page" aria-labelledby="page-title">
      <header className="page-header">
        <h1 id="page-title">{t('agreements.title')}</h1>
        {!creating && (
          <button type="button" className="primary" onClick={() => setCreating(true)}>
            {t('agreements.new')}
          </button>
        )}
      </header>
      {creating && <NewAgreementForm onCancel={() => setCreating(false)} />}
      <AgreementFiltersBar key={filtersKey} filters={filters} onChange={changeFilters} />
      {hasFilters(filters) && (
        <p>
          <button
            type="button"
            onClick={() => {
              changeFilters(NO_FILTERS);
              setFiltersKey((k) => k + 1);
            }}
          >
            {t('agreements.clearFilters')}
          </button>
        </p>
      )}
      {agreements === undefined || page === undefined ? (
        <p className="muted">{t('common.loading')}</p>
      ) : agreements.length === 0 ? (
        <p className="muted">{hasFilters(filters) ? t('agreements.noMatches') : t('agreements.empty')}</p>
      ) : (
        <table className="data-table agreements-table" aria-label={t('agreements.register')}>
          <thead>
            <tr>
              <th scope="col">{t('agreements.agreementTitle')}</th>
              <th scope="col">{t('agreements.kind')}</th>
              <th scope="col">{t('agreements.parties')}</th>
              <th scope="col">{t('agreements.status')}</th>
              <th scope="col">{t('agreements.signedOn')}</th>
              <th scope="col">{t('agreements.validUntil')}</th>
            </tr>
          </thead>
          <tbody>
            {agreements.map((agreement) => (
              <tr key={agreement.id}>
                <td>
                  <a href={routeHref({ name: 'agreement', id: agreement.id })} dir="auto">
                    {agreement.title}
                  </a>
                </td>
                <td>
                  <abbr title={t(`labels.agreementKind.${agreement.kind}`)}>
                    {t(`labels.agreementKindShort.${agreement.kind}`)}
                  </abbr>
                </td>
                <td>
                  <ul className="plain-list">
                    {agreement.partyOrgIds.map((id) => (
                      <li key={id} dir="auto">
                        {page.organizations.get(id)?.name ?? t('common.unknown')}
                      </li>
                    ))}
                  </ul>
                </td>
                <td>
                  <span className={`badge status-${agreement.status}`}>
                    {t(`labels.agreementStatus.${agreement.status}`)}
                  </span>
                </td>
                <td>{agreement.signedOn && formatIsoDate(agreement.signedOn, i18n.language)}</td>
                <td>{agreement.validUntil && formatIsoDate(agreement.validUntil, i18n.language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {page?.more && <ShowMoreButton label={t('agreements.showMore')} onClick={showMore} />}
    </section>
  );
}
