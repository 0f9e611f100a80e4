/**
 * The agreements register: agreements with their parties, status, signing date and validity, narrowed by
 * status, partner, partner's country and "expires within N days", in a VirtualList. How each set of
 * filters is read (through one index, or narrowed in memory within a bound) is in agreementFilters.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { todayInZone, formatIsoDate } from '../../../shared/time/zonedTime';
import { useRepos, useServices } from '../app/AppServices';
import { routeHref } from '../app/router';
import {
  VirtualList,
  type ListSize,
  type LoadPage,
  type MemoryKey,
  type VirtualColumn,
} from '../ui/VirtualList';
import { laptopZone } from '../ui/zoneLabels';
import { AgreementFiltersBar } from './AgreementFiltersBar';
import {
  hasFilters,
  NO_FILTERS,
  readRegister,
  withParties,
  type AgreementFilters,
  type AgreementRow,
} from './agreementFilters';
import { NewAgreementForm } from './NewAgreementForm';
import './agreements.css';

/** Room for two parties. */
const ROW_HEIGHT = 64;

export function AgreementsPage() {
  const { t, i18n } = useTranslation();
  const repos = useRepos();
  const { now } = useServices();
  const [filters, setFilters] = useState<AgreementFilters>(NO_FILTERS);
  const [filtersKey, setFiltersKey] = useState(0);
  const [creating, setCreating] = useState(false);
  const language = i18n.language;
  const register = useLiveQuery(
    async () => ({
      filters,
      ...(await readRegister(repos, filters, todayInZone(now(), laptopZone()), new Intl.Collator(language))),
    }),
    [repos, filters, now, language],
  );
  // The register of the previous filters is never shown under these.
  const current = register?.filters === filters ? register : undefined;
  const page = current?.page;
  const loadPage = useCallback(
    async (offset: number, limit: number) => (page ? withParties(repos, await page(offset, limit)) : []),
    [repos, page],
  );

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
      <AgreementFiltersBar key={filtersKey} filters={filters} onChange={setFilters} />
      {hasFilters(filters) && (
        <p>
          <button
            type="button"
            onClick={() => {
              setFilters(NO_FILTERS);
              setFiltersKey((k) => k + 1);
            }}
          >
            {t('agreements.clearFilters')}
          </button>
        </p>
      )}
      {current === undefined ? (
        <p className="muted">{t('common.loading')}</p>
      ) : (
        <>
          {current.capped && <p className="muted">{t('agreements.capped')}</p>}
          <AgreementsTable
            key={JSON.stringify(filters)}
            memory={{ scope: repos, key: `agreements ${JSON.stringify(filters)}` }}
            size={current.loadCount ? { loadCount: current.loadCount } : { count: current.count }}
            loadPage={loadPage}
            empty={
              <p className="muted">
                {hasFilters(filters) ? t('agreements.noMatches') : t('agreements.empty')}
              </p>
            }
          />
        </>
      )}
    </section>
  );
}

interface AgreementsTableProps {
  memory: MemoryKey;
  size: ListSize;
  loadPage: LoadPage<AgreementRow>;
  empty: ReactNode;
}

function AgreementsTable({ memory, size, loadPage, empty }: AgreementsTableProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const columns = useMemo<VirtualColumn[]>(
    () => [
      { id: 'title', header: t('agreements.agreementTitle'), width: 'minmax(12rem, 2.5fr)' },
      { id: 'kind', header: t('agreements.kind'), width: '5rem' },
      { id: 'parties', header: t('agreements.parties'), width: 'minmax(10rem, 2fr)' },
      { id: 'status', header: t('agreements.status'), width: '8rem' },
      { id: 'signed', header: t('agreements.signedOn'), width: '8rem' },
      { id: 'until', header: t('agreements.validUntil'), width: '8rem' },
    ],
    [t],
  );
  const renderRow = useCallback(
    ({ agreement, parties }: AgreementRow) => [
      <a className="two-lines" href={routeHref({ name: 'agreement', id: agreement.id })} dir="auto">
        {agreement.title}
      </a>,
      <abbr title={t(`labels.agreementKind.${agreement.kind}`)}>
        {t(`labels.agreementKindShort.${agreement.kind}`)}
      </abbr>,
      <ul className="plain-list">
        {parties.map((name, i) => (
          <li key={i} className="one-line" dir="auto">
            {name ?? t('common.unknown')}
          </li>
        ))}
      </ul>,
      <span className={`badge status-${agreement.status}`}>
        {t(`labels.agreementStatus.${agreement.status}`)}
      </span>,
      agreement.signedOn && formatIsoDate(agreement.signedOn, language),
      agreement.validUntil && formatIsoDate(agreement.validUntil, language),
    ],
    [t, language],
  );
  return (
    <VirtualList
      label={t('agreements.register')}
      columns={columns}
      memory={memory}
      {...size}
      loadPage={loadPage}
      empty={empty}
      rowHeight={ROW_HEIGHT}
      renderRow={renderRow}
    />
  );
}
