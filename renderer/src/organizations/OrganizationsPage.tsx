/**
 * The organizations list: a prefix filter through the name index (any script), or every organization in
 * name order a page at a time. The page shown is sorted by the UI language's collation.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countryName } from '../../../shared/domain/countries';
import { useRepos } from '../app/AppServices';
import { routeHref } from '../app/router';
import { TextField } from '../ui/Field';
import { ShowMoreButton } from '../ui/ShowMoreButton';
import { usePaging } from '../ui/usePaging';
import { NewOrganizationForm } from './NewOrganizationForm';

const PAGE_SIZE = 50;

export function OrganizationsPage() {
  const { t, i18n } = useTranslation();
  const repos = useRepos();
  const [filter, setFilter] = useState('');
  const [creating, setCreating] = useState(false);
  const { limit, showMore, reset } = usePaging(PAGE_SIZE);
  const text = filter.trim();
  const found = useLiveQuery(
    () => (text ? repos.organizations.search(text, limit) : repos.organizations.list(limit, 0)),
    [repos, text, limit],
  );
  const organizations = useMemo(() => {
    const collator = new Intl.Collator(i18n.language);
    return found ? [...found].sort((a, b) => collator.compare(a.name, b.name)) : undefined;
  }, [found, i18n.language]);

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
          onChange={(e) => {
            setFilter(e.target.value);
            reset();
          }}
        />
      </div>
      {organizations === undefined ? (
        <p className="muted">{t('common.loading')}</p>
      ) : organizations.length === 0 ? (
        <p className="muted">{text ? t('organizations.noMatches', { text }) : t('organizations.empty')}</p>
      ) : (
        <table className="data-table" aria-labelledby="page-title">
          <thead>
            <tr>
              <th scope="col">{t('organizations.name')}</th>
              <th scope="col">{t('organizations.nativeName')}</th>
              <th scope="col">{t('organizations.country')}</th>
              <th scope="col">{t('organizations.kind')}</th>
            </tr>
          </thead>
          <tbody>
            {organizations.map((o) => (
              <tr key={o.id}>
                <td>
                  <a href={routeHref({ name: 'organization', id: o.id })} dir="auto">
                    {o.name}
                  </a>
                </td>
                <td dir="auto" className="native-name">
                  {o.nativeName}
                </td>
                <td>{o.country ? countryName(o.country, i18n.language) : t('common.unknown')}</td>
                <td>{t(`labels.organizationKind.${o.kind}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {found && found.length >= limit && (
        <ShowMoreButton label={t('organizations.showMore')} onClick={showMore} />
      )}
    </section>
  );
}
