import type Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { isSealed } from '../../../renderer/src/db/FieldCipher';
import { followWindowKey } from '../../../renderer/src/db/followWindowKey';
import {
  ENCRYPTION_META_KEY,
  MIGRATION_META_KEY,
  WrongPassphraseError,
} from '../../../renderer/src/db/keyRecord';
import { KeyStore } from '../../../renderer/src/db/KeyStore';
import type { LiaisonDatabase } from '../../../renderer/src/db/LiaisonDatabase';
import { createTestArchive } from '../../support/testArchive';
import {
  agreementInput,
  archiveWithCounterpart,
  delegateInput,
  everythingIn,
  FAST_KDF,
  MARKERS,
  meetingInput,
  rawView,
  sealedValuesOnDisk,
} from './encryptedArchive';

const PASSPHRASE = 'correct horse battery staple';
/** Every byte value, so a decryption that touched any of them would show. */
const SCAN_BYTES = Uint8Array.from({ length: 512 }, (_, i) => i % 256);
const DATA_TABLES = [
  'events',
  'sessions',
  'organizations',
  'people',
  'meetings',
  'notes',
  'actionItems',
  'agreements',
  'attachments',
  'outbox',
  'tombstones',
  'conflicts',
  'settings',
];

/** An archive with a record in every sealed field, a tombstone, a conflict and binary attachment bytes. */
async function filledArchive() {
  const archive = await archiveWithCounterpart();
  const { repos, org } = archive;
  const meetings = [];
  for (let i = 0; i < 5; i++)
    meetings.push(
      await repos.meetings.create(meetingInput(org.id, { ...MARKERS, minutes: `${MARKERS.minutes} #${i}` })),
    );
  const me = await repos.people.create(delegateInput('CANARY-PERSON-0d1e'));
  await repos.notes.create({ meetingId: meetings[0]!.id, authorId: me.id, text: MARKERS.note });
  await repos.agreements.create(agreementInput(org.id, MARKERS.scope));
  const gone = await repos.meetings.create(meetingInput(org.id, { minutes: 'CANARY-DELETED-51aa' }));
  await repos.meetings.delete(gone.id);
  // Merges write conflicts; a stored row is enough here.
  await archive.db.conflicts.put({
    id: '01J0C0NF11CT0000000000000A',
    table: 'meetings',
    recordId: meetings[1]!.id,
    field: 'minutes',
    text: 'CANARY-CONFLICT-c0f1',
    stamp: '0000000000000:0000:device',
    resolution: 'open',
  } as never);
  const file = new File([SCAN_BYTES], 'scan.bin', { type: 'application/octet-stream' });
  const attachment = await repos.attachments.addFile({ type: 'meeting', id: meetings[0]!.id }, file);
  return { ...archive, meetings, attachment };
}

/** Every data table as the app reads it (through the middleware), and the attachment bytes. */
async function contents(db: LiaisonDatabase) {
  const tables: Record<string, unknown[]> = {};
  for (const name of DATA_TABLES) tables[name] = await db.table(name).toArray();
  const blobs: Record<string, number[]> = {};
  for (const row of await db.blobs.toArray())
    blobs[row.sha256] = [...new Uint8Array(await row.data.arrayBuffer())];
  return { tables, blobs };
}

/** The sealed values left on disk in the tables turning off rewrites. */
const sealedValues = (raw: Dexie) => sealedValuesOnDisk(raw, [...DATA_TABLES, 'blobs']);

