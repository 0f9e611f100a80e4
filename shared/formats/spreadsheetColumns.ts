/**
 * The columns of each entity in spreadsheet exports (CSV and XLSX): the record's own fields, with times
 * shown in the zone of their event (and that zone in its own column), and references to other records
 * written as their names beside their ids, so a sheet can be read on its own.
 *
 * Headers are the field names: stable, language-neutral, and the same in both formats.
 */
import type { EntityOf, EntityTableName } from '../domain/entityTables';

export type Cell =
  | { kind: 'text'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'boolean'; value: boolean }
  /** A calendar date, YYYY-MM-DD, or null when empty. */
  | { kind: 'date'; value: string | null }
  /** An instant shown as wall-clock time in `zone`. */
  | { kind: 'dateTime'; value: number; zone: string };

export interface SheetContext {
  /** The zone a record with this event id is shown in (the laptop's for none). */
  zoneOf(eventId: string | null): string;
  /** The display name of a referenced record, or '' when it is not in the archive. */
  nameOf(table: 'events' | 'organizations' | 'people' | 'meetings' | 'agreements', id: string | null): string;
  /** False to blank the text of confidential meetings (and leave out their notes). */
  includeConfidential: boolean;
}

export interface Column<T> {
  header: string;
  /** Width in characters for XLSX. */
  width: number;
  cell(record: T, ctx: SheetContext): Cell;
}

const text = (value: string): Cell => ({ kind: 'text', value });
const names = (ctx: SheetContext, table: 'organizations' | 'people' | 'meetings', ids: readonly string[]) =>
  text(ids.map((id) => ctx.nameOf(table, id)).join('; '));
const col = <T>(header: string, width: number, cell: (r: T, ctx: SheetContext) => Cell): Column<T> => ({
  header,
  width,
  cell,
});
const field = <T, K extends keyof T & string>(key: K, width = 20): Column<T> =>
  col<T>(key, width, (r) => {
    const value = r[key];
    if (typeof value === 'number') return { kind: 'number', value };
    if (typeof value === 'boolean') return { kind: 'boolean', value };
    return text(value === null || value === undefined ? '' : String(value));
  });
const date = <T, K extends keyof T & string>(key: K): Column<T> =>
  col<T>(key, 12, (r) => ({ kind: 'date', value: (r[key] as string | null) ?? null }));

type Columns = { [N in EntityTableName]: Array<Column<EntityOf<N>>> };

const hidden = (meeting: { confidentiality: string }, ctx: SheetContext) =>
  meeting.confidentiality === 'confidential' && !ctx.includeConfidential;

