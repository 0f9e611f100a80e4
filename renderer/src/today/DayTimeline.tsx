/** One day of an event: its sessions and meetings on one timeline, in the event's zone, with clashes. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { Event } from '../../../shared/domain/entities';
import { formatIsoDate, zonedDayRange } from '../../../shared/time/zonedTime';
import { useRepos } from '../app/AppServices';
import { routeHref } from '../app/router';
import { namesById } from '../ui/recordsById';
import { buildTimeline } from './buildTimeline';
import { TimelineItem } from './TimelineItem';

export function DayTimeline({ event, day }: { event: Event; day: string }) {
  const { t, i18n } = useTranslation();
  const repos = useRepos();
  const data = useLiveQuery(async () => {
    const { start, end } = zonedDayRange(day, event.timeZone);
    const sessions = await repos.sessions.forEvent(event.id, start, end);
    const meetings = await repos.meetings.forEvent(event.id, start, end);
    const names = await namesById(repos.people, [
      ...sessions.flatMap((s) => s.attendeeIds),
      ...meetings.flatMap((m) => m.participantIds),
    ]);
    return { sessions, meetings, names };
  }, [repos, event.id, event.timeZone, day]);

  const dayTitle = formatIsoDate(day, i18n.language, 'full');
  if (!data) return null;
  const entries = buildTimeline(data.sessions, data.meetings);
  const clashing = entries.filter((e) => e.kind === 'meeting' && e.clashes.length > 0).length;

  return (
    <section className="today-day" aria-labelledby="today-day-title">
      <h2 id="today-day-title">{dayTitle}</h2>
      {clashing > 0 && (
        <p>
          <span className="badge danger">{t('today.clashCount', { number: clashing })}</span>
        </p>
      )}
      {entries.length === 0 ? (
        <p>
          {t('today.empty')} <a href={routeHref({ name: 'event', id: event.id })}>{t('today.editAgenda')}</a>
        </p>
      ) : (
        <ol className="timeline" aria-label={t('today.timelineLabel', { date: dayTitle })}>
          {entries.map((entry) => (
            <li key={entry.item.id}>
              <TimelineItem entry={entry} zone={event.timeZone} names={data.names} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
