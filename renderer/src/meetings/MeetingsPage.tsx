/**
 * The meetings list: newest first, for the current event or all of them, a page at a time. Each row
 * shows its time in its event's zone (and on this computer's clock when that differs) and links to the
 * meeting's editor.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../shared/domain/entities';
import { useRepos, useSettings } from '../app/AppServices';
import { routeHref } from '../app/router';
import type { Repositories } from '../db/repositories/createRepositories';
import { SelectField } from '../ui/Field';
import { namesById } from '../ui/recordsById';
import { ShowMoreButton } from '../ui/ShowMoreButton';
import { usePaging } from '../ui/usePaging';
import { laptopZone } from '../ui/zoneLabels';
import { meetingTimes } from './meetingTimes';
import { eventZones, meetingZone, type EventZones } from './meetingZones';
import './meetings.css';

const PAGE_SIZE = 50;

type Filter = 'current' | 'all';

interface ListPage {
  meetings: Meeting[];
  more: boolean;
  zones: EventZones;
  orgNames: Map<string, string>;
}

async function loadPage(repos: Repositories, eventId: string | null, limit: number): Promise<ListPage> {
  // One extra row tells whether there is more to show.
  const rows = eventId
    ? await repos.meetings.forEventNewestFirst(eventId, limit + 1)
    : await repos.meetings.recent(limit + 1);
  const meetings = rows.slice(0, limit);
  const [zones, orgNames] = await Promise.all([
    eventZones(
      repos,
      meetings.map((m) => m.eventId),
    ),
    namesById(
      repos.organizations,
      meetings.flatMap((m) => m.counterpartOrgIds),
    ),
  ]);
  return { meetings, more: rows.length > limit, zones, orgNames };
}

export function MeetingsPage() {
  const { t } = useTranslation();
  const repos = useRepos();
  const currentEventId = useSettings((s) => s.currentEventId);
  const [filter, setFilter] = useState<Filter>('current');
  const { limit, showMore, reset } = usePaging(PAGE_SIZE);
  const eventId = filter === 'current' ? currentEventId : null;
  const currentEvent = useLiveQuery(
    () => (currentEventId ? repos.events.get(currentEventId) : undefined),
    [repos, currentEventId],
  );
  const page = useLiveQuery(() => loadPage(repos, eventId, limit), [repos, eventId, limit]);

  return (
    <section className="page meetings-page" aria-labelledby="page-title">
      <header className="page-header">
        <h1 id="page-title">{t('meetings.title')}</h1>
      </header>
      {currentEventId && (
        <div className="toolbar">
          <SelectField<Filter>
            label={t('meetings.filterLabel')}
            value={filter}
            options={[
              { value: 'current', label: t('meetings.filterCurrent', { name: currentEvent?.name ?? '…' }) },
              { value: 'all', label: t('meetings.filterAll') },
            ]}
            onChange={(value) => {
              setFilter(value);
              reset();
            }}
          />
        </div>
      )}
      {!page ? (
        <p className="muted">{t('common.loading')}</p>
      ) : page.meetings.length === 0 ? (
        <p>{eventId ? t('meetings.emptyForEvent') : t('meetings.empty')}</p>
      ) : (
        <MeetingsTable page={page} />
      )}
      {page?.more && <ShowMoreButton label={t('meetings.showMore')} onClick={showMore} />}
    </section>
  );
}

function MeetingsTable({ page }: { page: ListPage }) {
  const { t, i18n } = useTranslation();
  const local = laptopZone();
  return (
    <table className="data-table meetings-table" aria-labelledby="page-title">
      <thead>
        <tr>
          <th scope="col">{t('meetings.columnWhen')}</th>
          <th scope="col">{t('meetings.columnMeeting')}</th>
          <th scope="col">{t('meetings.columnCounterparts')}</th>
          <th scope="col">{t('meetings.columnStatus')}</th>
        </tr>
      </thead>
      <tbody>
        {page.meetings.map((meeting) => {
          const zone = meetingZone(meeting, page.zones);
          const times = meetingTimes(meeting.startsAt, meeting.endsAt, zone, local, i18n.language);
          return (
            <tr key={meeting.id}>
              <td className="meetings-when">
                <time dateTime={new Date(meeting.startsAt).toISOString()}>
                  {t('meetings.timeRange', { ...times.inZone })}
                </time>
                {times.local && (
                  <span className="muted meetings-local">{t('meetings.localRange', { ...times.local })}</span>
                )}
              </td>
              <td>
                <a href={routeHref({ name: 'meeting', id: meeting.id })} dir="auto">
                  {meeting.title}
                </a>
              </td>
              <td>
                <ul className="plain-list">
                  {meeting.counterpartOrgIds.map((orgId) => (
                    <li key={orgId} dir="auto">
                      {page.orgNames.get(orgId) ?? t('common.unknown')}
                    </li>
                  ))}
                </ul>
              </td>
              <td>
                <span className={`badge status-${meeting.status}`}>
                  {t(`labels.meetingStatus.${meeting.status}`)}
                </span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
