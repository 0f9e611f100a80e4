/**
 * A list of meetings, newest first, each dated in its event's time zone (the laptop may be set to home
 * time) and linking to the meeting. Shared by the organization and person pages.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../shared/domain/entities';
import { formatDateInZone, formatTimeInZone } from '../../../shared/time/zonedTime';
import { useRepos } from '../app/AppServices';
import { routeHref } from '../app/router';
import { laptopZone } from '../ui/ZonedDateTimeFields';

interface MeetingHistoryProps {
  meetings: readonly Meeting[];
  emptyText: string;
}

export function MeetingHistory({ meetings, emptyText }: MeetingHistoryProps) {
  const { t, i18n } = useTranslation();
  const repos = useRepos();
  const eventIds = [...new Set(meetings.map((m) => m.eventId).filter((id): id is string => id !== null))];
  const eventKey = eventIds.join(',');
  const zones = useLiveQuery(async () => {
    const events = await repos.events.getMany(eventKey ? eventKey.split(',') : []);
    return new Map(events.map((e) => [e.id, e.timeZone]));
  }, [repos, eventKey]);

  if (meetings.length === 0) return <p className="muted">{emptyText}</p>;
  // Wait for the zones rather than show times in the wrong one for a moment.
  if (!zones) return null;
  return (
    <ul className="data-list">
      {meetings.map((meeting) => {
        const zone = (meeting.eventId && zones.get(meeting.eventId)) || laptopZone();
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
