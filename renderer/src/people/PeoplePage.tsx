/**
 * The people list, in a VirtualList: everyone in name order through the `_sortKey` index, or, with a
 * filter, those whose name (any word, any script) matches it, as NameFinder finds them: names starting
 * with the filter first. Each row shows the person's organization. Rows come in the same order every
 * time, so scrolling meets them where they were.
 */
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organization, Person } from '../../../shared/domain/entities';
import { useRepos } from '../app/AppServices';
import { routeHref } from '../app/router';
import type { Repositories } from '../db/repositories/createRepositories';
import { TextField } from '../ui/Field';
import { useNameFilteredList } from '../search/useNameFilteredList';
import { recordsById } from '../ui/recordsById';
import { VirtualList, type ListSize, type MemoryKey, type VirtualColumn } from '../ui/VirtualList';
import { NewPersonForm } from './NewPersonForm';
import './people.css';

const ROW_HEIGHT = 48;

interface PersonRow {
  person: Person;
  organization: Organization | undefined;
}

async function withOrganizations(repos: Repositories, people: Person[]): Promise<PersonRow[]> {
  const organizations = await recordsById(
    repos.organizations,
    people.map((p) => p.organizationId),
  );
  return people.map((person) => ({
    person,
    organization: person.organizationId ? organizations.get(person.organizationId) : undefined,
  }));
}

export function PeoplePage() {
  const { t, i18n } = useTranslation();
  const repos = useRepos();
  const [filter, setFilter] = useState('');
  const [creating, setCreating] = useState(false);
  const text = filter.trim();
  const list = useNameFilteredList('people', text);
  const loadPeople = list.loadPage;
  const loadPage = useCallback(
    async (offset: number, limit: number) => withOrganizations(repos, await loadPeople(offset, limit)),
    [repos, loadPeople],
  );

  return (
    <section className="page people-page" aria-labelledby="page-title">
      <header className="page-header">
        <h1 id="page-title">{t('people.title')}</h1>
        {!creating && (
          <button type="button" className="primary" onClick={() => setCreating(true)}>
            {t('people.new')}
          </button>
        )}
      </header>
      {creating && <NewPersonForm onCancel={() => setCreating(false)} />}
      <div className="toolbar" role="search">
        <TextField
          label={t('people.filter')}
          type="search"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
      </div>
      {list.cappedAt !== null && (
        <p className="muted">
          {t('people.capped', { text, shown: new Intl.NumberFormat(i18n.language).format(list.cappedAt) })}
        </p>
      )}
      {list.ready && (
        <PeopleTable
          key={text}
          memory={{ scope: repos, key: `people ${text}` }}
          size={list.size}
          loadPage={loadPage}
          empty={<p className="muted">{text ? t('people.noMatches', { text }) : t('people.empty')}</p>}
        />
      )}
    </section>
  );
}

interface PeopleTableProps {
  memory: MemoryKey;
  size: ListSize;
  empty: ReactNode;
  loadPage: (offset: number, limit: number) => Promise<PersonRow[]>;
}

function PeopleTable({ memory, size, loadPage, empty }: PeopleTableProps) {
  const { t } = useTranslation();
  const columns = useMemo<VirtualColumn[]>(
    () => [
      { id: 'name', header: t('people.name'), width: 'minmax(12rem, 2fr)' },
      { id: 'native', header: t('people.nativeName'), width: 'minmax(8rem, 1.5fr)' },
      { id: 'title', header: t('people.personTitle'), width: 'minmax(8rem, 1.5fr)' },
      { id: 'organization', header: t('people.organization'), width: 'minmax(10rem, 2fr)' },
    ],
    [t],
  );
  const renderRow = useCallback(
    ({ person, organization }: PersonRow) => [
      <span className="one-line">
        <a href={routeHref({ name: 'person', id: person.id })} dir="auto">
          {person.name}
        </a>
        {person.isDelegate && <span className="badge delegate-badge">{t('people.delegate')}</span>}
      </span>,
      <span dir="auto" className="native-name one-line">
        {person.nativeName}
      </span>,
      <span dir="auto" className="one-line">
        {person.title}
      </span>,
      organization && (
        <a className="one-line" href={routeHref({ name: 'organization', id: organization.id })} dir="auto">
          {organization.name}
        </a>
      ),
    ],
    [t],
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
