/**
 * The organizations list, in a VirtualList: every organization in name order through the `_sortKey`
 * index, or, with a filter, those whose name (any word, any script) matches it, as NameFinder finds
 * them: names starting with the filter first. Rows come in the same order every time, so scrolling
 * meets them where they were.
 */
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { countryName } from '../../../shared/domain/countries';
import type { Organization } from '../../../shared/domain/entities';
import { useRepos } from '../app/AppServices';
import { routeHref } from '../app/router';
import { useNameFilteredList } from '../search/useNameFilteredList';
import { TextField } from '../ui/Field';
import { VirtualList, type ListSize, type MemoryKey, type VirtualColumn } from '../ui/VirtualList';
import { NewOrganizationForm } from './NewOrganizationForm';

const ROW_HEIGHT = 48;

export function OrganizationsPage() {
  const { t, i18n } = useTranslation();
  const repos = useRepos();
  const [filter, setFilter] = useState('');
  const [creating, setCreating] = useState(false);
  const text = filter.trim();
  const list = useNameFilteredList('organizations', text);

  return (
    <section className="page organizations-page" aria-labelledby="page-title">
      <header className="page-header">
        <h1 id="page-title">{t('organizations.title')}</h1>
        {!creating && (
          <button type="button" className="primary" onClick={() => setCreating(true)}>
            {t('organizations.new')}
          </button>
        )}
      </header>
      {creating && <NewOrganizationForm onCancel={() => setCreating(false)} />}
      <div className="toolbar" role="search">
        <TextField
          label={t('organizations.filter')}
          type="search"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
      </div>
      {list.cappedAt !== null && (
        <p className="muted">
          {t('organizations.capped', {
            text,
            shown: new Intl.NumberFormat(i18n.language).format(list.cappedAt),
          })}
        </p>
      )}
      {list.ready && (
        <OrganizationsTable
          key={text}
          memory={{ scope: repos, key: `organizations ${text}` }}
          size={list.size}
          loadPage={list.loadPage}
          empty={
            <p className="muted">
              {text ? t('organizations.noMatches', { text }) : t('organizations.empty')}
            </p>
          }
        />
      )}
    </section>
  );
}

interface OrganizationsTableProps {
  memory: MemoryKey;
  size: ListSize;
  empty: ReactNode;
  loadPage: (offset: number, limit: number) => Promise<Organization[]>;
}

function OrganizationsTable({ memory, size, loadPage, empty }: OrganizationsTableProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const columns = useMemo<VirtualColumn[]>(
    () => [
      { id: 'name', header: t('organizations.name'), width: 'minmax(12rem, 2.5fr)' },
      { id: 'native', header: t('organizations.nativeName'), width: 'minmax(10rem, 2fr)' },
      { id: 'country', header: t('organizations.country'), width: 'minmax(7rem, 1fr)' },
      { id: 'kind', header: t('organizations.kind'), width: 'minmax(7rem, 1fr)' },
    ],
    [t],
  );
  const renderRow = useCallback(
    (o: Organization) => [
      <a className="one-line" href={routeHref({ name: 'organization', id: o.id })} dir="auto">
        {o.name}
      </a>,
      <span dir="auto" className="native-name one-line">
        {o.nativeName}
      </span>,
      <span className="one-line">{o.country ? countryName(o.country, language) : t('common.unknown')}</span>,
      <span className="one-line">{t(`labels.organizationKind.${o.kind}`)}</span>,
    ],
    [t, language],
  );
  return (
    <VirtualList
      labelledBy="page-title"
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
