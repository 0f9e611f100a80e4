/**
 * The people list: a prefix filter through the name index (any script), or everyone in name order a page
 * at a time, with each person's organization. The page shown is sorted by the UI language's collation.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRepos } from '../app/AppServices';
import { routeHref } from '../app/router';
import { TextField } from '../ui/Field';
import { recordsById } from '../ui/recordsById';
import { ShowMoreButton } from '../ui/ShowMoreButton';
import { usePaging } from '../ui/usePaging';
import { NewPersonForm } from './NewPersonForm';
import './people.css';

const PAGE_SIZE = 50;

export function PeoplePage() {
  const { t, i18n } = useTranslation();
  const repos = useRepos();
  const [filter, setFilter] = useState('');
  const [creating, setCreating] = useState(false);
  const { limit, showMore, reset } = usePaging(PAGE_SIZE);
  const text = filter.trim();
  const found = useLiveQuery(async () => {
    const people = text ? await repos.people.search(text, limit) : await repos.people.list(limit, 0);
    const organizations = await recordsById(
      repos.organizations,
      people.map((p) => p.organizationId),
    );
    return { people, organizations };
  }, [repos, text, limit]);
  const people = useMemo(() => {
    const collator = new Intl.Collator(i18n.language);
    return found ? [...found.people].sort((a, b) => collator.compare(a.name, b.name)) : undefined;
  }, [found, i18n.language]);

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
          onChange={(e) => {
            setFilter(e.target.value);
            reset();
          }}
        />
      </div>
      {people === undefined || found === undefined ? (
        <p className="muted">{t('common.loading')}</p>
      ) : people.length === 0 ? (
        <p className="muted">{text ? t('people.noMatches', { text }) : t('people.empty')}</p>
      ) : (
        <table className="data-table" aria-labelledby="page-title">
          <thead>
            <tr>
              <th scope="col">{t('people.name')}</th>
              <th scope="col">{t('people.nativeName')}</th>
              <th scope="col">{t('people.personTitle')}</th>
              <th scope="col">{t('people.organization')}</th>
            </tr>
          </thead>
          <tbody>
            {people.map((person) => {
              const organization = person.organizationId
                ? found.organizations.get(person.organizationId)
                : undefined;
              return (
                <tr key={person.id}>
                  <td>
                    <a href={routeHref({ name: 'person', id: person.id })} dir="auto">
                      {person.name}
                    </a>
                    {person.isDelegate && (
                      <span className="badge delegate-badge">{t('people.delegate')}</span>
                    )}
                  </td>
                  <td dir="auto" className="native-name">
                    {person.nativeName}
                  </td>
                  <td dir="auto">{person.title}</td>
                  <td>
                    {organization && (
                      <a href={routeHref({ name: 'organization', id: organization.id })} dir="auto">
                        {organization.name}
                      </a>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {found && found.people.length >= limit && (
        <ShowMoreButton label={t('people.showMore')} onClick={showMore} />
      )}
    </section>
  );
}
