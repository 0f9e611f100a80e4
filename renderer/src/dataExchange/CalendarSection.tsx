/** Calendar: an ICS file of the meetings and sessions of one event, or of all. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { meetingEntry, sessionEntry } from '../../../shared/formats/calendarEntries';
import { writeIcs } from '../../../shared/formats/ics';
import { useServices } from '../app/AppServices';
import { RecordExchange } from '../db/RecordExchange';
import { SelectField } from '../ui/Field';
import { JobStatus } from './JobStatus';
import { readTables, sheetContext } from './readTables';
import { exportName, failure, saveExport } from './saveExport';
import { useEvents } from './useEvents';
import { useJob } from './useJob';

const ALL = '';

export function CalendarSection() {
  const { t } = useTranslation();
  const services = useServices();
  const events = useEvents();
  const [eventId, setEventId] = useState(ALL);
  const { job, run, cancel, running } = useJob();

  const exportIcs = () =>
    void run(
      t('exchange.calendar.export'),
      async (ctx) => {
        const exchange = new RecordExchange(services.db, services.capture, services.repos);
        const data = await readTables(exchange, ['events', 'organizations', 'sessions', 'meetings'], ctx);
        const names = sheetContext(data, false);
        const wanted = (id: string | null) => eventId === ALL || id === eventId;
        const entries = [
          ...(data.sessions ?? [])
            .filter((s) => wanted(s.eventId))
            .map((s) => sessionEntry(s, names.zoneOf(s.eventId))),
          ...(data.meetings ?? [])
            .filter((m) => wanted(m.eventId))
            .map((m) =>
              meetingEntry(
                m,
                names.zoneOf(m.eventId),
                m.counterpartOrgIds.map((id) => names.nameOf('organizations', id)).filter(Boolean),
              ),
            ),
        ].sort((a, b) => a.startsAt - b.startsAt);
        if (entries.length === 0) return { state: 'done', message: t('exchange.calendar.empty') };
        const event = events?.find((e) => e.id === eventId);
        const info = await services.platform.appInfo();
        const text = writeIcs(entries, {
          now: services.now(),
          calendarName: event?.name ?? 'Liaison',
          appVersion: info.version,
        });
        return saveExport(services.platform, t, {
          suggestedName: exportName('calendar', 'ics', services.now()),
          mimeType: 'text/calendar;charset=utf-8',
          data: text,
          extension: 'ics',
        });
      },
      (error) => failure(t, error),
      t('exchange.job.exportCancelled'),
    );

  return (
    <section className="panel exchange-section" aria-labelledby="exchange-calendar">
      <h2 id="exchange-calendar">{t('exchange.calendar.title')}</h2>
      <p className="muted">{t('exchange.calendar.description')}</p>
      <div className="toolbar">
        <SelectField
          label={t('exchange.calendar.event')}
          value={eventId}
          options={[
            { value: ALL, label: t('exchange.calendar.allEvents') },
            ...(events ?? []).map((e) => ({ value: e.id, label: e.name })),
          ]}
          onChange={setEventId}
          disabled={running}
        />
        <button type="button" onClick={exportIcs} disabled={running}>
          {t('exchange.calendar.export')}
        </button>
      </div>
      <JobStatus job={job} onCancel={cancel} testId="calendar-status" />
    </section>
  );
}
