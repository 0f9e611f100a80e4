/**
 * What the conflicts view needs to name a conflict: the record it belongs to (title, link, current text)
 * and where and when each version was written. A conflict only holds ids and a clock stamp, so these are
 * looked up, through the repositories, for the page of conflicts on screen.
 */
import type { TFunction } from 'i18next';
import type { Note } from '../../../shared/domain/entities';
import { parseHlc } from '../../../shared/sync/hybridLogicalClock';
import type { Conflict } from '../../../shared/sync/syncedTables';
import { formatDateInZone, formatTimeInZone } from '../../../shared/time/zonedTime';
import type { Route } from '../app/router';
import type { ConflictSubject } from '../db/repositories/ConflictRepository';
import type { Repositories } from '../db/repositories/createRepositories';
import { laptopZone } from '../ui/zoneLabels';

export interface ConflictEntry {
  conflict: Conflict;
  subject: ConflictSubject;
  /** The record's own name (a meeting's title, a person's name); null when nothing is known of it. */
  recordName: string | null;
  /** For a note: the title of its meeting, which names the note. */
  noteMeeting: string | null;
  /** Where the record is shown, while it exists. */
  recordRoute: Route | null;
  /** Other laptops' names, as sync learnt them (device id → name). */
  deviceNames: Readonly<Record<string, string>>;
}

/** The conflicts of one page of the list (or one conflict), each with what names it. */
export async function loadConflictEntries(
  repos: Repositories,
  conflicts: readonly Conflict[],
): Promise<ConflictEntry[]> {
  const entries: ConflictEntry[] = [];
  const deviceNames = await repos.deviceNames.all();
  for (const conflict of conflicts) entries.push(await entryOf(repos, conflict, deviceNames));
  return entries;
}

async function entryOf(
  repos: Repositories,
  conflict: Conflict,
  deviceNames: Readonly<Record<string, string>>,
): Promise<ConflictEntry> {
  const subject = await repos.conflicts.subject(conflict);
  const fields =
    subject.state === 'live'
      ? (subject.record as Record<string, unknown>)
      : subject.state === 'deleted'
        ? subject.last
        : null;
  const entry: ConflictEntry = {
    conflict,
    subject,
    recordName: null,
    noteMeeting: null,
    recordRoute: null,
    deviceNames,
  };
  if (!fields) return entry;
  const live = subject.state === 'live';
  const id = conflict.recordId;
  switch (conflict.table) {
    case 'meetings':
      return {
        ...entry,
        recordName: text(fields['title']),
        recordRoute: live ? { name: 'meeting', id } : null,
      };
    case 'agreements':
      return {
        ...entry,
        recordName: text(fields['title']),
        recordRoute: live ? { name: 'agreement', id } : null,
      };
    case 'people':
      return {
        ...entry,
        recordName: text(fields['name']),
        recordRoute: live ? { name: 'person', id } : null,
      };
    case 'notes': {
      const meetingId = (fields as Partial<Note>).meetingId;
      const meeting = meetingId ? await repos.meetings.get(meetingId) : undefined;
      return {
        ...entry,
        noteMeeting: meeting?.title ?? null,
        recordRoute: live && meeting ? { name: 'meeting', id: meeting.id } : null,
      };
    }
    default:
      return entry;
  }
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/** The record's name as the view shows it. */
export function recordLabel(t: TFunction, entry: ConflictEntry): string {
  if (entry.conflict.table === 'notes' && entry.noteMeeting !== null)
    return t('conflicts.noteOn', { meeting: entry.noteMeeting });
  return entry.recordName ?? t('conflicts.unknownRecord');
}

/** The field's name; a field this build does not know is shown as it is named in the data. */
export function fieldLabel(t: TFunction, field: string): string {
  return t(`conflicts.fields.${field}`, { defaultValue: field });
}

/**
 * The laptop a version was written on, from the device id in its stamp: by the name its user gave it
 * (learnt from its sync head or bundle), or else by the end of its id.
 */
export function deviceLabel(
  t: TFunction,
  stamp: string,
  thisDevice: string,
  thisName: string,
  names: Readonly<Record<string, string>> = {},
): string {
  const device = parseHlc(stamp).device;
  if (device === thisDevice)
    return thisName ? t('conflicts.thisLaptopNamed', { name: thisName }) : t('conflicts.thisLaptop');
  const name = names[device];
  if (name) return t('conflicts.otherLaptopNamed', { name });
  return t('conflicts.otherLaptop', { id: device.slice(-6) });
}

/** When a version was written, by its stamp's wall time (the writer's clock), on this laptop's clock. */
export function stampTime(stamp: string, locale: string): string {
  const wall = parseHlc(stamp).wall;
  const zone = laptopZone();
  return `${formatDateInZone(wall, zone, locale)} ${formatTimeInZone(wall, zone, locale)}`;
}
