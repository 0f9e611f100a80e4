/**
 * The clock stamps a stored record carries: `_clock`, the stamp of the write that created (or last wholly
 * replaced) it, and `_fieldClocks`, only for fields written later. Most records are never edited field by
 * field, so most carry one stamp instead of one per field.
 */
export interface RecordClocks {
  _clock: string;
  _fieldClocks?: Record<string, string>;
}

export function clockOfField(clocks: RecordClocks, field: string): string {
  return clocks._fieldClocks?.[field] ?? clocks._clock;
}

/** The clocks after writing `fields` at `hlc`. */
export function stampFields(clocks: RecordClocks, fields: readonly string[], hlc: string): RecordClocks {
  const fieldClocks = { ...clocks._fieldClocks };
  for (const field of fields) fieldClocks[field] = hlc;
  return { _clock: clocks._clock, _fieldClocks: fieldClocks };
}

/** The newest stamp on a record. */
export function latestClock(clocks: RecordClocks): string {
  let latest = clocks._clock;
  for (const stamp of Object.values(clocks._fieldClocks ?? {})) if (stamp > latest) latest = stamp;
  return latest;
}
