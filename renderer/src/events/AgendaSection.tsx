/**
 * The event's agenda: its sessions grouped by day in the event's zone, with adding, editing and
 * deleting (after a confirmation). Days outside the event's dates still show their sessions, marked,
 * so a session is never hidden by a later change of the dates.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Event, Session } from '../../../shared/domain/entities';
import { formatIsoDate, instantToZoned } from '../../../shared/time/zonedTime';
import { useRepos } from '../app/AppServices';
import { TimeRange } from '../today/TimeRange';
import '../today/today.css';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { NameList } from '../ui/NameList';
import { namesById } from '../ui/recordsById';
import { zoneLabel } from '../ui/zoneLabels';
import { eventDays, offsetsInstant } from './eventDates';
import { SessionDialog } from './SessionDialog';

function groupByDay(sessions: readonly Session[], zone: string): Map<string, Session[]> {
  const days = new Map<string, Session[]>();
  for (const session of sessions) {
    const day = instantToZoned(session.startsAt, zone).date;
    days.set(day, [...(days.get(day) ?? []), session]);
  }
  return days;
}

export function AgendaSection({ event }: { event: Event }) {
  const { t, i18n } = useTranslation();
  const repos = useRepos();
  const [editing, setEditing] = useState<{ session: Session | null } | null>(null);
  const [deleting, setDeleting] = useState<Session | null>(null);
  const agenda = useLiveQuery(async () => {
    const sessions = await repos.sessions.forEvent(event.id);
    return {
      sessions,
      names: await namesById(
        repos.people,
        sessions.flatMap((s) => s.attendeeIds),
      ),
    };
  }, [repos, event.id]);

  if (!agenda) return null;
  const byDay = groupByDay(agenda.sessions, event.timeZone);
  const eventDayList = eventDays(event);
  const days = [...new Set([...eventDayList, ...byDay.keys()])].sort();

  return (
    <section className="settings-section agenda" aria-labelledby="agenda-title">
      <header className="page-header">
        <h2 id="agenda-title">{t('events.agenda')}</h2>
        <button type="button" className="primary" onClick={() => setEditing({ session: null })}>
          {t('events.addSession')}
        </button>
      </header>
      <p className="muted">
        {t('common.eventTime', {
          zone: zoneLabel(event.timeZone, offsetsInstant(event.startDate, 0), i18n.language),
        })}
      </p>
      {agenda.sessions.length === 0 && <p>{t('events.noSessions')}</p>}
      {days.map((day) => {
        const sessions = byDay.get(day) ?? [];
        const dayTitle = formatIsoDate(day, i18n.language, 'full');
        return (
          <section key={day} className="agenda-day" aria-labelledby={`agenda-day-${day}`}>
            <h3 id={`agenda-day-${day}`}>
              {dayTitle}
              {!eventDayList.includes(day) && (
                <span className="badge warning agenda-outside">{t('events.outsideDates')}</span>
              )}
            </h3>
            {sessions.length === 0 ? (
              <p className="muted">{t('events.noSessionsOnDay')}</p>
            ) : (
              <ul className="data-list" aria-label={t('events.sessionsOfDay', { date: dayTitle })}>
                {sessions.map((session) => (
                  <li key={session.id} className="agenda-session">
                    <TimeRange startsAt={session.startsAt} endsAt={session.endsAt} zone={event.timeZone} />
                    <div className="agenda-session-main">
                      <span className="badge">{t(`labels.sessionKind.${session.kind}`)}</span>{' '}
                      <strong dir="auto">{session.title}</strong>
                      {session.room && (
                        <span className="muted" dir="auto">
                          {' · '}
                          {session.room}
                        </span>
                      )}
                      {session.attendeeIds.length > 0 && (
                        <p className="agenda-attendees">
                          <span className="muted">{t('events.attending')}</span>
                          <NameList
                            names={session.attendeeIds.map(
                              (id) => agenda.names.get(id) ?? t('common.unknown'),
                            )}
                          />
                        </p>
                      )}
                    </div>
                    <div className="button-row agenda-session-actions">
                      <button
                        type="button"
                        aria-label={t('events.editSessionNamed', { name: session.title })}
                        onClick={() => setEditing({ session })}
                      >
                        {t('common.edit')}
                      </button>
                      <button
                        type="button"
                        className="danger"
                        aria-label={t('events.deleteSessionNamed', { name: session.title })}
                        onClick={() => setDeleting(session)}
                      >
                        {t('common.delete')}
                      </button>
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
      {editing && (
        <SessionDialog
          key={editing.session?.id ?? 'new'}
          event={event}
          session={editing.session}
          onClose={() => setEditing(null)}
        />
      )}
      {deleting && (
        <ConfirmDialog
          open
          title={t('events.session.deleteTitle')}
          message={t('common.confirmDelete', { name: deleting.title })}
          confirmLabel={t('common.delete')}
          onConfirm={() => repos.sessions.delete(deleting.id)}
          onClose={() => setDeleting(null)}
        />
      )}
    </section>
  );
}
