/**
 * The event's time zone, through the shared TimeZonePicker. The picker reports a zone only when one is
 * picked from its list; text typed and left there would otherwise keep the previous zone without a word.
 * So this field passes typed text on as the value: a zone name typed in full counts as picked, anything
 * else fails validation ("Choose a time zone from the list") beside the field, and the text stays.
 */
import { isValidTimeZone } from '../../../shared/domain/primitives';
import { TimeZonePicker } from '../ui/TimeZonePicker';

interface TimeZoneFieldProps {
  label: string;
  at: number;
  /** A zone, or the text typed while none is picked. */
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
}

function canonicalZone(text: string): string | null {
  const trimmed = text.trim();
  if (!isValidTimeZone(trimmed)) return null;
  return new Intl.DateTimeFormat('en', { timeZone: trimmed }).resolvedOptions().timeZone;
}

export function TimeZoneField({ label, at, value, onChange, error }: TimeZoneFieldProps) {
  return (
    <div
      className="time-zone-field"
      onInput={(event) => {
        const text = (event.target as HTMLInputElement).value;
        onChange(canonicalZone(text) ?? text);
      }}
    >
      <TimeZonePicker
        label={label}
        at={at}
        // The picker hides its suggestions while its query equals its value, so typed text that is
        // not yet a zone must not be handed back to it as the value.
        value={isValidTimeZone(value) ? value : ''}
        onChange={onChange}
        error={error}
      />
    </div>
  );
}
