/**
 * Reads what a document needs from the archive, through the repositories, into the plain structures the
 * templates in shared/documents take. Reads are by id or through an index; a report reads its event's
 * meetings one by one, reporting progress and stopping when cancelled.
 */
import type { Agreement, Event, Organization, Person } from '../../../shared/domain/entities';
import type {
  AgreementLine,
  MinutesData,
  RegisterRow,
  ReportData,
} from '../../../shared/documents/documentModel';
import { wasSigned } from '../../../shared/documents/wasSigned';
import type { Repositories } from '../db/repositories/createRepositories';
import { MAX_BULK_GET } from '../db/repositories/EntityRepository';
import { meetingsInScope } from './meetingScope';

export async function loadMinutesData(
  repos: Repositories,
  meetingId: string,
  laptopZone: string,
): Promise<MinutesData> {
  const meeting = await repos.meetings.get(meetingId);
  if (!meeting) throw new Error(`Meeting ${meetingId} no longer exists`);
  const event: Event | null = meeting.eventId ? ((await repos.events.get(meeting.eventId)) ?? null) : null;
  const [counterparts, people, items, agreements, notes] = await Promise.all([
    repos.organizations.getMany(meeting.counterpartOrgIds),
    repos.people.getMany(meeting.participantIds),
    repos.actionItems.forMeeting(meetingId),
    repos.agreements.forMeeting(meetingId),
    repos.notes.forMeeting(meetingId),
  ]);
  const personIds = new Set([
    ...items.flatMap((i) => (i.ownerId ? [i.ownerId] : [])),
    ...notes.map((n) => n.authorId),
  ]);
  const others = await repos.people.getMany([...personIds].filter((id) => !people.some((p) => p.id === id)));
  const peopleById = new Map<string, Person>([...people, ...others].map((p) => [p.id, p]));
  const orgIds = [...new Set(people.flatMap((p) => (p.organizationId ? [p.organizationId] : [])))];
  const orgsById = new Map<string, Organization>(
    (await repos.organizations.getMany(orgIds)).map((o) => [o.id, o]),
  );
  return {
    meeting,
    event,
    zone: event?.timeZone ?? laptopZone,
    counterparts,
    participants: meeting.participantIds.flatMap((id) => {
      const person = peopleById.get(id);
      return person
        ? [
            {
              person,
              organization: person.organizationId ? (orgsById.get(person.organizationId) ?? null) : null,
            },
          ]
        : [];
    }),
    actionItems: items.map((item) => ({
      item,
      owner: item.ownerId ? (peopleById.get(item.ownerId) ?? null) : null,
    })),
    agreements: await flagConfidential(repos, agreements.filter(wasSigned)),
    notes: notes.map((note) => ({ author: peopleById.get(note.authorId) ?? null, text: note.text })),
  };
}

export interface LoadProgress {
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

export async function loadReportData(
  repos: Repositories,
  eventId: string,
  laptopZone: string,
  progress: LoadProgress = {},
): Promise<ReportData> {
  const event = await repos.events.get(eventId);
  if (!event) throw new Error(`Event ${eventId} no longer exists`);
  // Page by page: a single read stops at 1,000 meetings, and a report must not drop the rest.
  const meetings = await meetingsInScope(repos, { kind: 'event', eventId }, undefined, progress.signal);
  const data: ReportData['meetings'] = [];
  for (const [index, meeting] of meetings.entries()) {
    progress.signal?.throwIfAborted();
    data.push(await loadMinutesData(repos, meeting.id, laptopZone));
    progress.onProgress?.(index + 1, meetings.length);
  }
  const signed = (await repos.agreements.forEvent(eventId)).filter(wasSigned);
  // Counts (follow-ups, partners, meetings held) are left to the template, which knows what it redacts.
  return { event, meetings: data, agreementsSigned: await flagConfidential(repos, signed) };
}

/** Marks the agreements linked to a confidential meeting, for redacted documents to leave out. */
async function flagConfidential(
  repos: Repositories,
  agreements: readonly Agreement[],
): Promise<AgreementLine[]> {
  const ids = [...new Set(agreements.flatMap((a) => a.meetingIds))];
  const confidential = new Set<string>();
  for (let start = 0; start < ids.length; start += MAX_BULK_GET) {
    for (const meeting of await repos.meetings.getMany(ids.slice(start, start + MAX_BULK_GET)))
      if (meeting.confidentiality === 'confidential') confidential.add(meeting.id);
  }
  return agreements.map((agreement) => ({
    agreement,
    confidential: agreement.meetingIds.some((id) => confidential.has(id)),
  }));
}

/** Every agreement with its parties, page by page through the name index. */
export async function loadRegisterRows(
  repos: Repositories,
  progress: LoadProgress = {},
): Promise<RegisterRow[]> {
  const total = await repos.agreements.count();
  const rows: RegisterRow[] = [];
  for (let offset = 0; ; offset += 500) {
    progress.signal?.throwIfAborted();
    const page = await repos.agreements.list(500, offset);
    if (page.length === 0) break;
    const parties = new Map(
      (await repos.organizations.getMany([...new Set(page.flatMap((a) => a.partyOrgIds))])).map((o) => [
        o.id,
        o,
      ]),
    );
    for (const line of await flagConfidential(repos, page)) {
      rows.push({ ...line, parties: line.agreement.partyOrgIds.flatMap((id) => parties.get(id) ?? []) });
    }
    progress.onProgress?.(rows.length, total);
  }
  return rows;
}
