/**
 * A list of meetings, newest first, each dated in its event's time zone (the laptop may be set to home
 * time) and linking to the meeting: the meeting history of an organization or a person.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../shared/domain/entities';
import { formatDateInZone, formatTimeInZone } from '../../../shared/time/zonedTime';
import { useRepos } from '../app/AppServices';
import { routeHref } from '../app/router';
import { eventZones, meetingZone } from './meetingZones';

interface MeetingHistoryProps {
  meetings: readonly Meeting[];
  emptyText: string;
}

export function MeetingHistory({ meetings, emptyText }: MeetingHistoryProps) {
  const { t, i18n } = useTranslation();
  const repos = useRepos();
  // Keyed by the ids' text: the caller's list is a new array after every write, its events rarely change.
  const eventKey = [...new Set(meetings.map((m) => m.eventId ?? ''))].join(',');
  const zones = useLiveQuery(() => eventZones(repos, eventKey.split(',').filter(Boolean)), [repos, eventKey]);

  if (meetings.length === 0) return <p className="muted">{emptyText}</p>;
  // Wait for the zones rather than show times in the wrong one for a moment.
  if (!zones) return null;
  return (
    <ul className="data-list">
      {meetings.map((meeting) => {
        const zone = meetingZone(meeting, zones);
        return (
          <li key={meeting.id}>
            <a href={routeHref({ name: 'meeting', id: meeting.id })} dir="auto">
              {meeting.title}
            </a>
            <div className="muted">
              <time dateTime={new Date(meeting.startsAt).toISOString()}>
                {`${formatDateInZone(meeting.startsAt, zone, i18n.language)} ${formatTimeInZone(meeting.startsAt, zone, i18n.language)}`}
              </time>
              {' · '}
              {t(`labels.meetingKind.${meeting.kind}`)}
              {' · '}
              {t(`labels.meetingStatus.${meeting.status}`)}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
