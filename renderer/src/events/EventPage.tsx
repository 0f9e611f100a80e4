/** One event: its details, saved as typed, and its agenda of sessions. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useRepos, useSettings } from '../app/AppServices';
import { routeHref } from '../app/router';
import { AgendaSection } from './AgendaSection';
import { CurrentEventControl } from './CurrentEventControl';
import { EventDetailsForm } from './EventDetailsForm';
import './events.css';

export function EventPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const repos = useRepos();
  const currentEventId = useSettings((s) => s.currentEventId);
  // null once known to be missing; undefined while loading.
  const event = useLiveQuery(async () => (await repos.events.get(id)) ?? null, [repos, id]);

  if (event === undefined) return null;
  const back = (
    <p className="event-back">
      <a href={routeHref({ name: 'events' })}>
        <span aria-hidden="true">← </span>
        {t('events.allEvents')}
      </a>
    </p>
  );
  if (event === null) {
    return (
      <section className="page" aria-labelledby="page-title">
        {back}
        <h1 id="page-title">{t('events.title')}</h1>
        <p>{t('events.notFound')}</p>
      </section>
    );
  }
  return (
    <section className="page event-page" aria-labelledby="page-title">
      {back}
      <header className="page-header">
        <h1 id="page-title" dir="auto">
          {event.name}
        </h1>
        <CurrentEventControl event={event} isCurrent={event.id === currentEventId} />
      </header>
      <EventDetailsForm event={event} />
      <AgendaSection event={event} />
    </section>
  );
}
