/**
 * The clock stamps a stored record carries: `_clock`, the stamp of the write that created (or last wholly
 * replaced) it, and `_fieldClocks`, only for fields written later. Most records are never edited field by
 * field, so most carry one stamp instead of one per field.
 */
import { nextLineage, seenVersions } from './mergeChange';

export interface RecordClocks {
  _clock: string;
  _fieldClocks?: Record<string, string>;
  /**
   * Long-text fields only: the stamps of the versions the current text replaced, newest first, so a merge
   * can tell a deliberate overwrite from two people writing at once (shared/sync/mergeChange.ts).
   */
  _lineage?: Record<string, string[]>;
}

export function clockOfField(clocks: RecordClocks, field: string): string {
  return clocks._fieldClocks?.[field] ?? clocks._clock;
}

/**
 * The clocks after writing `fields` at `hlc`. A long-text field written remembers the version it replaced
 * (and that one's lineage).
 */
export function stampFields(
  clocks: RecordClocks,
  fields: readonly string[],
  hlc: string,
  longText: readonly string[] = [],
): RecordClocks {
  const fieldClocks = { ...clocks._fieldClocks };
  const lineage = { ...clocks._lineage };
  for (const field of fields) {
    if (longText.includes(field)) lineage[field] = nextLineage(clockOfField(clocks, field), lineage[field]);
    fieldClocks[field] = hlc;
  }
  return {
    _clock: clocks._clock,
    _fieldClocks: fieldClocks,
    ...(Object.keys(lineage).length > 0 ? { _lineage: lineage } : {}),
  };
}

/** The newest stamp on a record. */
export function latestClock(clocks: RecordClocks): string {
  let latest = clocks._clock;
  for (const stamp of Object.values(clocks._fieldClocks ?? {})) if (stamp > latest) latest = stamp;
  return latest;
}

/** What a delete of this record had seen of its long text, for the delete change (mergeChange.ts). */
export function seenLongText(clocks: RecordClocks, longText: readonly string[]): Record<string, string[]> {
  return Object.fromEntries(
    longText.map((field) => [field, seenVersions(clockOfField(clocks, field), clocks._lineage?.[field])]),
  );
}
