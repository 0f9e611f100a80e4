/**
 * Every action item across meetings and agreements, outstanding first (open, then in progress, then done
 * and cancelled), each soonest due first and undated last, filtered by owner and status, in a
 * VirtualList. Every combination of filters reads through an index (ActionItemRepository). Overdue
 * items (due before today and still open or in progress) stand out by a word, a stripe and a tint, and
 * the status can be changed in place.
 */
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTION_STATUSES, type ActionItem } from '../../../shared/domain/entities';
import { formatIsoDate, todayInZone } from '../../../shared/time/zonedTime';
import { useRepos, useServices } from '../app/AppServices';
import type { ActionItemFilter } from '../db/repositories/ActionItemRepository';
import { routeHref } from '../app/router';
import { PersonCombobox } from '../people/PersonCombobox';
import { SelectField } from '../ui/Field';
import { labelOptions } from '../ui/labelOptions';
import { StatusLine } from '../ui/StatusLine';
import {
  VirtualList,
  type ListSize,
  type LoadPage,
  type MemoryKey,
  type VirtualColumn,
} from '../ui/VirtualList';
import { laptopZone } from '../ui/zoneLabels';
import { followUpRows, type FollowUpRow } from './followUpRows';
import { OverdueBadge } from './OverdueBadge';
import './followUps.css';

/** Room for the title and its Overdue marker, or a meeting and an agreement as sources. */
const ROW_HEIGHT = 64;
const NO_FILTERS: ActionItemFilter = { ownerId: null, status: null };

const overdueClass = (row: FollowUpRow) => (row.overdue ? 'overdue' : undefined);

export function FollowUpsPage() {
  const { t } = useTranslation();
  const repos = useRepos();
  const { now } = useServices();
  const [filters, setFilters] = useState(NO_FILTERS);
  const [filtersKey, setFiltersKey] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  const today = todayInZone(now(), laptopZone());
  const loadPage = useCallback(
    async (offset: number, limit: number) =>
      followUpRows(repos, await repos.actionItems.page(filters, limit, offset), today),
    [repos, filters, today],
  );
  const loadCount = useCallback(() => repos.actionItems.countMatching(filters), [repos, filters]);
  const filtered = filters.ownerId !== null || filters.status !== null;
  const changeStatus = useCallback(
    (item: ActionItem, status: ActionItem['status']) => {
      setFailure(null);
      repos.actionItems.update(item.id, { status }).catch((error: unknown) => {
        setFailure(
          t('common.saveFailed', { message: error instanceof Error ? error.message : String(error) }),
        );
      });
    },
    [repos, t],
  );

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
          onChange={(ownerId) => setFilters({ ...filters, ownerId })}
        />
        <SelectField<ActionItem['status'] | ''>
          label={t('followUps.status')}
          value={filters.status ?? ''}
          options={[
            { value: '', label: t('followUps.anyStatus') },
            ...labelOptions(t, 'actionStatus', ACTION_STATUSES),
          ]}
          onChange={(status) => setFilters({ ...filters, status: status || null })}
        />
        {filtered && (
          <button
            type="button"
            onClick={() => {
              setFilters(NO_FILTERS);
              setFiltersKey((k) => k + 1);
            }}
          >
            {t('followUps.clearFilters')}
          </button>
        )}
      </fieldset>
      <StatusLine>{failure}</StatusLine>
      <FollowUpsTable
        key={JSON.stringify(filters)}
        memory={{ scope: repos, key: `follow-ups ${JSON.stringify(filters)}` }}
        size={{ loadCount }}
        loadPage={loadPage}
        empty={<p className="muted">{filtered ? t('followUps.noMatches') : t('followUps.empty')}</p>}
        onStatusChange={changeStatus}
      />
    </section>
  );
}

interface FollowUpsTableProps {
  memory: MemoryKey;
  size: ListSize;
  loadPage: LoadPage<FollowUpRow>;
  empty: ReactNode;
  onStatusChange: (item: ActionItem, status: ActionItem['status']) => void;
}

function FollowUpsTable({ memory, size, loadPage, empty, onStatusChange }: FollowUpsTableProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const columns = useMemo<VirtualColumn[]>(
    () => [
      { id: 'item', header: t('followUps.item'), width: 'minmax(12rem, 2.5fr)' },
      { id: 'owner', header: t('followUps.owner'), width: 'minmax(7rem, 1fr)' },
      { id: 'due', header: t('followUps.due'), width: '8rem' },
      { id: 'status', header: t('followUps.status'), width: '9rem' },
      {
        id: 'source',
        header: t('followUps.source'),
        width: 'minmax(10rem, 2fr)',
        className: 'follow-up-source',
      },
    ],
    [t],
  );
  const statusOptions = useMemo(() => labelOptions(t, 'actionStatus', ACTION_STATUSES), [t]);
  const renderRow = useCallback(
    ({ item, overdue, owner, meeting, agreement }: FollowUpRow) => [
      <>
        <span dir="auto" className="one-line">
          {item.title}
        </span>
        {overdue && <OverdueBadge />}
      </>,
      owner ? (
        <a className="one-line" href={routeHref({ name: 'person', id: owner.id })} dir="auto">
          {owner.name}
        </a>
      ) : (
        <span className="muted one-line">{t('followUps.noOwner')}</span>
      ),
      <span className={overdue ? 'due-date overdue one-line' : 'due-date one-line'}>
        {item.dueDate ? (
          <time dateTime={item.dueDate}>{formatIsoDate(item.dueDate, language)}</time>
        ) : (
          <span className="muted">{t('followUps.noDueDate')}</span>
        )}
      </span>,
      <select
        aria-label={t('followUps.statusOf', { title: item.title })}
        value={item.status}
        onChange={(e) => onStatusChange(item, e.target.value as ActionItem['status'])}
      >
        {statusOptions.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>,
      <>
        {meeting && (
          <span className="one-line">
            <span className="muted">{t('followUps.fromMeeting')}</span>
            <a href={routeHref({ name: 'meeting', id: meeting.id })} dir="auto">
              {meeting.title}
            </a>
          </span>
        )}
        {agreement && (
          <span className="one-line">
            <span className="muted">{t('followUps.fromAgreement')}</span>
            <a href={routeHref({ name: 'agreement', id: agreement.id })} dir="auto">
              {agreement.title}
            </a>
          </span>
        )}
      </>,
    ],
    [t, language, statusOptions, onStatusChange],
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
      rowClassName={overdueClass}
    />
  );
}
