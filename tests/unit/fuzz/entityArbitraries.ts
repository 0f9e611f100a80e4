/**
 * fast-check arbitraries for valid records of every entity table, over the whole range their schemas
 * accept (any ULID, any Unicode text including lone surrogates, dates up to the year 9999), already in
 * the form the schemas return (trimmed), so a record read back must equal the one generated.
 */
import fc from 'fast-check';
import { ENTITY_TABLES, type EntityOf, type EntityTableName } from '../../../shared/domain/entityTables';
import {
  ACTION_STATUSES,
  AGREEMENT_KINDS,
  AGREEMENT_STATUSES,
  ATTACHMENT_OWNERS,
  CONFIDENTIALITY_LEVELS,
  MEETING_KINDS,
  MEETING_STATUSES,
  ORGANIZATION_KINDS,
  SESSION_KINDS,
} from '../../../shared/domain/entities';

const CROCKFORD = [...'0123456789ABCDEFGHJKMNPQRSTVWXYZ'];
export const MAX_INSTANT = 253402300799999;

export const ulid = fc.string({ unit: fc.constantFrom(...CROCKFORD), minLength: 26, maxLength: 26 });

/** Any code points, lone surrogates and controls included; scripts the app is used with are often picked. */
const unit = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...'ក្ញ​ບັນທຶກ天津会谈 ١٢مؤتمرé\u0000\t\n"\\\u2028\uFEFF') },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: fc.constantFrom('\uD800', '\uDFFF', '🤝', '👩🏽‍💼') },
);

export function text(maxLength: number) {
  return fc.string({ unit, maxLength });
}

/** One-line fields: the schema trims them, so the generated value is trimmed already. */
export function line(maxLength = 300) {
  return text(maxLength).map((s) => s.trim());
}
export const requiredName = line().filter((s) => s.length > 0);
const longText = text(200);

