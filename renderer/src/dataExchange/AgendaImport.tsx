/** Organizers' agenda: the VEVENTs of their calendar file become sessions of the chosen event. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Event } from '../../../shared/domain/entities';
import { planAgenda, type PlannedSession } from '../../../shared/formats/agendaImport';
import { IcsFileError, parseIcs } from '../../../shared/formats/ics';
import { ulid } from '../../../shared/domain/ulid';
import { formatDateInZone, formatTimeInZone } from '../../../shared/time/zonedTime';
import { useServices, useSettings } from '../app/AppServices';
import { RecordExchange } from '../db/RecordExchange';
import { SelectField } from '../ui/Field';
import { describeAgendaProblem, describeIcsProblem } from './describeProblems';
import { decodeText, FileInput, type ChosenFile } from './FileInput';
import { JobStatus } from './JobStatus';
import { failure } from './saveExport';
import { useEvents } from './useEvents';
import { useJob } from './useJob';

const MAX_ICS_BYTES = 10 * 1024 * 1024;

interface Pending {
  event: Event;
  sessions: PlannedSession[];
  problems: string[];
}

export function AgendaImport() {
  const { t, i18n } = useTranslation();
  const services = useServices();
  const events = useEvents();
  const current = useSettings((s) => s.currentEventId);
  const [chosen, setChosen] = useState<string | null>(null);
  const eventId = chosen ?? (events?.some((e) => e.id === current) ? current : events?.[0]?.id) ?? '';
  const [pending, setPending] = useState<Pending | null>(null);
  const { job, run, cancel, running } = useJob();
  const fail = (error: unknown) => failure(t, error);

  const read = (file: ChosenFile) =>
    void run(
      file.name,
      async () => {
        setPending(null);
        const event = events?.find((e) => e.id === eventId);
        if (!event) return { state: 'failed', message: t('exchange.organizers.noEvent') };
        let parsed;
        try {
          parsed = parseIcs(decodeText(file.bytes), event.timeZone);
        } catch (error) {
          if (error instanceof IcsFileError)
            return { state: 'failed', message: t(`exchange.organizers.${error.code}`, { name: file.name }) };
          throw error;
        }
        const existing = await services.repos.sessions.forEvent(event.id);
        const plan = planAgenda(parsed.events, event, existing, ulid);
        setPending({
          event,
          sessions: plan.sessions,
          problems: [
            ...parsed.problems.map((p) => describeIcsProblem(t, p)),
            ...plan.problems.map((p) => describeAgendaProblem(t, p)),
          ],
        });
        return { state: 'idle' };
      },
      fail,
      t('exchange.job.cancelled'),
    );

  const add = (current: Pending) =>
    void run(
      t('exchange.organizers.agendaFile'),
      async (ctx) => {
        const exchange = new RecordExchange(services.db, services.capture, services.repos);
        const outcome = await exchange.importRecords(
          {
            records: current.sessions
              .filter((s) => !s.existing)
              .map((s) => ({ table: 'sessions', entity: s.entity })),
          },
          { signal: ctx.signal },
        );
        setPending(null);
        return {
          state: 'done',
          message: t('exchange.organizers.sessionsAdded', {
            count: outcome.added.sessions ?? 0,
            event: current.event.name,
          }),
        };
      },
      fail,
      t('exchange.job.cancelled'),
    );

  if (events && events.length === 0) return <p className="muted">{t('exchange.organizers.noEvent')}</p>;
  const newCount = pending?.sessions.filter((s) => !s.existing).length ?? 0;
  return (
    <div className="exchange-subsection">
      <h3>{t('exchange.organizers.agendaTitle')}</h3>
      <SelectField
        label={t('exchange.organizers.event')}
        value={eventId}
        options={(events ?? []).map((e) => ({ value: e.id, label: e.name }))}
        onChange={(id) => {
          setChosen(id);
          setPending(null);
        }}
        disabled={running}
      />
      <FileInput
        label={t('exchange.organizers.agendaFile')}
        accept=".ics,.ical,.ifb,.icalendar,text/calendar"
        maxBytes={MAX_ICS_BYTES}
        disabled={running || !eventId}
        onFile={read}
        onError={(message) => void run('', () => Promise.resolve({ state: 'failed', message }), fail, '')}
      />
      {pending && (
        <>
          <div className="exchange-table-frame">
            <table className="data-table">
              <caption>{t('exchange.organizers.agendaPreview')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('exchange.organizers.when')}</th>
                  <th scope="col">{t('exchange.organizers.sessionTitle')}</th>
                  <th scope="col">{t('exchange.organizers.room')}</th>
                  <th scope="col">{t('exchange.preview.status')}</th>
                </tr>
              </thead>
              <tbody>
                {pending.sessions.map(({ entity, existing, outsideEvent }) => (
                  <tr key={entity.id}>
                    <td>
                      {formatDateInZone(entity.startsAt, pending.event.timeZone, i18n.language)}{' '}
                      {formatTimeInZone(entity.startsAt, pending.event.timeZone, i18n.language)}–
                      {formatTimeInZone(entity.endsAt, pending.event.timeZone, i18n.language)}
                      {outsideEvent && <span className="badge">{t('exchange.organizers.outside')}</span>}
                    </td>
                    <td dir="auto">
                      {entity.title} <span className="muted">({t(`labels.sessionKind.${entity.kind}`)})</span>
                    </td>
                    <td dir="auto">{entity.room}</td>
                    <td>{existing ? t('exchange.preview.matched') : t('exchange.preview.isNew')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {pending.sessions.length === 0 && <p>{t('exchange.organizers.noSessions')}</p>}
          {pending.problems.length > 0 && (
            <ul className="exchange-issues">
              {pending.problems.map((line, i) => (
                <li key={i} dir="auto">
                  {line}
                </li>
              ))}
            </ul>
          )}
          <div className="button-row">
            <button
              type="button"
              className="primary"
              disabled={running || newCount === 0}
              onClick={() => add(pending)}
            >
              {t('exchange.organizers.addSessions', { count: newCount })}
            </button>
            <button type="button" onClick={() => setPending(null)} disabled={running}>
              {t('common.cancel')}
            </button>
          </div>
        </>
      )}
      <JobStatus job={job} onCancel={cancel} testId="agenda-status" />
    </div>
  );
}
