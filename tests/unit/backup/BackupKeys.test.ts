import { describe, expect, it } from 'vitest';
import { BackupKeys } from '../../../renderer/src/db/BackupKeys';
import { LockedError } from '../../../renderer/src/db/EncryptionState';
import { randomBytes } from '../../../renderer/src/db/FieldCipher';
import { ENCRYPTION_META_KEY, isDataKeyOf, type KeyRecord } from '../../../renderer/src/db/keyRecord';
import { createTestArchive } from '../../support/testArchive';
import { archiveWithCounterpart } from '../encryption/encryptedArchive';
import { BACKUP_PASSPHRASE, backupKey } from './backupTestFiles';

describe('the keys backups are sealed with', () => {
  it('are none while encryption is off, so the backup stays as it was', async () => {
    const archive = await archiveWithCounterpart();
    expect(await new BackupKeys(archive.db).forSealing()).toBeNull();
  });

  it('are the stored key record and the data key it wraps while unlocked, and LockedError while locked', async () => {
    const archive = await archiveWithCounterpart();
    await archive.keys.enable(BACKUP_PASSPHRASE);
    const sealing = await new BackupKeys(archive.db).forSealing();
    const stored = (await archive.db.meta.get(ENCRYPTION_META_KEY))?.value as KeyRecord;
    expect(sealing?.keyRecord).toEqual(stored);
    expect(isDataKeyOf(stored, sealing!.dataKey)).toBe(true);
    archive.keys.lock();
    await expect(new BackupKeys(archive.db).forSealing()).rejects.toThrow(LockedError);
  });

  it('refuse to seal when the stored record does not wrap the key in memory: that backup could not be opened', async () => {
    const archive = await archiveWithCounterpart();
    await archive.keys.enable(BACKUP_PASSPHRASE);
    const foreign = (await backupKey()).keyRecord;
    await archive.db.meta.put({ key: ENCRYPTION_META_KEY, value: foreign });
    await expect(new BackupKeys(archive.db).forSealing()).rejects.toThrow(/does not match its key/);
  });

  it('make a new, empty archive encrypted under a backup’s key record, and refuse one that has its own', async () => {
    const { keyRecord, dataKey } = await backupKey();
    const fresh = await createTestArchive();
    await new BackupKeys(fresh.db).adopt(keyRecord, dataKey);
    expect(fresh.db.encryption.mode).toBe('unlocked');
    expect((await fresh.db.meta.get(ENCRYPTION_META_KEY))?.value).toEqual(keyRecord);
    await expect(new BackupKeys(fresh.db).adopt(keyRecord, randomBytes(32))).rejects.toThrow(
      /already has its own encryption key/,
    );
  });
});
