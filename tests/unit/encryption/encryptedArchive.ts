/** Helpers for the encryption tests: an archive with a counterpart, records, and a raw view of the disk. */
import Dexie from 'dexie';
import { IDBKeyRange } from 'fake-indexeddb';
import { isSealed } from '../../../renderer/src/db/FieldCipher';
import { KeyStore } from '../../../renderer/src/db/KeyStore';
import { createTestArchive, type TestArchive } from '../../support/testArchive';

/** Argon2id at a test cost; the default (64 MiB) is checked and timed on its own. */
export const FAST_KDF = { memoryKiB: 1024, iterations: 1, parallelism: 1 };

export const MARKERS = {
  agenda: 'CANARY-AGENDA-19c2',
  minutes: 'CANARY-MINUTES-7f3a',
  outcomes: 'CANARY-OUTCOMES-b81d',
  note: 'CANARY-NOTE-4e60',
  scope: 'CANARY-SCOPE-a5c9',
};

export async function archiveWithCounterpart(options: Parameters<typeof createTestArchive>[0] = {}) {
  const archive = await createTestArchive(options);
  const org = await archive.repos.organizations.create({
    name: 'Prek Leap National Institute of Agriculture',
    nativeName: 'វិទ្យាស្ថានជាតិកសិកម្មព្រែកលៀប',
    country: 'KH',
    kind: 'college',
    website: '',
  });
  return { ...archive, org, keys: new KeyStore(archive.db, archive.db.encryption, FAST_KDF) };
}

export function meetingInput(orgId: string, text: Partial<typeof MARKERS> = {}) {
  return {
    eventId: null,
    title: 'Bilateral with Prek Leap',
    kind: 'bilateral' as const,
    status: 'held' as const,
    startsAt: Date.UTC(2024, 10, 21, 2),
    endsAt: Date.UTC(2024, 10, 21, 3),
    location: '',
    counterpartOrgIds: [orgId],
    participantIds: [],
    agenda: text.agenda ?? '',
    minutes: text.minutes ?? '',
    outcomes: text.outcomes ?? '',
    confidentiality: 'confidential' as const,
    tags: [],
  };
}

/** A delegate of our own, with remarks in the person's sealed `notes`. */
export function delegateInput(notes: string) {
  return {
    name: 'Li Wei',
    nativeName: '李伟',
    title: '',
    organizationId: null,
    email: '',
    phone: '',
    isDelegate: true,
    notes,
  };
}

export function agreementInput(orgId: string, scope: string) {
  return {
    title: 'Memorandum of Agreement',
    kind: 'moa' as const,
    partyOrgIds: [orgId],
    scope,
    status: 'signed' as const,
    signedOn: '2024-11-21',
    signingPlace: '',
    eventId: null,
    signatoryIds: [],
    validFrom: null,
    validUntil: null,
    renewalReminder: null,
    meetingIds: [],
  };
}

/** The database as it is on disk: a connection without the encryption middleware. */
export async function rawView(archive: Pick<TestArchive, 'factory' | 'name'>): Promise<Dexie> {
  const raw = new Dexie(archive.name, { ...archive.factory, IDBKeyRange });
  await raw.open();
  return raw;
}

/** How many sealed values the tables named (by default every table) hold on disk, at any depth. */
export async function sealedValuesOnDisk(
  raw: Dexie,
  tables: readonly string[] = raw.tables.map((table) => table.name),
): Promise<number> {
  let count = 0;
  const visit = (value: unknown): void => {
    if (isSealed(value)) count++;
    else if (value && typeof value === 'object' && !(value instanceof Uint8Array) && !(value instanceof Blob))
      Object.values(value).forEach(visit);
  };
  for (const name of tables) (await raw.table(name).toArray()).forEach(visit);
  return count;
}

/** Every string and every byte sequence inside a stored value, decoded both ways, joined. */
export function everythingIn(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Uint8Array)
    return new TextDecoder().decode(value) + new TextDecoder('utf-16le').decode(value);
  if (Array.isArray(value)) return value.map(everythingIn).join('\n');
  if (value && typeof value === 'object') return Object.values(value).map(everythingIn).join('\n');
  return String(value);
}