describe('turning encryption at rest off', () => {
  it('gives back identical records and attachment bytes, stores them in clear, and removes the key', async () => {
    const archive = await filledArchive();
    const before = await contents(archive.db);
    await archive.keys.enable(PASSPHRASE);
    const raw = await rawView(archive);
    expect(await sealedValues(raw)).toBeGreaterThan(10);

    const progress: number[] = [];
    const outcome = await archive.keys.disable(PASSPHRASE, ({ done }) => progress.push(done));

    expect(outcome).toEqual({ direction: 'decrypt', finished: true });
    expect(progress.at(-1)).toBeGreaterThan(0);
    expect(archive.db.encryption.mode).toBe('off');
    expect(archive.db.encryption.exportKey()).toBeNull();
    expect(await contents(archive.db)).toEqual(before);
    expect(await sealedValues(raw)).toBe(0);
    const disk = everythingIn(await raw.table('meetings').toArray());
    expect(disk).toContain(`${MARKERS.minutes} #4`);
    expect(await raw.table('meta').get(ENCRYPTION_META_KEY)).toBeUndefined();
    expect(await raw.table('meta').get(MIGRATION_META_KEY)).toBeUndefined();
    const blob = (await raw.table('blobs').get(archive.attachment.sha256)) as { data: Blob };
    expect(new Uint8Array(await blob.data.arrayBuffer())).toEqual(SCAN_BYTES);

    // The search index may reach the disk again, and a reopened archive starts unlocked and off.
    await archive.db.searchIndex.put({ key: 'compact', value: { tokens: ['minutes'] } });
    expect(await raw.table('searchIndex').count()).toBe(1);
    archive.db.close();
    const reopened = await createTestArchive({ factory: archive.factory, name: archive.name });
    expect(reopened.db.encryption.mode).toBe('off');
    expect(await contents(reopened.db)).toEqual(before);
  });

  it('refuses a wrong passphrase clearly and changes nothing', async () => {
    const archive = await filledArchive();
    await archive.keys.enable(PASSPHRASE);
    const raw = await rawView(archive);
    const sealed = await sealedValues(raw);
    const keyRow = await raw.table('meta').get(ENCRYPTION_META_KEY);

    await expect(archive.keys.disable('not the passphrase')).rejects.toThrow(WrongPassphraseError);
    await expect(archive.keys.disable('not the passphrase')).rejects.toThrow(
      /not correct\. Nothing was changed/,
    );

    expect(archive.db.encryption.mode).toBe('unlocked');
    expect(archive.db.encryption.turningOff).toBe(false);
    expect(await raw.table('meta').get(ENCRYPTION_META_KEY)).toEqual(keyRow);
    expect(await raw.table('meta').get(MIGRATION_META_KEY)).toBeUndefined();
    expect(await sealedValues(raw)).toBe(sealed);
    // New text is still sealed.
    const meeting = await archive.repos.meetings.create(
      meetingInput(archive.org.id, { minutes: 'CANARY-AFTER-9a0b' }),
    );
    expect(isSealed((await raw.table('meetings').get(meeting.id)).minutes)).toBe(true);
  });

  it('resumes after a crash mid-way, keeping the key until the last chunk is written, and finishes', async () => {
    const archive = await filledArchive();
    const before = await contents(archive.db);
    await archive.keys.enable(PASSPHRASE);
    const sealedAtStart = await sealedValues(await rawView(archive));
    const keys = new KeyStore(archive.db, archive.db.encryption, FAST_KDF, 2);
    // The first marker put starts turning off, the second closes chunk one; the third is written, then
    // its transaction dies before it commits, as in a crash.
    const put = archive.db.meta.put.bind(archive.db.meta);
    let puts = 0;
    vi.spyOn(archive.db.meta, 'put').mockImplementation((row) =>
      ++puts === 3
        ? (put(row).then(() => Promise.reject(new Error('power lost'))) as ReturnType<typeof put>)
        : put(row),
    );
    await expect(keys.disable(PASSPHRASE)).rejects.toThrow('power lost');
    vi.restoreAllMocks();

    const raw = await rawView(archive);
    // Chunk one is clear; the failed chunk two left nothing behind: the marker is still after chunk one.
    const sealedLeft = await sealedValues(raw);
    expect(sealedLeft).toBeGreaterThan(0);
    expect(sealedLeft).toBeLessThan(sealedAtStart);
    expect(await raw.table('meta').get(ENCRYPTION_META_KEY)).toBeDefined();
    const marker = (await raw.table('meta').get(MIGRATION_META_KEY)).value as { direction: string };
    expect(marker.direction).toBe('decrypt');
    expect(marker).not.toEqual({ direction: 'decrypt', table: 0, after: null });
    archive.db.close();

    const reopened = await createTestArchive({ factory: archive.factory, name: archive.name });
    // Still encrypted and locked, and already writing in clear: the key row waits for the last chunk.
    expect(reopened.db.encryption.mode).toBe('locked');
    expect(reopened.db.encryption.turningOff).toBe(true);
    const resumed = new KeyStore(reopened.db, reopened.db.encryption, FAST_KDF, 2);
    expect(await resumed.isTurningOff()).toBe(true);
    await resumed.unlock(PASSPHRASE);

    expect(reopened.db.encryption.mode).toBe('off');
    expect(await contents(reopened.db)).toEqual(before);
    expect(await sealedValues(raw)).toBe(0);
    expect(await raw.table('meta').get(ENCRYPTION_META_KEY)).toBeUndefined();
    expect(await raw.table('meta').get(MIGRATION_META_KEY)).toBeUndefined();
  });

  it('pauses when cancelled, writing in clear meanwhile, and carries on at the next unlock', async () => {
    const archive = await filledArchive();
    const before = await contents(archive.db);
    await archive.keys.enable(PASSPHRASE);
    const keys = new KeyStore(archive.db, archive.db.encryption, FAST_KDF, 2);
    const cancel = new AbortController();
    const outcome = await keys.disable(PASSPHRASE, () => cancel.abort(), cancel.signal);

    expect(outcome).toEqual({ direction: 'decrypt', finished: false });
    expect(archive.db.encryption.mode).toBe('unlocked');
    expect(archive.db.encryption.turningOff).toBe(true);
    const raw = await rawView(archive);
    expect(await raw.table('meta').get(ENCRYPTION_META_KEY)).toBeDefined();
    // An edit made while paused is not sealed: the key row is about to go.
    const edited = await archive.repos.meetings.update(archive.meetings[4]!.id, {
      minutes: 'CANARY-PAUSED-3e3e',
    });
    expect((await raw.table('meetings').get(edited.id)).minutes).toBe('CANARY-PAUSED-3e3e');
    const expected = await contents(archive.db);
    expect(expected.tables['meetings']).not.toEqual(before.tables['meetings']);

    keys.lock();
    await keys.unlock(PASSPHRASE);
    expect(archive.db.encryption.mode).toBe('off');
    expect(await contents(archive.db)).toEqual(expected);
    expect(await sealedValues(raw)).toBe(0);
  });

  it('changes nothing when cancelled before it started', async () => {
    const archive = await filledArchive();
    await archive.keys.enable(PASSPHRASE);
    const cancel = new AbortController();
    cancel.abort();
    expect(await archive.keys.disable(PASSPHRASE, undefined, cancel.signal)).toBeNull();
    expect(archive.db.encryption.turningOff).toBe(false);
    expect(await archive.db.meta.get(MIGRATION_META_KEY)).toBeUndefined();
  });

  it('lets a worker connection follow: clear writes while turning off, then off rather than locked', async () => {
    const archive = await filledArchive();
    await archive.keys.enable(PASSPHRASE);
    const worker = await createTestArchive({ factory: archive.factory, name: archive.name });
    let shared = archive.db.encryption.exportKey();
    await followWindowKey(worker.db, () => shared);
    expect(worker.db.encryption.mode).toBe('unlocked');
    expect(worker.db.encryption.turningOff).toBe(false);

    const keys = new KeyStore(archive.db, archive.db.encryption, FAST_KDF, 2);
    const cancel = new AbortController();
    await keys.disable(PASSPHRASE, () => cancel.abort(), cancel.signal);
    await followWindowKey(worker.db, () => shared);
    expect(worker.db.encryption.turningOff).toBe(true);
    const raw = await rawView(archive);
    const written = await worker.repos.meetings.create(
      meetingInput(archive.org.id, { minutes: 'CANARY-WORKER-77aa' }),
    );
    expect((await raw.table('meetings').get(written.id)).minutes).toBe('CANARY-WORKER-77aa');

    await keys.resumeMigration();
    shared = archive.db.encryption.exportKey();
    await followWindowKey(worker.db, () => shared);
    expect(worker.db.encryption.mode).toBe('off');
    expect((await worker.repos.meetings.get(written.id))?.minutes).toBe('CANARY-WORKER-77aa');
  });
});
