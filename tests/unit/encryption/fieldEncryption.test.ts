import { describe, expect, it } from 'vitest';
import { LockedError } from '../../../renderer/src/db/EncryptionState';
import { isSealed, TamperedValueError } from '../../../renderer/src/db/FieldCipher';
import { MIGRATION_META_KEY } from '../../../renderer/src/db/keyRecord';
import { KeyStore } from '../../../renderer/src/db/KeyStore';
import { createTestArchive } from '../../support/testArchive';
import { reliabilityLog } from '../fuzz/reliabilityLog';
import {
  agreementInput,
  archiveWithCounterpart,
  delegateInput,
  everythingIn,
  FAST_KDF,
  MARKERS,
  meetingInput,
  rawView,
} from './encryptedArchive';

const tampering = reliabilityLog(
  import.meta.url,
  'Tampering',
  'Sealed fields in IndexedDB (encryption at rest)',
);

describe('field encryption at rest', () => {
  it('changes nothing on disk while encryption is off', async () => {
    const archive = await archiveWithCounterpart();
    const meeting = await archive.repos.meetings.create(meetingInput(archive.org.id, MARKERS));
    const raw = await rawView(archive);
    expect((await raw.table('meetings').get(meeting.id)).minutes).toBe(MARKERS.minutes);
    expect(archive.db.encryption.mode).toBe('off');
  });

  it('seals every sensitive field on disk and reads it back through the repositories', async () => {
    const archive = await archiveWithCounterpart();
    await archive.keys.enable('correct horse battery staple');
    const { repos, org } = archive;
    const meeting = await repos.meetings.create(meetingInput(org.id, MARKERS));
    const me = await repos.people.create(delegateInput('CANARY-PERSON-0d1e'));
    const note = await repos.notes.create({ meetingId: meeting.id, authorId: me.id, text: MARKERS.note });
    const agreement = await repos.agreements.create(agreementInput(org.id, MARKERS.scope));
    const file = new File([`scan CANARY-FILE-2b7c`], 'scan.txt', { type: 'text/plain' });
    const attachment = await repos.attachments.addFile({ type: 'meeting', id: meeting.id }, file);

    const raw = await rawView(archive);
    const rawMeeting = await raw.table('meetings').get(meeting.id);
    for (const field of ['agenda', 'minutes', 'outcomes']) expect(isSealed(rawMeeting[field])).toBe(true);
    expect(rawMeeting.title).toBe('Bilateral with Prek Leap');
    const disk = everythingIn([
      rawMeeting,
      await raw.table('notes').get(note.id),
      await raw.table('people').get(me.id),
      await raw.table('agreements').get(agreement.id),
      await raw.table('blobs').get(attachment.sha256),
    ]);
    for (const marker of [...Object.values(MARKERS), 'CANARY-PERSON-0d1e', 'CANARY-FILE-2b7c'])
      expect(disk).not.toContain(marker);

    expect((await repos.meetings.get(meeting.id))?.minutes).toBe(MARKERS.minutes);
    expect((await repos.meetings.get(meeting.id))?.outcomes).toBe(MARKERS.outcomes);
    expect((await repos.notes.get(note.id))?.text).toBe(MARKERS.note);
    expect((await repos.agreements.get(agreement.id))?.scope).toBe(MARKERS.scope);
    expect(await (await repos.attachments.blob(attachment.sha256))!.text()).toBe('scan CANARY-FILE-2b7c');
  });

  it('seals the last copy a tombstone keeps of a deleted record', async () => {
    const archive = await archiveWithCounterpart();
    await archive.keys.enable('correct horse battery staple');
    const meeting = await archive.repos.meetings.create(meetingInput(archive.org.id, MARKERS));
    await archive.repos.meetings.delete(meeting.id);
    const raw = await rawView(archive);
    const stone = await raw.table('tombstones').get(['meetings', meeting.id]);
    expect(isSealed(stone.last.minutes)).toBe(true);
    expect(everythingIn(stone)).not.toContain(MARKERS.minutes);
    expect((await archive.db.tombstones.get(['meetings', meeting.id]))?.last['minutes']).toBe(
      MARKERS.minutes,
    );
  });

  tampering.fault(
    'rejects a ciphertext moved onto another record, or onto another field of the same record',
    async (figures) => {
      figures.runs = 0;
      const archive = await archiveWithCounterpart();
      await archive.keys.enable('correct horse battery staple');
      const a = await archive.repos.meetings.create(meetingInput(archive.org.id, { minutes: 'A minutes' }));
      const b = await archive.repos.meetings.create(meetingInput(archive.org.id, { minutes: 'B minutes' }));
      const raw = await rawView(archive);
      const rawA = await raw.table('meetings').get(a.id);
      await raw.table('meetings').update(b.id, { minutes: rawA.minutes });
      figures.runs++;
      await expect(archive.repos.meetings.get(b.id)).rejects.toThrow(TamperedValueError);
      await raw.table('meetings').update(a.id, { outcomes: rawA.minutes });
      figures.runs++;
      await expect(archive.repos.meetings.get(a.id)).rejects.toThrow(/failed its integrity check/);
    },
  );

  tampering.fault(
    'rejects a stored value with one flipped bit, wherever in its nonce, ciphertext or tag',
    async (figures) => {
      const archive = await archiveWithCounterpart();
      await archive.keys.enable('correct horse battery staple');
      const meeting = await archive.repos.meetings.create(meetingInput(archive.org.id, MARKERS));
      const raw = await rawView(archive);
      const sealed = (await raw.table('meetings').get(meeting.id)).minutes;
      figures.runs = 0;
      // One bit in every byte, a different bit each time: the nonce, then the ciphertext and its tag.
      for (const part of ['n', 'c'] as const) {
        for (let at = 0; at < sealed[part].length; at++) {
          const flipped = { ...sealed, [part]: sealed[part].slice() };
          flipped[part][at] ^= 1 << (at % 8);
          await raw.table('meetings').update(meeting.id, { minutes: flipped });
          figures.runs++;
          await expect(archive.repos.meetings.get(meeting.id), `${part}[${at}]`).rejects.toThrow(
            TamperedValueError,
          );
        }
      }
      figures.details.nonceBytes = sealed.n.length;
      figures.details.ciphertextAndTagBytes = sealed.c.length;
      // The untouched value still reads: the refusals were the flips, not a broken record.
      await raw.table('meetings').update(meeting.id, { minutes: sealed });
      expect((await archive.repos.meetings.get(meeting.id))?.minutes).toBe(MARKERS.minutes);
    },
  );

  it('refuses to read or write sensitive text while locked, and writes nothing', async () => {
    const archive = await archiveWithCounterpart();
    await archive.keys.enable('correct horse battery staple');
    const meeting = await archive.repos.meetings.create(meetingInput(archive.org.id, MARKERS));
    archive.keys.lock();
    expect(archive.db.encryption.mode).toBe('locked');
    await expect(archive.repos.meetings.get(meeting.id)).rejects.toThrow(LockedError);
    await expect(archive.repos.meetings.create(meetingInput(archive.org.id, MARKERS))).rejects.toThrow(
      LockedError,
    );
    expect(await archive.db.meetings.count()).toBe(1);
    // Fields that indexes need stay readable, so counts and key lookups still work.
    expect(await archive.db.meetings.where('counterpartOrgIds').equals(archive.org.id).primaryKeys()).toEqual(
      [meeting.id],
    );
  });

  it('makes a second connection (a worker) locked until it is given the key', async () => {
    const archive = await archiveWithCounterpart();
    await archive.keys.enable('correct horse battery staple');
    const meeting = await archive.repos.meetings.create(meetingInput(archive.org.id, MARKERS));
    const worker = await createTestArchive({ factory: archive.factory, name: archive.name });
    expect(worker.db.encryption.mode).toBe('locked');
    await expect(worker.repos.meetings.get(meeting.id)).rejects.toThrow(LockedError);
    worker.db.encryption.unlock(archive.db.encryption.exportKey()!);
    expect((await worker.repos.meetings.get(meeting.id))?.minutes).toBe(MARKERS.minutes);
  });

  it('keeps the search index off the disk while encryption is on', async () => {
    const archive = await archiveWithCounterpart();
    await archive.db.searchIndex.put({ key: 'compact', value: { tokens: ['minutes'] } });
    await archive.keys.enable('correct horse battery staple');
    expect(await archive.db.searchIndex.count()).toBe(0);
    await archive.db.searchIndex.put({ key: 'compact', value: { tokens: [MARKERS.minutes] } });
    expect(await archive.db.searchIndex.count()).toBe(0);
  });

  it('seals an existing archive in chunks, reading a mix meanwhile, and resumes after an interruption', async () => {
    const archive = await archiveWithCounterpart();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++)
      ids.push((await archive.repos.meetings.create(meetingInput(archive.org.id, { minutes: `M${i}` }))).id);
    const file = new File(['old scan CANARY-OLD-FILE'], 'old.txt', { type: 'text/plain' });
    const old = await archive.repos.attachments.addFile({ type: 'meeting', id: ids[0]! }, file);
    const outboxBefore = await archive.db.outbox.count();

    // Turn on, but stop the migration after its first chunk of two meetings (as a closed window would).
    const keys = new KeyStore(archive.db, archive.db.encryption, FAST_KDF, 2);
    const stop = new Error('window closed');
    await expect(
      keys.enable('correct horse battery staple', (progress) => {
        if (progress.done >= 2) throw stop;
      }),
    ).rejects.toBe(stop);
    const raw = await rawView(archive);
    const sealedCount = async () =>
      (await raw.table('meetings').toArray()).filter((row) => isSealed(row.minutes)).length;
    expect(await sealedCount()).toBe(2);
    expect((await archive.repos.meetings.getMany(ids)).map((m) => m.minutes)).toEqual([
      'M0',
      'M1',
      'M2',
      'M3',
      'M4',
    ]);
    expect(await archive.db.meta.get(MIGRATION_META_KEY)).toBeDefined();

    keys.lock();
    const progress: number[] = [];
    await keys.unlock('correct horse battery staple', (p) => progress.push(p.done));
    expect(progress.length).toBeGreaterThan(0);
    expect(await sealedCount()).toBe(5);
    expect(isSealed((await raw.table('blobs').get(old.sha256)).data)).toBe(true);
    expect(await (await archive.repos.attachments.blob(old.sha256))!.text()).toBe('old scan CANARY-OLD-FILE');
    expect(await archive.db.meta.get(MIGRATION_META_KEY)).toBeUndefined();
    // Sealing is a storage change, not an edit: nothing new to sync.
    expect(await archive.db.outbox.count()).toBe(outboxBefore);
  });
});
