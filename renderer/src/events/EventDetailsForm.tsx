/**
 * The event's own fields, saved as they are typed. A field that fails validation keeps its text and shows
 * why beside it, while the other fields still save.
 */
import { useTranslation } from 'react-i18next';
import type { Event } from '../../../shared/domain/entities';
import { useRepos } from '../app/AppServices';
import { AutosaveStatus } from '../ui/AutosaveStatus';
import { TextField } from '../ui/Field';
import { useAutosavedDraft } from '../ui/useAutosavedDraft';
import { offsetsInstant } from './eventDates';
import { TimeZonePicker } from '../ui/TimeZonePicker';

export function EventDetailsForm({ event }: { event: Event }) {
  const { t } = useTranslation();
  const repos = useRepos();
  const { draft, setField, errors, state, failure } = useAutosavedDraft(event, (patch) =>
    repos.events.update(event.id, patch),
  );

  return (
    <section className="settings-section" aria-labelledby="event-details-title">
      <h2 id="event-details-title">{t('events.details')}</h2>
      <form className="form-grid" onSubmit={(e) => e.preventDefault()} noValidate>
        <TextField
          className="wide"
          label={t('events.name')}
          value={draft.name}
          error={errors.name}
          required
          onChange={(e) => setField('name', e.target.value)}
        />
        <TextField
          label={t('events.city')}
          value={draft.city}
          error={errors.city}
          onChange={(e) => setField('city', e.target.value)}
        />
        <TextField
          label={t('events.venue')}
          value={draft.venue}
          error={errors.venue}
          onChange={(e) => setField('venue', e.target.value)}
        />
        <TextField
          type="date"
          label={t('events.startDate')}
          value={draft.startDate}
          error={errors.startDate}
          required
          onChange={(e) => setField('startDate', e.target.value)}
        />
        <TextField
          type="date"
          label={t('events.endDate')}
          value={draft.endDate}
          error={errors.endDate}
          required
          onChange={(e) => setField('endDate', e.target.value)}
        />
        <div className="wide">
          <TimeZonePicker
            label={t('events.timeZone')}
            at={offsetsInstant(draft.startDate, offsetsInstant(event.startDate, 0))}
            value={draft.timeZone}
            error={errors.timeZone}
            onChange={(zone) => setField('timeZone', zone)}
          />
        </div>
      </form>
      <AutosaveStatus state={state} failure={failure} invalidText={t('events.fieldsNotSaved')} />
    </section>
  );
}
