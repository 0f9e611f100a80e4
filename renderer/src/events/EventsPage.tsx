/**
 * The list of events, newest first, with the "New event" form and the choice of the current event (the
 * one Today and quick capture use).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayInZone } from '../../../shared/time/zonedTime';
import { useRepos, useServices, useSettings } from '../app/AppServices';
import { routeHref } from '../app/router';
import { laptopZone } from '../ui/zoneLabels';
import { CurrentEventControl } from './CurrentEventControl';
import { formatEventDates } from './eventDates';
import { NewEventDialog, type EventFields } from './NewEventDialog';
import './events.css';

export function EventsPage() {
  const { t, i18n } = useTranslation();
  const repos = useRepos();
  const { now } = useServices();
  const currentEventId = useSettings((s) => s.currentEventId);
  const events = useLiveQuery(() => repos.events.list(), [repos]);
  const [creating, setCreating] = useState<{ initial: EventFields; openedAt: number } | null>(null);

  const startCreating = () => {
    const openedAt = now();
    const zone = laptopZone();
    const today = todayInZone(openedAt, zone);
    setCreating({
      openedAt,
      initial: { name: '', city: '', venue: '', startDate: today, endDate: today, timeZone: zone },
    });
  };

  return (
    <section className="page events-page" aria-labelledby="page-title">
      <header className="page-header">
        <h1 id="page-title">{t('events.title')}</h1>
        <button type="button" className="primary" onClick={startCreating}>
          {t('events.newEvent')}
        </button>
      </header>
      <p className="muted">{t('events.intro')}</p>
      {events && events.length === 0 && <p>{t('events.empty')}</p>}
      {events && events.length > 0 && (
        <ul className="data-list event-list" aria-label={t('events.listLabel')}>
          {events.map((event) => (
            <li key={event.id} className="event-list-item">
              <div className="event-list-main">
                <a href={routeHref({ name: 'event', id: event.id })} dir="auto" className="event-list-name">
                  {event.name}
                </a>
                <span className="muted">
                  {[
                    formatEventDates(event.startDate, event.endDate, i18n.language),
                    event.city,
                    event.venue,
                    event.timeZone,
                  ]
                    .filter(Boolean)
                    .map((part, index) => (
                      <span key={index} dir="auto" className="event-list-fact">
                        {part}
                      </span>
                    ))}
                </span>
              </div>
              <CurrentEventControl event={event} isCurrent={event.id === currentEventId} />
            </li>
          ))}
        </ul>
      )}
      {creating && (
        <NewEventDialog
          initial={creating.initial}
          openedAt={creating.openedAt}
          onClose={() => setCreating(null)}
        />
      )}
    </section>
  );
}
