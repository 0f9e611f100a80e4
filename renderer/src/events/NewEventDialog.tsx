/**
 * The "New event" form, in a dialog. Bad input is explained beside its field and everything typed stays
 * in the form; a created event opens on its own page, ready for its agenda.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Event } from '../../../shared/domain/entities';
import { useRepos, useServices } from '../app/AppServices';
import { navigate } from '../app/router';
import { Dialog } from '../ui/Dialog';
import { TextField } from '../ui/Field';
import { FormActions } from '../ui/FormActions';
import { useFormSubmit } from '../ui/useFormSubmit';
import { offsetsInstant } from './eventDates';
import { TimeZonePicker } from '../ui/TimeZonePicker';

export type EventFields = Omit<Event, 'id'>;

interface NewEventDialogProps {
  initial: EventFields;
  /** The current time, for time-zone offsets while the first day is not valid. */
  openedAt: number;
  onClose: () => void;
}

export function NewEventDialog({ initial, openedAt, onClose }: NewEventDialogProps) {
  const { t } = useTranslation();
  const repos = useRepos();
  const { settings } = useServices();
  const [fields, setFields] = useState(initial);
  const { errors, setErrors, failure, busy, run } = useFormSubmit();

  const set = <K extends keyof EventFields>(key: K, value: EventFields[K]) => {
    setFields((current) => ({ ...current, [key]: value }));
    setErrors(({ [key]: _fixed, ...rest }) => rest);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    return run(async () => {
      const created = await repos.events.create(fields);
      if (settings.getState().currentEventId === null)
        await settings.getState().update('currentEventId', created.id);
      onClose();
      navigate({ name: 'event', id: created.id });
    });
  };

  return (
    <Dialog open title={t('events.newEvent')} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <div className="form-grid">
          <TextField
            className="wide"
            label={t('events.name')}
            value={fields.name}
            error={errors['name']}
            required
            onChange={(e) => set('name', e.target.value)}
          />
          <TextField
            label={t('events.city')}
            value={fields.city}
            error={errors['city']}
            onChange={(e) => set('city', e.target.value)}
          />
          <TextField
            label={t('events.venue')}
            value={fields.venue}
            error={errors['venue']}
            onChange={(e) => set('venue', e.target.value)}
          />
          <TextField
            type="date"
            label={t('events.startDate')}
            value={fields.startDate}
            error={errors['startDate']}
            required
            onChange={(e) => set('startDate', e.target.value)}
          />
          <TextField
            type="date"
            label={t('events.endDate')}
            value={fields.endDate}
            error={errors['endDate']}
            required
            onChange={(e) => set('endDate', e.target.value)}
          />
          <div className="wide">
            <TimeZonePicker
              label={t('events.timeZone')}
              at={offsetsInstant(fields.startDate, openedAt)}
              value={fields.timeZone}
              error={errors['timeZone']}
              onChange={(zone) => set('timeZone', zone)}
            />
          </div>
        </div>
        <FormActions
          submitLabel={t('events.create')}
          busy={busy}
          failure={failure && t('common.saveFailed', { message: failure })}
          onCancel={onClose}
          className="dialog-actions"
        />
      </form>
    </Dialog>
  );
}
