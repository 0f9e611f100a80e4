/**
 * Quick capture: log a meeting in seconds between sessions. Focus starts in the counterpart field; a few
 * letters and Enter pick an organization (or create it, in any script), the title follows from it, the
 * start is now rounded to five minutes in the event's zone, the duration 30 minutes and the participant
 * the representative using this laptop. A second Enter saves.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ValidationError } from '../../../shared/domain/validation';
import { roundToMinutes } from '../../../shared/time/zonedTime';
import { useNames, useRepos, useServices, useSettings } from '../app/AppServices';
import { organizationOption } from '../organizations/organizationOption';
import { Combobox, type ComboboxOption } from '../ui/Combobox';
import { CountrySelect } from '../ui/CountrySelect';
import { Dialog } from '../ui/Dialog';
import { FieldFrame, SelectField, TextField } from '../ui/Field';
import { ZonedDateTimeFields } from '../ui/ZonedDateTimeFields';
import { laptopZone, zoneLabel } from '../ui/zoneLabels';
import { createQuickMeeting, guessNewCounterpart, type Counterpart } from './createQuickMeeting';
import { useQuickCapture } from './quickCaptureStore';

const DURATIONS = [15, 30, 45, 60, 90, 120];

export function QuickCaptureDialog() {
  const { t } = useTranslation();
  const open = useQuickCapture((s) => s.open);
  const hide = useQuickCapture((s) => s.hide);
  return (
    <Dialog open={open} title={t('capture.title')} onClose={hide} className="quick-capture">
      {open && <QuickCaptureForm />}
    </Dialog>
  );
}

function QuickCaptureForm() {
  const { t, i18n } = useTranslation();
  const repos = useRepos();
  const names = useNames();
  const { now } = useServices();
  const logged = useQuickCapture((s) => s.logged);
  const selfPersonId = useSettings((s) => s.selfPersonId);
  const currentEventId = useSettings((s) => s.currentEventId);
  const event = useLiveQuery(
    () => (currentEventId ? repos.events.get(currentEventId) : undefined),
    [repos, currentEventId],
  );
  const delegates = useLiveQuery(() => repos.people.delegates(), [repos]) ?? [];

  const [openedAt] = useState(() => now());
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<{ query: string; options: ComboboxOption[] }>({
    query: '',
    options: [],
  });
  const [counterpart, setCounterpart] = useState<Counterpart | null>(null);
  const [title, setTitle] = useState<string | null>(null);
  const [startsAt, setStartsAt] = useState(() => roundToMinutes(openedAt, 5));
  const [duration, setDuration] = useState(30);
  const [participants, setParticipants] = useState<string[]>(selfPersonId ? [selfPersonId] : []);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  const counterpartRef = useRef<HTMLInputElement>(null);

  const language = i18n.language;
  const zone = event?.timeZone ?? laptopZone();
  const effectiveTitle = title ?? (counterpart ? t('capture.defaultTitle', { name: counterpart.name }) : '');

  useEffect(() => {
    let current = true;
    names.find('organizations', query, 8).then(
      (found) =>
        current &&
        setResults({
          query,
          options: found.map((o) => organizationOption(o, language)),
        }),
      () => current && setResults({ query, options: [] }),
    );
    return () => {
      current = false;
    };
  }, [query, names, language]);

  useEffect(() => {
    if (counterpart) titleRef.current?.focus();
  }, [counterpart]);

  const submit = async (formEvent: FormEvent) => {
    formEvent.preventDefault();
    setFailure(null);
    try {
      const meeting = await createQuickMeeting(repos, {
        counterpart,
        title: effectiveTitle,
        eventId: event?.id ?? null,
        startsAt,
        durationMinutes: duration,
        participantIds: participants,
        now: now(),
      });
      logged({ id: meeting.id, title: meeting.title });
    } catch (error) {
      if (error instanceof ValidationError) setErrors(error.byField());
      else setFailure(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="quick-capture-form">
      <p className="muted">
        {event
          ? t('capture.inEvent', { event: event.name, zone: zoneLabel(zone, startsAt, language) })
          : t('capture.noEvent', { zone })}
      </p>
      {counterpart ? (
        <FieldFrame label={t('capture.counterpart')} error={errors['counterpartOrgIds']}>
          {({ id }) => (
            <div className="chips" id={id}>
              <span className="chip">
                <span dir="auto">
                  {counterpart.kind === 'new'
                    ? t('capture.newOrganization', { name: counterpart.name })
                    : counterpart.name}
                </span>
                <button
                  type="button"
                  className="chip-remove"
                  aria-label={t('common.remove', { name: counterpart.name })}
                  onClick={() => {
                    setCounterpart(null);
                    setTimeout(() => counterpartRef.current?.focus(), 0);
                  }}
                >
                  ×
                </button>
              </span>
            </div>
          )}
        </FieldFrame>
      ) : (
        <Combobox
          label={t('capture.counterpart')}
          placeholder={t('capture.counterpartHint')}
          query={query}
          onQueryChange={setQuery}
          options={results.options}
          optionsQuery={results.query}
          error={errors['counterpartOrgIds']}
          inputRef={counterpartRef}
          onSelect={(option) => setCounterpart({ kind: 'existing', id: option.id, name: option.label })}
          onCreate={(text) => setCounterpart(guessNewCounterpart(text))}
        />
      )}
      {counterpart?.kind === 'new' && (
        <CountrySelect
          label={t('capture.countryGuess')}
          value={counterpart.country}
          onChange={(country) => setCounterpart({ ...counterpart, country })}
        />
      )}
      <TextField
        ref={titleRef}
        label={t('capture.meetingTitle')}
        value={effectiveTitle}
        error={errors['title']}
        onChange={(e) => setTitle(e.target.value)}
      />
      <div className="form-grid">
        <ZonedDateTimeFields
          label={t('capture.start')}
          zone={zone}
          value={startsAt}
          onChange={setStartsAt}
          error={errors['startsAt']}
        />
        <SelectField
          label={t('capture.duration')}
          value={String(duration)}
          options={DURATIONS.map((d) => ({ value: String(d), label: t('capture.minutes', { count: d }) }))}
          onChange={(v) => setDuration(Number(v))}
        />
      </div>
      {delegates.length > 0 && (
        <fieldset className="choice-list">
          <legend>{t('capture.participants')}</legend>
          {delegates.map((person) => (
            <label key={person.id} className="choice">
              <input
                type="checkbox"
                checked={participants.includes(person.id)}
                onChange={(e) =>
                  setParticipants(
                    e.target.checked
                      ? [...participants, person.id]
                      : participants.filter((id) => id !== person.id),
                  )
                }
              />
              <span dir="auto">{person.name}</span>
            </label>
          ))}
        </fieldset>
      )}
      {failure && (
        <p role="alert" className="error-banner">
          {t('common.saveFailed', { message: failure })}
        </p>
      )}
      <div className="button-row dialog-actions">
        <button type="submit" className="primary">
          {t('capture.save')}
        </button>
      </div>
    </form>
  );
}
