/**
 * Adds or edits one session of the agenda. Its day and times are read in the event's zone, whatever the
 * laptop's zone is; bad input is explained beside its field and everything typed stays in the form.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SESSION_KINDS, type Event, type Session } from '../../../shared/domain/entities';
import { formatIsoDate, instantToZoned, zonedToInstant } from '../../../shared/time/zonedTime';
import { useRepos } from '../app/AppServices';
import { Dialog } from '../ui/Dialog';
import { SelectField, TextField } from '../ui/Field';
import { FormActions } from '../ui/FormActions';
import { labelOptions } from '../ui/labelOptions';
import { useFormSubmit } from '../ui/useFormSubmit';
import { laptopTimeHint, zoneLabel } from '../ui/zoneLabels';
import { eventDays, offsetsInstant } from './eventDates';

type SessionKind = Session['kind'];

interface SessionFields {
  kind: SessionKind;
  title: string;
  day: string;
  start: string;
  end: string;
  room: string;
  attendeeIds: string[];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^\d{2}:\d{2}$/;
/** Schema fields that the form shows under another name. */
const FIELD_OF: Record<string, keyof SessionFields> = { startsAt: 'start', endsAt: 'end' };

function initialFields(event: Event, session: Session | null): SessionFields {
  if (!session) {
    return {
      kind: 'parallel-session',
      title: '',
      day: eventDays(event)[0] ?? event.startDate,
      start: '09:00',
      end: '10:00',
      room: '',
      attendeeIds: [],
    };
  }
  const start = instantToZoned(session.startsAt, event.timeZone);
  return {
    kind: session.kind,
    title: session.title,
    day: start.date,
    start: start.time,
    end: instantToZoned(session.endsAt, event.timeZone).time,
    room: session.room,
    attendeeIds: session.attendeeIds,
  };
}

interface SessionDialogProps {
  event: Event;
  /** The session to edit, or null to add one. */
  session: Session | null;
  onClose: () => void;
}

export function SessionDialog({ event, session, onClose }: SessionDialogProps) {
  const { t, i18n } = useTranslation();
  const repos = useRepos();
  const delegates = useLiveQuery(() => repos.people.delegates(), [repos]);
  const [fields, setFields] = useState(() => initialFields(event, session));
  const { errors, setErrors, failure, busy, run } = useFormSubmit();
  const zone = event.timeZone;
  const locale = i18n.language;

  const set = <K extends keyof SessionFields>(key: K, value: SessionFields[K]) => {
    setFields((current) => ({ ...current, [key]: value }));
    setErrors(({ [key]: _fixed, ...rest }) => rest);
  };

  const days = [...new Set([...eventDays(event), fields.day])].filter((d) => ISO_DATE.test(d)).sort();
  /** The laptop's own time for a typed time, when the laptop is set to another zone. */
  const localHint = (time: string): string | undefined =>
    ISO_DATE.test(fields.day) && TIME.test(time)
      ? laptopTimeHint(t, zonedToInstant(fields.day, time, zone), zone, locale)
      : undefined;

  const submit = async (formEvent: FormEvent) => {
    formEvent.preventDefault();
    const found: Partial<Record<keyof SessionFields, string>> = {};
    if (!ISO_DATE.test(fields.day)) found.day = 'validation.date';
    if (!TIME.test(fields.start)) found.start = t('events.session.invalidTime');
    if (!TIME.test(fields.end)) found.end = t('events.session.invalidTime');
    if (Object.keys(found).length > 0) {
      setErrors(found);
      return;
    }
    const input = {
      eventId: event.id,
      kind: fields.kind,
      title: fields.title,
      startsAt: zonedToInstant(fields.day, fields.start, zone),
      endsAt: zonedToInstant(fields.day, fields.end, zone),
      room: fields.room,
      attendeeIds: fields.attendeeIds,
    };
    await run(
      async () => {
        if (session) await repos.sessions.update(session.id, input);
        else await repos.sessions.create(input);
        onClose();
      },
      (field) => FIELD_OF[field] ?? field,
    );
  };

  const toggleAttendee = (id: string, attends: boolean) =>
    set(
      'attendeeIds',
      attends ? [...fields.attendeeIds, id] : fields.attendeeIds.filter((other) => other !== id),
    );

  return (
    <Dialog
      open
      title={session ? t('events.session.editTitle') : t('events.session.newTitle')}
      onClose={onClose}
      className="session-dialog"
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <div className="form-grid">
          <SelectField
            label={t('events.session.kind')}
            value={fields.kind}
            error={errors.kind}
            options={labelOptions(t, 'sessionKind', SESSION_KINDS)}
            onChange={(kind) => set('kind', kind)}
          />
          <TextField
            label={t('events.session.title')}
            value={fields.title}
            error={errors.title}
            required
            data-autofocus
            onChange={(e) => set('title', e.target.value)}
          />
          <SelectField
            label={t('events.session.day')}
            value={fields.day}
            error={errors.day}
            options={days.map((day) => ({ value: day, label: formatIsoDate(day, locale, 'full') }))}
            onChange={(day) => set('day', day)}
          />
          <TextField
            label={t('events.session.room')}
            value={fields.room}
            error={errors.room}
            onChange={(e) => set('room', e.target.value)}
          />
          <TextField
            type="time"
            label={t('events.session.start')}
            value={fields.start}
            error={errors.start}
            hint={localHint(fields.start)}
            required
            onChange={(e) => set('start', e.target.value)}
          />
          <TextField
            type="time"
            label={t('events.session.end')}
            value={fields.end}
            error={errors.end}
            hint={localHint(fields.end)}
            required
            onChange={(e) => set('end', e.target.value)}
          />
          <p className="wide muted session-zone">
            {t('events.session.timesInZone', {
              zone: zoneLabel(zone, offsetsInstant(fields.day, 0), locale),
            })}
          </p>
          <fieldset className="wide choice-list session-attendees">
            <legend>{t('events.session.attendees')}</legend>
            {delegates?.length === 0 && <p className="muted">{t('events.session.noDelegates')}</p>}
            {delegates?.map((person) => (
              <label key={person.id} className="choice">
                <input
                  type="checkbox"
                  checked={fields.attendeeIds.includes(person.id)}
                  onChange={(e) => toggleAttendee(person.id, e.target.checked)}
                />
                <span dir="auto">{person.name}</span>
                {person.nativeName && (
                  <span className="muted" dir="auto">
                    {person.nativeName}
                  </span>
                )}
              </label>
            ))}
          </fieldset>
        </div>
        <FormActions
          submitLabel={t('events.session.save')}
          busy={busy}
          failure={failure && t('common.saveFailed', { message: failure })}
          onCancel={onClose}
          className="dialog-actions"
        />
      </form>
    </Dialog>
  );
}
