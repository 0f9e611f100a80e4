import { describe, expect, it, vi } from 'vitest';
import { randomBytes } from '../../../renderer/src/db/FieldCipher';
import {
  DEFAULT_KDF,
  ENCRYPTION_META_KEY,
  unwrapDataKey,
  wrapDataKey,
  WrongPassphraseError,
} from '../../../renderer/src/db/keyRecord';
import { KeyStore } from '../../../renderer/src/db/KeyStore';
import { createTestArchive } from '../../support/testArchive';
import { archiveWithCounterpart, FAST_KDF, MARKERS, meetingInput } from './encryptedArchive';

describe('the key store', () => {
  it('refuses a wrong passphrase clearly and stays locked, changing nothing', async () => {
    const archive = await archiveWithCounterpart();
    await archive.keys.enable('first passphrase');
    const meeting = await archive.repos.meetings.create(meetingInput(archive.org.id, MARKERS));
    archive.keys.lock();
    const before = await archive.db.meta.get(ENCRYPTION_META_KEY);
    await expect(archive.keys.unlock('not the passphrase')).rejects.toThrow(WrongPassphraseError);
    await expect(archive.keys.unlock('not the passphrase')).rejects.toThrow(
      /not correct\. Nothing was changed/,
    );
    expect(archive.db.encryption.mode).toBe('locked');
    expect(await archive.db.meta.get(ENCRYPTION_META_KEY)).toEqual(before);
    await archive.keys.unlock('first passphrase');
    expect((await archive.repos.meetings.get(meeting.id))?.minutes).toBe(MARKERS.minutes);
  });

  it('unlocks a reopened archive with its passphrase', async () => {
    const archive = await archiveWithCounterpart();
    await archive.keys.enable('first passphrase');
    const meeting = await archive.repos.meetings.create(meetingInput(archive.org.id, MARKERS));
    archive.db.close();
    const reopened = await createTestArchive({ factory: archive.factory, name: archive.name });
    expect(reopened.db.encryption.mode).toBe('locked');
    await new KeyStore(reopened.db, reopened.db.encryption, FAST_KDF).unlock('first passphrase');
    expect((await reopened.repos.meetings.get(meeting.id))?.minutes).toBe(MARKERS.minutes);
  });

  it('changes the passphrase by re-wrapping the key: the new one opens the archive, the old one no longer does', async () => {
    const archive = await archiveWithCounterpart();
    await archive.keys.enable('first passphrase');
    const meeting = await archive.repos.meetings.create(meetingInput(archive.org.id, MARKERS));
    await expect(archive.keys.changePassphrase('wrong', 'second passphrase')).rejects.toThrow(
      WrongPassphraseError,
    );
    await archive.keys.changePassphrase('first passphrase', 'second passphrase');
    archive.keys.lock();
    await expect(archive.keys.unlock('first passphrase')).rejects.toThrow(WrongPassphraseError);
    await archive.keys.unlock('second passphrase');
    expect((await archive.repos.meetings.get(meeting.id))?.minutes).toBe(MARKERS.minutes);
  });

  it('keeps the old wrapping when changing the passphrase crashes inside its transaction', async () => {
    const archive = await archiveWithCounterpart();
    await archive.keys.enable('first passphrase');
    const meeting = await archive.repos.meetings.create(meetingInput(archive.org.id, MARKERS));
    // The new wrapping is written, then the transaction dies before it commits, as in a crash.
    const put = archive.db.meta.put.bind(archive.db.meta);
    vi.spyOn(archive.db.meta, 'put').mockImplementationOnce(
      (row) => put(row).then(() => Promise.reject(new Error('power lost'))) as ReturnType<typeof put>,
    );
    await expect(archive.keys.changePassphrase('first passphrase', 'second passphrase')).rejects.toThrow(
      'power lost',
    );
    vi.restoreAllMocks();
    archive.db.close();
    const reopened = await createTestArchive({ factory: archive.factory, name: archive.name });
    const keys = new KeyStore(reopened.db, reopened.db.encryption, FAST_KDF);
    await expect(keys.unlock('second passphrase')).rejects.toThrow(WrongPassphraseError);
    await keys.unlock('first passphrase');
    expect((await reopened.repos.meetings.get(meeting.id))?.minutes).toBe(MARKERS.minutes);
  });

  it('derives the wrapping key with Argon2id over at least 64 MiB by default', async () => {
    expect(DEFAULT_KDF.memoryKiB).toBeGreaterThanOrEqual(65_536);
    const dataKey = randomBytes(32);
    const started = performance.now();
    const record = await wrapDataKey(dataKey, 'a passphrase');
    const unwrapped = await unwrapDataKey(record, 'a passphrase');
    const perDerivation = (performance.now() - started) / 2;
    expect(record.kdf).toMatchObject({
      algorithm: 'argon2id',
      memoryKiB: 65_536,
      iterations: 3,
      parallelism: 1,
    });
    expect(record.kdf.salt).toHaveLength(16);
    expect(unwrapped).toEqual(dataKey);
    // Printed so the measured cost on this machine shows in the test log.
    process.stdout.write(`Argon2id (64 MiB, t=3, p=1): ${perDerivation.toFixed(0)} ms per derivation\n`);
  });

  it('the app store uses the default cost', async () => {
    const { db } = await createTestArchive();
    await new KeyStore(db).enable('a passphrase');
    const record = (await db.meta.get(ENCRYPTION_META_KEY))?.value as { kdf: { memoryKiB: number } };
    expect(record.kdf.memoryKiB).toBe(DEFAULT_KDF.memoryKiB);
  });
});
