/**
 * Today: a day of the chosen event (by default the current event, and today if the event is on) on one
 * timeline, with clashes written out. Times are in the event's zone; the laptop's own follows when the
 * laptop is set to another zone.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayInZone, zonesDiffer } from '../../../shared/time/zonedTime';
import { useRepos, useServices, useSettings } from '../app/AppServices';
import { routeHref } from '../app/router';
import { eventDays, formatShortDay, offsetsInstant } from '../events/eventDates';
import { SelectField } from '../ui/Field';
import { laptopZone, zoneLabel } from '../ui/zoneLabels';
import { DayTimeline } from './DayTimeline';
import './today.css';

export function TodayPage() {
  const { t, i18n } = useTranslation();
  const repos = useRepos();
  const { now } = useServices();
  const [openedAt] = useState(now);
  const currentEventId = useSettings((s) => s.currentEventId);
  const events = useLiveQuery(() => repos.events.list(), [repos]);
  const [chosenEventId, setChosenEventId] = useState<string | null>(null);
  const [chosenDay, setChosenDay] = useState<string | null>(null);

  if (!events) return null;
  const event = events.find((e) => e.id === (chosenEventId ?? currentEventId)) ?? null;
  const days = event ? eventDays(event) : [];
  const today = event ? todayInZone(openedAt, event.timeZone) : null;
  const day =
    chosenDay !== null && days.includes(chosenDay)
      ? chosenDay
      : today !== null && days.includes(today)
        ? today
        : days[0];

  const local = laptopZone();
  // Offsets as they are on the chosen day: an event can span a DST change.
  const at = offsetsInstant(day ?? '', openedAt);

  return (
    <section className="page today-page" aria-labelledby="page-title">
      <header className="page-header">
        <h1 id="page-title">{t('today.title')}</h1>
      </header>
      {!event && (
        <p>
          {t('today.noEvent')} <a href={routeHref({ name: 'events' })}>{t('today.goToEvents')}</a>
        </p>
      )}
      {events.length > 0 && (events.length > 1 || !event) && (
        <div className="toolbar">
          <SelectField
            label={t('today.event')}
            value={event?.id ?? ''}
            options={[
              ...(event ? [] : [{ value: '', label: t('today.chooseEvent') }]),
              ...events.map((e) => ({ value: e.id, label: e.name })),
            ]}
            onChange={(id) => {
              setChosenEventId(id || null);
              setChosenDay(null);
            }}
          />
        </div>
      )}
      {event && (
        <>
          <p className="today-event">
            <a href={routeHref({ name: 'event', id: event.id })} dir="auto">
              {event.name}
            </a>
            {event.city && (
              <span className="muted" dir="auto">
                {' · '}
                {event.city}
              </span>
            )}
          </p>
          <p className="muted">
            <span>{t('common.eventTime', { zone: zoneLabel(event.timeZone, at, i18n.language) })}</span>
            {zonesDiffer(at, event.timeZone, local) && (
              <span> {t('today.laptopZone', { zone: zoneLabel(local, at, i18n.language) })}</span>
            )}
          </p>
          {days.length > 0 && (
            <div className="day-picker" role="group" aria-label={t('today.day')}>
              {days.map((d) => (
                <button
                  key={d}
                  type="button"
                  aria-pressed={d === day}
                  className={d === day ? 'primary' : undefined}
                  onClick={() => setChosenDay(d)}
                >
                  {formatShortDay(d, i18n.language)}
                </button>
              ))}
            </div>
          )}
          {day && <DayTimeline event={event} day={day} />}
        </>
      )}
    </section>
  );
}
