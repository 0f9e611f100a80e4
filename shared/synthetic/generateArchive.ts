/**
 * A seeded, deterministic synthetic archive at the size an institution reaches over years: by default
 * 100,000 meetings across 200 events, 50,000 people and 10,000 organizations from 100 countries with names
 * in Latin, Chinese, Khmer, Lao, Thai and Arabic, 5,000 agreements and 100,000 action items. It streams
 * records in chunks, in dependency order, so a 100,000-meeting archive never sits in memory at once.
 * The benchmark and the "load a large archive" developer action both use it.
 */
import { COUNTRY_CODES } from '../domain/countries';
import type { EntityOf, EntityTableName } from '../domain/entityTables';
import { createUlidFactory } from '../domain/ulid';
import { zonedToInstant } from '../time/zonedTime';
import { createPrng, type Prng } from './prng';
import { minutesText, organizationName, personName, scriptOfCountry, topicOf, type Script } from './scripts';

export type GeneratedRecord = { [N in EntityTableName]: { table: N; entity: EntityOf<N> } }[EntityTableName];

export interface ArchiveScale {
  events: number;
  sessionsPerEvent: number;
  organizations: number;
  people: number;
  meetings: number;
  agreements: number;
  actionItems: number;
}

export const FULL_SCALE: ArchiveScale = {
  events: 200,
  sessionsPerEvent: 6,
  organizations: 10_000,
  people: 50_000,
  meetings: 100_000,
  agreements: 5_000,
  actionItems: 100_000,
};

export function scaleBy(factor: number): ArchiveScale {
  const n = (x: number) => Math.max(1, Math.round(x * factor));
  return {
    events: n(FULL_SCALE.events),
    sessionsPerEvent: FULL_SCALE.sessionsPerEvent,
    organizations: n(FULL_SCALE.organizations),
    people: n(FULL_SCALE.people),
    meetings: n(FULL_SCALE.meetings),
    agreements: n(FULL_SCALE.agreements),
    actionItems: n(FULL_SCALE.actionItems),
  };
}

/** Our delegation: the first people, all from organization 0 (our institution). */
const DELEGATES = 30;

const PRIORITY_COUNTRIES = ['CN', 'KH', 'LA', 'TH', 'SG', 'SA', 'AE', 'EG', 'JO', 'MA', 'TW', 'QA'];
export const SYNTHETIC_COUNTRIES = [
  ...PRIORITY_COUNTRIES,
  ...COUNTRY_CODES.filter((c) => !PRIORITY_COUNTRIES.includes(c)),
].slice(0, 100);

const VENUES: ReadonlyArray<[string, string]> = [
  ['Tianjin', 'Asia/Shanghai'],
  ['Phnom Penh', 'Asia/Phnom_Penh'],
  ['Vientiane', 'Asia/Vientiane'],
  ['Bangkok', 'Asia/Bangkok'],
  ['Berlin', 'Europe/Berlin'],
  ['Cairo', 'Africa/Cairo'],
  ['New York', 'America/New_York'],
  ['Nairobi', 'Africa/Nairobi'],
  ['São Paulo', 'America/Sao_Paulo'],
  ['Dubai', 'Asia/Dubai'],
];

const SESSION_KINDS = [
  'opening-ceremony',
  'keynote',
  'ministerial-roundtable',
  'parallel-session',
  'parallel-session',
  'closing-ceremony',
] as const;
const MEETING_KINDS = [
  'bilateral',
  'bilateral',
  'bilateral',
  'multilateral',
  'courtesy-call',
  'signing-ceremony',
] as const;
const MEETING_STATUSES = ['held', 'held', 'held', 'planned', 'cancelled'] as const;
const AGREEMENT_KINDS = ['mou', 'moa', 'loi', 'contract', 'other'] as const;
const AGREEMENT_STATUSES = [
  'proposed',
  'drafting',
  'negotiating',
  'signed',
  'active',
  'active',
  'expired',
  'terminated',
] as const;
const ACTION_STATUSES = ['open', 'open', 'in-progress', 'done', 'cancelled'] as const;

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

interface EventInfo {
  id: string;
  startDate: string;
  days: number;
  zone: string;
  dayStart: number;
}

