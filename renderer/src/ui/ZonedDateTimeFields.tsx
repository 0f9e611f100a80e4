/**
 * Date and time inputs in the event's time zone. The laptop may still be set to home time, so the
 * wall-clock time typed is always read in the event zone, and the laptop's own time is shown beside it
 * when the two differ.
 */
import { useTranslation } from 'react-i18next';
import { instantToZoned, zonedToInstant } from '../../../shared/time/zonedTime';
import { FieldFrame } from './Field';
import { laptopTimeHint } from './zoneLabels';

interface ZonedTimeProps {
  label: string;
  zone: string;
  value: number;
  onChange: (instant: number) => void;
  error?: string | undefined;
  /** Show the date input too (otherwise only the time of `value`'s date changes). */
  withDate?: boolean;
}

export function ZonedDateTimeFields({
  label,
  zone,
  value,
  onChange,
  error,
  withDate = true,
}: ZonedTimeProps) {
  const { t, i18n } = useTranslation();
  const parts = instantToZoned(value, zone);
  const hint = laptopTimeHint(t, value, zone, i18n.language);
  const update = (date: string, time: string) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return;
    onChange(zonedToInstant(date, time, zone));
  };
  return (
    <div className="zoned-time">
      {withDate && (
        <FieldFrame label={`${label} · ${t('common.date')}`} error={undefined}>
          {({ id }) => (
            <input
              id={id}
              type="date"
              value={parts.date}
              required
              onChange={(e) => update(e.target.value, parts.time)}
            />
          )}
        </FieldFrame>
      )}
      <FieldFrame label={label} error={error} hint={hint}>
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            type="time"
            value={parts.time}
            required
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            onChange={(e) => update(parts.date, e.target.value)}
          />
        )}
      </FieldFrame>
    </div>
  );
}