export const SHEET_COLUMNS: Columns = {
  events: [
    field('id', 28),
    field('name', 40),
    field('city'),
    field('venue', 30),
    date('startDate'),
    date('endDate'),
    field('timeZone'),
  ],
  sessions: [
    field('id', 28),
    field('eventId', 28),
    col('event', 30, (s, ctx) => text(ctx.nameOf('events', s.eventId))),
    field('kind'),
    field('title', 40),
    col('startsAt', 18, (s, ctx) => ({ kind: 'dateTime', value: s.startsAt, zone: ctx.zoneOf(s.eventId) })),
    col('endsAt', 18, (s, ctx) => ({ kind: 'dateTime', value: s.endsAt, zone: ctx.zoneOf(s.eventId) })),
    col('timeZone', 18, (s, ctx) => text(ctx.zoneOf(s.eventId))),
    field('room'),
    col('attendees', 30, (s, ctx) => names(ctx, 'people', s.attendeeIds)),
  ],
  organizations: [
    field('id', 28),
    field('name', 40),
    field('nativeName', 40),
    field('country', 8),
    field('kind'),
    field('website', 30),
  ],
  people: [
    field('id', 28),
    field('name', 30),
    field('nativeName', 30),
    field('title', 30),
    field('organizationId', 28),
    col('organization', 40, (p, ctx) => text(ctx.nameOf('organizations', p.organizationId))),
    field('email', 30),
    field('phone'),
    field('isDelegate', 10),
    field('notes', 40),
  ],
  meetings: [
    field('id', 28),
    field('eventId', 28),
    col('event', 30, (m, ctx) => text(ctx.nameOf('events', m.eventId))),
    field('title', 40),
    field('kind'),
    field('status', 10),
    col('startsAt', 18, (m, ctx) => ({ kind: 'dateTime', value: m.startsAt, zone: ctx.zoneOf(m.eventId) })),
    col('endsAt', 18, (m, ctx) => ({ kind: 'dateTime', value: m.endsAt, zone: ctx.zoneOf(m.eventId) })),
    col('timeZone', 18, (m, ctx) => text(ctx.zoneOf(m.eventId))),
    field('location'),
    col('counterparts', 40, (m, ctx) => names(ctx, 'organizations', m.counterpartOrgIds)),
    col('participants', 40, (m, ctx) => names(ctx, 'people', m.participantIds)),
    col('agenda', 40, (m, ctx) => text(hidden(m, ctx) ? '' : m.agenda)),
    col('minutes', 60, (m, ctx) => text(hidden(m, ctx) ? '' : m.minutes)),
    col('outcomes', 40, (m, ctx) => text(hidden(m, ctx) ? '' : m.outcomes)),
    field('confidentiality', 14),
    col('tags', 20, (m) => text(m.tags.join('; '))),
  ],
  notes: [
    field('id', 28),
    field('meetingId', 28),
    col('meeting', 40, (n, ctx) => text(ctx.nameOf('meetings', n.meetingId))),
    field('authorId', 28),
    col('author', 30, (n, ctx) => text(ctx.nameOf('people', n.authorId))),
    field('text', 60),
  ],
  actionItems: [
    field('id', 28),
    field('title', 40),
    field('meetingId', 28),
    col('meeting', 40, (a, ctx) => text(ctx.nameOf('meetings', a.meetingId))),
    field('agreementId', 28),
    col('agreement', 40, (a, ctx) => text(ctx.nameOf('agreements', a.agreementId))),
    field('ownerId', 28),
    col('owner', 30, (a, ctx) => text(ctx.nameOf('people', a.ownerId))),
    date('dueDate'),
    field('status', 12),
  ],
  agreements: [
    field('id', 28),
    field('title', 40),
    field('kind', 10),
    col('parties', 40, (a, ctx) => names(ctx, 'organizations', a.partyOrgIds)),
    field('scope', 40),
    field('status', 12),
    date('signedOn'),
    field('signingPlace'),
    field('eventId', 28),
    col('event', 30, (a, ctx) => text(ctx.nameOf('events', a.eventId))),
    col('signatories', 40, (a, ctx) => names(ctx, 'people', a.signatoryIds)),
    date('validFrom'),
    date('validUntil'),
    date('renewalReminder'),
    col('meetings', 40, (a, ctx) => names(ctx, 'meetings', a.meetingIds)),
  ],
  attachments: [
    field('id', 28),
    field('ownerType', 12),
    field('ownerId', 28),
    field('fileName', 40),
    field('mimeType', 20),
    field('size', 12),
    field('sha256', 66),
  ],
};

/** The rows of a sheet for one table: header first. */
export function sheetRows<N extends EntityTableName>(
  table: N,
  records: ReadonlyArray<EntityOf<N>>,
  ctx: SheetContext,
): { headers: string[]; rows: Cell[][] } {
  const columns = SHEET_COLUMNS[table] as Array<Column<EntityOf<N>>>;
  return {
    headers: columns.map((c) => c.header),
    rows: records.map((record) => columns.map((c) => c.cell(record, ctx))),
  };
}

/** Notes of confidential meetings stay out of a spreadsheet unless confidential text is included. */
export function visibleNotes(
  notes: ReadonlyArray<EntityOf<'notes'>>,
  confidentialMeetingIds: ReadonlySet<string>,
  ctx: Pick<SheetContext, 'includeConfidential'>,
): Array<EntityOf<'notes'>> {
  return ctx.includeConfidential ? [...notes] : notes.filter((n) => !confidentialMeetingIds.has(n.meetingId));
}
