/**
 * The meetings list: newest first, for the current event or all of them, in a VirtualList that reads a
 * page at a time through the `[eventId+startsAt]` or `startsAt` index, so it opens and scrolls as fast at
 * 100,000 meetings as at ten. Each row shows its time in its event's zone (and on this computer's clock
 * when that differs) and links to the meeting's editor.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../shared/domain/entities';
import type { MeetingListScope } from '../../../shared/settings/appSettings';
import { useRepos, useSettings } from '../app/AppServices';
import { routeHref } from '../app/router';
import type { Repositories } from '../db/repositories/createRepositories';
import { SelectField } from '../ui/Field';
import { namesById } from '../ui/recordsById';
import {
  VirtualList,
  type LoadCount,
  type LoadPage,
  type MemoryKey,
  type VirtualColumn,
} from '../ui/VirtualList';
import { laptopZone } from '../ui/zoneLabels';
import { meetingTimes } from './meetingTimes';
import { eventZones, meetingZone } from './meetingZones';
import './meetings.css';

/** Room for two lines of time, title or counterparts. */
const ROW_HEIGHT = 64;

interface MeetingRow {
  meeting: Meeting;
  zone: string;
  /** Counterpart names in the meeting's order; null for one that no longer exists. */
  counterparts: Array<string | null>;
}

async function readPage(
  repos: Repositories,
  eventId: string | null,
  offset: number,
  limit: number,
): Promise<MeetingRow[]> {
  const meetings = eventId
    ? await repos.meetings.forEventNewestFirst(eventId, limit, offset)
    : await repos.meetings.recent(limit, offset);
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
  return meetings.map((meeting) => ({
    meeting,
    zone: meetingZone(meeting, zones),
    counterparts: meeting.counterpartOrgIds.map((id) => orgNames.get(id) ?? null),
  }));
}

export function MeetingsPage() {
  const { t } = useTranslation();
  const repos = useRepos();
  const currentEventId = useSettings((s) => s.currentEventId);
  // A setting, not page state: coming back from a meeting (or another day) shows the same list.
  const scope = useSettings((s) => s.meetingListScope);
  const update = useSettings((s) => s.update);
  const eventId = scope === 'current' ? currentEventId : null;
  const currentEvent = useLiveQuery(
    () => (currentEventId ? repos.events.get(currentEventId) : undefined),
    [repos, currentEventId],
  );
  const loadPage = useCallback(
    (offset: number, limit: number) => readPage(repos, eventId, offset, limit),
    [repos, eventId],
  );
  const loadCount = useCallback(
    () => (eventId ? repos.meetings.countForEvent(eventId) : repos.meetings.count()),
    [repos, eventId],
  );

  return (
    <section className="page meetings-page" aria-labelledby="page-title">
      <header className="page-header">
        <h1 id="page-title">{t('meetings.title')}</h1>
      </header>
      {currentEventId && (
        <div className="toolbar">
          <SelectField<MeetingListScope>
            label={t('meetings.filterLabel')}
            value={scope}
            options={[
              { value: 'current', label: t('meetings.filterCurrent', { name: currentEvent?.name ?? '…' }) },
              { value: 'all', label: t('meetings.filterAll') },
            ]}
            onChange={(value) => void update('meetingListScope', value)}
          />
        </div>
      )}
      <MeetingsTable
        key={eventId ?? 'all'}
        memory={{ scope: repos, key: `meetings ${eventId ?? 'all'}` }}
        loadCount={loadCount}
        loadPage={loadPage}
        empty={<p>{eventId ? t('meetings.emptyForEvent') : t('meetings.empty')}</p>}
      />
    </section>
  );
}

interface MeetingsTableProps {
  memory: MemoryKey;
  loadCount: LoadCount;
  loadPage: LoadPage<MeetingRow>;
  empty: ReactNode;
}

function MeetingsTable({ memory, loadCount, loadPage, empty }: MeetingsTableProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const columns = useMemo<VirtualColumn[]>(
    () => [
      {
        id: 'when',
        header: t('meetings.columnWhen'),
        width: 'minmax(15rem, 1.3fr)',
        className: 'meetings-when',
      },
      { id: 'meeting', header: t('meetings.columnMeeting'), width: 'minmax(10rem, 2fr)' },
      { id: 'counterparts', header: t('meetings.columnCounterparts'), width: 'minmax(8rem, 1.5fr)' },
      { id: 'status', header: t('meetings.columnStatus'), width: '7rem' },
    ],
    [t],
  );
  // Read once per render, not per row: it builds a formatter, and rows render on every frame of a scroll.
  const local = laptopZone();
  const renderRow = useCallback(
    ({ meeting, zone, counterparts }: MeetingRow) => {
      const times = meetingTimes(meeting.startsAt, meeting.endsAt, zone, local, language);
      return [
        <>
          <time className="one-line" dateTime={new Date(meeting.startsAt).toISOString()}>
            {t('meetings.timeRange', { ...times.inZone })}
          </time>
          {times.local && (
            <span className="muted meetings-local one-line">
              {t('meetings.localRange', { ...times.local })}
            </span>
          )}
        </>,
        <a className="two-lines" href={routeHref({ name: 'meeting', id: meeting.id })} dir="auto">
          {meeting.title}
        </a>,
        <ul className="plain-list">
          {counterparts.map((name, i) => (
            <li key={i} className="one-line" dir="auto">
              {name ?? t('common.unknown')}
            </li>
          ))}
        </ul>,
        <span className={`badge status-${meeting.status}`}>
          {t(`labels.meetingStatus.${meeting.status}`)}
        </span>,
      ];
    },
    [t, language, local],
  );
  return (
    <VirtualList
      labelledBy="page-title"
      columns={columns}
      memory={memory}
      loadCount={loadCount}
      loadPage={loadPage}
      empty={empty}
      rowHeight={ROW_HEIGHT}
      renderRow={renderRow}
    />
  );
}
