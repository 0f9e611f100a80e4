/**
 * Looks up the existing people and organizations a participant list or a vCard file may match, and
 * stores the plan's new records (with contact photos as attachments) through one import transaction.
 */
import type { Attachment, Organization, Person } from '../../../shared/domain/entities';
import { ulid } from '../../../shared/domain/ulid';
import {
  lookupTerms,
  planParticipants,
  type ExistingRecords,
  type ImportPlan,
  type Participant,
} from '../../../shared/formats/participantsTable';
import type { NameFinder } from '../search/NameFinder';
import type { ImportOutcome, RecordExchange } from '../db/RecordExchange';
import type { NewRecord } from '../db/BulkWriter';

const CANDIDATES_PER_NAME = 50;
const PAGE = 2000;

export async function findExisting(
  names: NameFinder,
  exchange: RecordExchange,
  participants: readonly Participant[],
): Promise<ExistingRecords> {
  const terms = lookupTerms(participants);
  const people = new Map<string, Person>();
  const organizations = new Map<string, Organization>();
  // A participant known by their native-script name alone is found through the search index: a match
  // missed while it is still being built would become a duplicate.
  await names.indexSettled();
  for (const term of terms.people)
    for (const p of await names.find('people', term, CANDIDATES_PER_NAME)) people.set(p.id, p);
  for (const term of terms.organizations)
    for (const o of await names.find('organizations', term, CANDIDATES_PER_NAME)) organizations.set(o.id, o);
  // People have no email index: when the file has emails, read the people once to match them.
  const emails = new Set(participants.map((p) => p.email.trim().toLowerCase()).filter(Boolean));
  if (emails.size > 0) {
    let after: string | null = null;
    for (;;) {
      const page: Person[] = await exchange.page('people', after, PAGE);
      for (const p of page) if (emails.has(p.email.toLowerCase())) people.set(p.id, p);
      if (page.length < PAGE) break;
      after = page[page.length - 1]!.id;
    }
  }
  return { people: [...people.values()], organizations: [...organizations.values()] };
}

export async function planImport(
  names: NameFinder,
  exchange: RecordExchange,
  participants: readonly Participant[],
): Promise<ImportPlan> {
  return planParticipants(participants, await findExisting(names, exchange, participants), ulid);
}

export interface Photo {
  /** The planned person's row. */
  row: number;
  mimeType: string;
  bytes: Uint8Array;
}

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

const EXTENSIONS: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/gif': 'gif',
  'image/webp': 'webp',
};

export async function applyImport(
  exchange: RecordExchange,
  plan: ImportPlan,
  photos: readonly Photo[] = [],
  signal?: AbortSignal,
): Promise<ImportOutcome> {
  const records: NewRecord[] = [
    ...plan.organizations
      .filter((o) => !o.existing)
      .map((o): NewRecord => ({ table: 'organizations', entity: o.entity })),
    ...plan.people.filter((p) => !p.existing).map((p): NewRecord => ({ table: 'people', entity: p.entity })),
  ];
  const blobs = new Map<string, { bytes: Uint8Array; mimeType: string }>();
  for (const photo of photos) {
    const person = plan.people.find((p) => p.row === photo.row && !p.existing);
    if (!person) continue;
    const sha256 = await sha256Hex(photo.bytes);
    blobs.set(sha256, { bytes: photo.bytes, mimeType: photo.mimeType });
    const attachment: Attachment = {
      id: ulid(),
      ownerType: 'person',
      ownerId: person.entity.id,
      fileName: `${person.entity.name.slice(0, 200)}.${EXTENSIONS[photo.mimeType] ?? 'img'}`,
      mimeType: photo.mimeType.slice(0, 127),
      size: photo.bytes.length,
      sha256,
    };
    records.push({ table: 'attachments', entity: attachment });
  }
  return exchange.importRecords({ records, blobs }, signal ? { signal } : {});
}
