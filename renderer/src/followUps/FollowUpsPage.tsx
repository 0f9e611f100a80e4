/**
 * Every action item across meetings and agreements, soonest due first and undated last, filtered by owner
 * and status. Overdue items (due before today and still open or in progress) stand out by a word, a
 * stripe and a tint, and the status can be changed in place.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTION_STATUSES, type ActionItem } from '../../../shared/domain/entities';
import { formatIsoDate, todayInZone } from '../../../shared/time/zonedTime';
import { useRepos, useServices } from '../app/AppServices';
import { routeHref } from '../app/router';
import { PersonCombobox } from '../people/PersonCombobox';
import { SelectField } from '../ui/Field';
import { labelOptions } from '../ui/labelOptions';
import { ShowMoreButton } from '../ui/ShowMoreButton';
import { StatusLine } from '../ui/StatusLine';
import { usePaging } from '../ui/usePaging';
import { laptopZone } from '../ui/zoneLabels';
import { isOverdue } from './isOverdue';
import { loadFollowUps, type FollowUpFilters } from './loadFollowUps';
import { OverdueBadge } from './OverdueBadge';
import './followUps.css';

const PAGE_SIZE = 100;
const NO_FILTERS: FollowUpFilters = { ownerId: null, status: null };

export function FollowUpsPage() {
  const { t, i18n } = useTranslation();
  const repos = useRepos();
  const { now } = useServices();
  const [filters, setFilters] = useState(NO_FILTERS);
  const [filtersKey, setFiltersKey] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  const { limit, showMore, reset } = usePaging(PAGE_SIZE);
  const page = useLiveQuery(
    async () => ({
      ...(await loadFollowUps(repos, filters, limit)),
      today: todayInZone(now(), laptopZone()),
    }),
    [repos, filters, limit, now],
  );
  const filtered = filters.ownerId !== null || filters.status !== null;
  const changeFilters = (next: FollowUpFilters) => {
    setFilters(next);
    reset();
  };
  const changeStatus = (item: ActionItem, status: ActionItem['status']) => {
    setFailure(null);
    repos.actionItems.update(item.id, { status }).catch((error: unknown) => {
      setFailure(t('common.saveFailed', { message: error instanceof Error ? error.message : String(error) }));
    });
  };
  const statusOptions = labelOptions(t, 'actionStatus', ACTION_STATUSES);

  return (
    <section className="page follow-ups-page" aria-labelledby="page-title">
      <header className="page-header">
        <h1 id="page-title">{t('followUps.title')}</h1>
      </header>
      <p className="muted">{t('followUps.intro')}</p>
      <fieldset key={filtersKey} className="toolbar">
        <legend className="visually-hidden">{t('followUps.filters')}</legend>
        <PersonCombobox
          label={t('followUps.owner')}
          value={filters.ownerId}
          onChange={(ownerId) => changeFilters({ ...filters, ownerId })}
        />
        <SelectField<ActionItem['status'] | ''>
          label={t('followUps.status')}
          value={filters.status ?? ''}
          options={[{ value: '', label: t('followUps.anyStatus') }, ...statusOptions]}
          onChange={(status) => changeFilters({ ...filters, status: status || null })}
        />
        {filtered && (
          <button
            type="button"
            onClick={() => {
              changeFilters(NO_FILTERS);
              setFiltersKey((k) => k + 1);
            }}
          >
            {t('followUps.clearFilters')}
          </button>
        )}
      </fieldset>
      <StatusLine>{failure}</StatusLine>
      {page === undefined ? (
        <p className="muted">{t('common.loading')}</p>
      ) : page.items.length === 0 ? (
        <p className="muted">{filtered ? t('followUps.noMatches') : t('followUps.empty')}</p>
      ) : (
        <table className="data-table follow-ups-table" aria-labelledby="page-title">
          <thead>
            <tr>
              <th scope="col">{t('followUps.item')}</th>
              <th scope="col">{t('followUps.owner')}</th>
              <th scope="col">{t('followUps.due')}</th>
              <th scope="col">{t('followUps.status')}</th>
              <th scope="col">{t('followUps.source')}</th>
            </tr>
          </thead>
          <tbody>
            {page.items.map((item) => {
              const overdue = isOverdue(item, page.today);
              const owner = item.ownerId ? page.owners.get(item.ownerId) : undefined;
              const meeting = item.meetingId ? page.meetings.get(item.meetingId) : undefined;
              const agreement = item.agreementId ? page.agreements.get(item.agreementId) : undefined;
              return (
                <tr key={item.id} className={overdue ? 'overdue' : undefined}>
                  <td>
                    <span dir="auto">{item.title}</span>
                    {overdue && <OverdueBadge />}
                  </td>
                  <td>
                    {owner ? (
                      <a href={routeHref({ name: 'person', id: owner.id })} dir="auto">
                        {owner.name}
                      </a>
                    ) : (
                      <span className="muted">{t('followUps.noOwner')}</span>
                    )}
                  </td>
                  <td className={overdue ? 'due-date overdue' : 'due-date'}>
                    {item.dueDate ? (
                      <time dateTime={item.dueDate}>{formatIsoDate(item.dueDate, i18n.language)}</time>
                    ) : (
                      <span className="muted">{t('followUps.noDueDate')}</span>
                    )}
                  </td>
                  <td>
                    <select
                      aria-label={t('followUps.statusOf', { title: item.title })}
                      value={item.status}
                      onChange={(e) => changeStatus(item, e.target.value as ActionItem['status'])}
                    >
                      {statusOptions.map((option) => (
                        <option key={option.value} value={option.value}>
                          {option.label}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td className="follow-up-source">
                    {meeting && (
                      <span>
                        <span className="muted">{t('followUps.fromMeeting')}</span>
                        <a href={routeHref({ name: 'meeting', id: meeting.id })} dir="auto">
                          {meeting.title}
                        </a>
                      </span>
                    )}
                    {agreement && (
                      <span>
                        <span className="muted">{t('followUps.fromAgreement')}</span>
                        <a href={routeHref({ name: 'agreement', id: agreement.id })} dir="auto">
                          {agreement.title}
                        </a>
                      </span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {page?.more && <ShowMoreButton label={t('followUps.showMore')} onClick={showMore} />}
    </section>
  );
}