export function* generateArchive(
  seed: number,
  scale: ArchiveScale = FULL_SCALE,
  chunkSize = 2000,
): Generator<GeneratedRecord[]> {
  const prng = createPrng(seed);
  const idPrng = createPrng(seed ^ 0x5eed);
  const ulid = createUlidFactory(
    () => Date.UTC(2026, 0, 1),
    (bytes) => idPrng.bytes(bytes),
  );
  const ids = (count: number) => Array.from({ length: count }, () => ulid());
  const eventIds = ids(scale.events);
  const orgIds = ids(scale.organizations);
  const personIds = ids(scale.people);
  const meetingIds = ids(scale.meetings);
  const orgCountry = orgIds.map((_, i) =>
    i === 0 ? 'CN' : SYNTHETIC_COUNTRIES[i % SYNTHETIC_COUNTRIES.length]!,
  );
  const orgScript = orgCountry.map(scriptOfCountry);
  const delegates = personIds.slice(0, Math.min(DELEGATES, personIds.length));
  /** People of organization k are k, k + orgs, k + 2·orgs, …; delegates all belong to organization 0. */
  const orgOfPerson = (p: number) => (p < delegates.length ? 0 : p % scale.organizations);
  const personOfOrg = (org: number) => {
    const count = Math.floor((scale.people - 1 - org) / scale.organizations) + 1;
    const p = org + scale.organizations * prng.int(0, Math.max(0, count - 1));
    return p < scale.people && p >= delegates.length ? personIds[p]! : null;
  };

  let chunk: GeneratedRecord[] = [];
  const emit = function* (record: GeneratedRecord) {
    chunk.push(record);
    if (chunk.length >= chunkSize) {
      yield chunk;
      chunk = [];
    }
  };

  const events: EventInfo[] = [];
  for (let e = 0; e < scale.events; e++) {
    const [city, zone] = VENUES[e % VENUES.length]!;
    const start = Date.UTC(2010, 0, 10) + Math.floor((e * 17 * 365 * 86_400_000) / Math.max(1, scale.events));
    const startDate = isoDate(start);
    const days = prng.int(2, 4);
    events.push({
      id: eventIds[e]!,
      startDate,
      days,
      zone,
      dayStart: zonedToInstant(startDate, '00:00', zone),
    });
    yield* emit({
      table: 'events',
      entity: {
        id: eventIds[e]!,
        name: `World Vocational Education Forum ${2010 + Math.floor((e * 17) / Math.max(1, scale.events))} · ${city} #${e + 1}`,
        city,
        venue: `${city} Convention Center`,
        startDate,
        endDate: isoDate(start + (days - 1) * 86_400_000),
        timeZone: zone,
      },
    });
  }
  for (const event of events) {
    for (let s = 0; s < scale.sessionsPerEvent; s++) {
      const kind = SESSION_KINDS[s % SESSION_KINDS.length]!;
      const startsAt =
        event.dayStart + Math.min(s >> 1, event.days - 1) * 86_400_000 + (9 + (s % 2) * 5) * 3_600_000;
      yield* emit({
        table: 'sessions',
        entity: {
          id: ulid(),
          eventId: event.id,
          kind,
          title: `${kind.replace(/-/g, ' ')} ${s + 1}`,
          startsAt,
          endsAt: startsAt + 2 * 3_600_000,
          room: `Hall ${String.fromCharCode(65 + (s % 6))}`,
          attendeeIds: delegates.filter(() => prng.chance(0.2)).slice(0, 5),
        },
      });
    }
  }
  for (let o = 0; o < scale.organizations; o++) {
    const name =
      o === 0
        ? { romanized: 'Synthetic Vocational College', native: '合成职业学院' }
        : organizationName(prng, orgScript[o]!, o);
    yield* emit({
      table: 'organizations',
      entity: {
        id: orgIds[o]!,
        name: name.romanized,
        nativeName: name.native,
        country: orgCountry[o]!,
        kind:
          o === 0
            ? 'college'
            : prng.pick(['university', 'college', 'government', 'company', 'ngo', 'other'] as const),
        website: '',
      },
    });
  }
  for (let p = 0; p < scale.people; p++) {
    const org = orgOfPerson(p);
    const name = personName(prng, orgScript[org]!);
    yield* emit({
      table: 'people',
      entity: {
        id: personIds[p]!,
        name: name.romanized,
        nativeName: name.native,
        title: prng.pick([
          'Director',
          'Dean',
          'Vice President',
          'Professor',
          'Programme Officer',
          'Head of Department',
        ]),
        organizationId: orgIds[org]!,
        email: '',
        phone: '',
        isDelegate: p < delegates.length,
        notes: 'Synthetic person for benchmarks.',
      },
    });
  }
  for (let m = 0; m < scale.meetings; m++) {
    const event = events[m % events.length]!;
    const org = 1 + ((m * 7919) % Math.max(1, scale.organizations - 1));
    const script: Script = orgScript[org]!;
    const startsAt =
      event.dayStart + prng.int(0, event.days - 1) * 86_400_000 + prng.int(8 * 4, 19 * 4) * 900_000;
    const theirs = personOfOrg(org);
    const ours = delegates.length > 0 ? [prng.pick(delegates)] : [];
    const orgName = organizationName(prng, script, org);
    yield* emit({
      table: 'meetings',
      entity: {
        id: meetingIds[m]!,
        eventId: event.id,
        title: `${prng.pick(['Meeting with', 'Talks with', 'Courtesy call on'])} ${orgName.native || orgName.romanized} · ${topicOf(prng, 'latin')}`,
        kind: prng.pick(MEETING_KINDS),
        status: prng.pick(MEETING_STATUSES),
        startsAt,
        endsAt: startsAt + prng.pick([30, 45, 60, 90]) * 60_000,
        location: `Room ${prng.int(100, 999)}`,
        counterpartOrgIds: [orgIds[org]!],
        participantIds: theirs ? [...ours, theirs] : ours,
        agenda: minutesText(prng, ['latin'], 1),
        minutes: minutesText(prng, [script, 'latin', 'chinese'], prng.int(2, 6)),
        outcomes: minutesText(prng, [script, 'latin'], 1),
        confidentiality: prng.pick(['public', 'internal', 'internal', 'confidential'] as const),
        tags: [topicOf(prng, 'latin')],
      },
    });
  }
  for (let a = 0; a < scale.agreements; a++) {
    const org = 1 + ((a * 104729) % Math.max(1, scale.organizations - 1));
    const signedYear = 2012 + (a % 14);
    const status = prng.pick(AGREEMENT_STATUSES);
    const signed = !['proposed', 'drafting', 'negotiating'].includes(status);
    yield* emit({
      table: 'agreements',
      entity: {
        id: ulid(),
        title: `${prng.pick(['Memorandum of Understanding', 'Memorandum of Agreement', 'Letter of Intent'])} on ${topicOf(prng, 'latin')} #${a + 1}`,
        kind: prng.pick(AGREEMENT_KINDS),
        partyOrgIds: [orgIds[org]!, orgIds[0]!],
        scope: minutesText(prng, [orgScript[org]!, 'latin'], 2),
        status,
        signedOn: signed ? `${signedYear}-0${1 + (a % 9)}-1${a % 10}` : null,
        signingPlace: signed ? VENUES[a % VENUES.length]![0] : '',
        eventId: signed ? eventIds[a % eventIds.length]! : null,
        signatoryIds: delegates.length > 0 ? [delegates[a % delegates.length]!] : [],
        validFrom: signed ? `${signedYear}-01-01` : null,
        validUntil: signed ? `${signedYear + prng.int(1, 6)}-12-31` : null,
        renewalReminder: signed ? `${signedYear + 1}-06-30` : null,
        meetingIds: [],
      },
    });
  }
  for (let i = 0; i < scale.actionItems; i++) {
    const meeting = i % 2 === 0 && meetingIds.length > 0 ? meetingIds[i % meetingIds.length]! : null;
    yield* emit({
      table: 'actionItems',
      entity: {
        id: ulid(),
        title: `${prng.pick(['Send', 'Prepare', 'Follow up on', 'Review', 'Share'])} ${topicOf(prng, 'latin')} ${prng.pick(['proposal', 'curriculum', 'contacts', 'draft', 'budget'])}`,
        meetingId: meeting,
        agreementId: null,
        ownerId: delegates.length > 0 ? delegates[i % delegates.length]! : null,
        dueDate: prng.chance(0.9) ? isoDate(Date.UTC(2012, 0, 1) + prng.int(0, 15 * 365) * 86_400_000) : null,
        status: prng.pick(ACTION_STATUSES),
      },
    });
  }
  if (chunk.length > 0) yield chunk;
}

/** Used by tests: the random source of a generator, for checks that need more values. */
export function prngFor(seed: number): Prng {
  return createPrng(seed);
}
