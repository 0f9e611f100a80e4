/** A searchable picker of IANA time zones ("shang" finds Asia/Shanghai), each shown with its offset. */
import { useMemo, useState } from 'react';
import { foldText } from '../../../shared/search/foldText';
import { zoneOffsetLabel } from '../../../shared/time/zonedTime';
import { Combobox } from './Combobox';

function allZones(): string[] {
  const supported = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.(
    'timeZone',
  );
  return supported && supported.length > 0 ? supported : ['UTC'];
}

interface TimeZonePickerProps {
  label: string;
  /** The instant whose offsets are shown (the event's start: offsets change with DST). */
  at: number;
  value: string;
  onChange: (zone: string) => void;
  error?: string | undefined;
}

export function TimeZonePicker({ label, at, value, onChange, error }: TimeZonePickerProps) {
  const [query, setQuery] = useState(value);
  const zones = useMemo(() => allZones(), []);
  const options = useMemo(() => {
    const q = foldText(query.trim()).replace(/\s+/g, '_');
    return zones
      .filter((zone) => !q || zone === value || foldText(zone).includes(q))
      .slice(0, 30)
      .map((zone) => ({ id: zone, label: zone, detail: zoneOffsetLabel(at, zone) }));
  }, [query, zones, value, at]);
  return (
    <Combobox
      label={label}
      query={query}
      onQueryChange={setQuery}
      options={query === value ? [] : options}
      error={error}
      onSelect={(option) => {
        setQuery(option.id);
        onChange(option.id);
      }}
    />
  );
}
