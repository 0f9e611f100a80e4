/**
 * A searchable picker of IANA time zones ("shang" finds Asia/Shanghai), each shown with its offset. It
 * reports what is typed as well as what is picked, so a half-typed zone fails validation visibly ("Choose
 * a time zone from the list") instead of silently keeping the previous one; a full zone name typed by
 * hand counts as picked.
 */
import { useMemo } from 'react';
import { isValidTimeZone } from '../../../shared/domain/primitives';
import { foldText } from '../../../shared/search/foldText';
import { zoneOffsetLabel } from '../../../shared/time/zonedTime';
import { Combobox } from './Combobox';

function allZones(): string[] {
  const supported = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.(
    'timeZone',
  );
  return supported && supported.length > 0 ? supported : ['UTC'];
}

/** The canonical name of a zone typed in full ("asia/shanghai" → "Asia/Shanghai"), or null. */
export function canonicalZone(text: string): string | null {
  const trimmed = text.trim();
  if (!isValidTimeZone(trimmed)) return null;
  return new Intl.DateTimeFormat('en', { timeZone: trimmed }).resolvedOptions().timeZone;
}

interface TimeZonePickerProps {
  label: string;
  /** The instant whose offsets are shown (the event's start: offsets change with DST). */
  at: number;
  /** A zone, or the text typed while none is picked. */
  value: string;
  onChange: (zoneOrText: string) => void;
  error?: string | undefined;
}

export function TimeZonePicker({ label, at, value, onChange, error }: TimeZonePickerProps) {
  const zones = useMemo(() => allZones(), []);
  const options = useMemo(() => {
    const picked = canonicalZone(value);
    const q = foldText(value.trim()).replace(/\s+/g, '_');
    const matches = picked ? [picked] : zones.filter((zone) => foldText(zone).includes(q)).slice(0, 30);
    return matches.map((zone) => ({ id: zone, label: zone, detail: zoneOffsetLabel(at, zone) }));
  }, [value, zones, at]);
  return (
    <Combobox
      label={label}
      query={value}
      onQueryChange={(text) => onChange(canonicalZone(text) ?? text)}
      options={options}
      error={error}
      onSelect={(option) => onChange(option.id)}
    />
  );
}