/** YYYY-MM-DD from 1900 to 9999, the year 2100 often. */
export const isoDate = fc
  .tuple(
    fc.oneof(fc.integer({ min: 1900, max: 9999 }), fc.constant(2100)),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 31 }),
  )
  .map(([y, m, d]) => {
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return `${y}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
  });

/** Instants in whole seconds (what iCalendar holds) from 1970 until `until`, the year 2100 often. */
export function wholeSeconds(until: number) {
  return fc
    .oneof(
      fc.integer({ min: 0, max: Math.floor(until / 1000) }),
      fc.integer({ min: Date.UTC(2100, 0, 1) / 1000, max: Date.UTC(2101, 0, 1) / 1000 }),
    )
    .map((s) => s * 1000);
}

const instant = fc.oneof(
  fc.integer({ min: 0, max: MAX_INSTANT }),
  fc.integer({ min: Date.UTC(2100, 0, 1), max: Date.UTC(2101, 0, 1) }),
);
const span = fc.tuple(instant, instant).map(([a, b]): [number, number] => (a <= b ? [a, b] : [b, a]));
const ids = (min = 0) => fc.array(ulid, { minLength: min, maxLength: 4 });
const email = fc.oneof(
  fc.constant(''),
  fc.constantFrom('dara@example.org', 'li.wei+moa@tjtc.edu.cn', 'x@y.la'),
);
const country = fc.option(fc.constantFrom('KH', 'LA', 'TH', 'CN', 'ZZ'), { nil: null });
const optionalDate = fc.option(isoDate, { nil: null });

const ARBITRARIES: { [N in EntityTableName]: fc.Arbitrary<EntityOf<N>> } = {
  events: fc
    .record({
      id: ulid,
      name: requiredName,
      city: line(),
      venue: line(),
      startDate: isoDate,
      endDate: isoDate,
      timeZone: fc.constantFrom('Asia/Shanghai', 'Asia/Phnom_Penh', 'UTC', 'America/St_Johns'),
    })
    .map((e) => (e.endDate < e.startDate ? { ...e, endDate: e.startDate } : e)),
  sessions: fc
    .record({
      id: ulid,
      eventId: ulid,
      kind: fc.constantFrom(...SESSION_KINDS),
      title: requiredName,
      times: span,
      room: line(),
      attendeeIds: ids(),
    })
    .map(({ times: [startsAt, endsAt], ...s }) => ({ ...s, startsAt, endsAt })),
  organizations: fc.record({
    id: ulid,
    name: requiredName,
    nativeName: line(),
    country,
    kind: fc.constantFrom(...ORGANIZATION_KINDS),
    website: line(),
  }),
  people: fc.record({
    id: ulid,
    name: requiredName,
    nativeName: line(),
    title: line(),
    organizationId: fc.option(ulid, { nil: null }),
    email,
    phone: line(40),
    isDelegate: fc.boolean(),
    notes: longText,
  }),
  meetings: fc
    .record({
      id: ulid,
      eventId: fc.option(ulid, { nil: null }),
      title: requiredName,
      kind: fc.constantFrom(...MEETING_KINDS),
      status: fc.constantFrom(...MEETING_STATUSES),
      times: span,
      location: line(),
      counterpartOrgIds: ids(1),
      participantIds: ids(),
      agenda: longText,
      minutes: longText,
      outcomes: longText,
      confidentiality: fc.constantFrom(...CONFIDENTIALITY_LEVELS),
      tags: fc.array(line(60).filter(Boolean), { maxLength: 3 }),
    })
    .map(({ times: [startsAt, endsAt], ...m }) => ({
      id: m.id,
      eventId: m.eventId,
      title: m.title,
      kind: m.kind,
      status: m.status,
      startsAt,
      endsAt,
      location: m.location,
      counterpartOrgIds: m.counterpartOrgIds,
      participantIds: m.participantIds,
      agenda: m.agenda,
      minutes: m.minutes,
      outcomes: m.outcomes,
      confidentiality: m.confidentiality,
      tags: m.tags,
    })),
  notes: fc.record({ id: ulid, meetingId: ulid, authorId: ulid, text: longText }),
  actionItems: fc.record({
    id: ulid,
    title: requiredName,
    meetingId: fc.option(ulid, { nil: null }),
    agreementId: fc.option(ulid, { nil: null }),
    ownerId: fc.option(ulid, { nil: null }),
    dueDate: optionalDate,
    status: fc.constantFrom(...ACTION_STATUSES),
  }),
  agreements: fc
    .record({
      id: ulid,
      title: requiredName,
      kind: fc.constantFrom(...AGREEMENT_KINDS),
      partyOrgIds: ids(1),
      scope: longText,
      status: fc.constantFrom(...AGREEMENT_STATUSES),
      signedOn: optionalDate,
      signingPlace: line(),
      eventId: fc.option(ulid, { nil: null }),
      signatoryIds: ids(),
      validFrom: optionalDate,
      validUntil: optionalDate,
      renewalReminder: optionalDate,
      meetingIds: ids(),
    })
    .map((a) =>
      a.validFrom && a.validUntil && a.validUntil < a.validFrom ? { ...a, validUntil: a.validFrom } : a,
    ),
  attachments: fc.record({
    id: ulid,
    ownerType: fc.constantFrom(...ATTACHMENT_OWNERS),
    ownerId: ulid,
    fileName: line(255).filter(Boolean),
    mimeType: text(127),
    size: fc.nat({ max: 64 }),
    sha256: fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 64, maxLength: 64 }),
  }),
};

/** A valid record of `table`; its fields are in schema order. */
export function entity<N extends EntityTableName>(table: N): fc.Arbitrary<EntityOf<N>> {
  return ARBITRARIES[table];
}

/** Records of `table` with distinct ids. */
export function entities<N extends EntityTableName>(table: N, maxLength = 3) {
  return fc.uniqueArray(entity(table), { maxLength, selector: (r) => (r as { id: string }).id });
}

/** True when the schema accepts the record unchanged (a check on the arbitraries themselves). */
export function schemaKeeps<N extends EntityTableName>(table: N, record: EntityOf<N>): boolean {
  const parsed = ENTITY_TABLES[table].schema.safeParse(record);
  return parsed.success && JSON.stringify(parsed.data) === JSON.stringify(record);
}
