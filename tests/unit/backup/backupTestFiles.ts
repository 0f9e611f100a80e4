/** Backups for the backup tests: a real backup of the sample event (clear or sealed), a temp folder, and a clock. */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BackupStore } from '../../../electron/main/backup/BackupStore';
import { produceBackup, type ProducedBackup } from '../../../renderer/src/backup/produceBackup';
import { randomBytes } from '../../../renderer/src/db/FieldCipher';
import { wrapDataKey, type KeyRecord } from '../../../renderer/src/db/keyRecord';
import type { BackupsApi } from '../../../renderer/src/platform/Platform';
import { FAST_KDF } from '../encryption/encryptedArchive';
import { APP, exchangeOf, noSteps, sampleArchive } from '../archive/archiveFixtures';

let source: ReturnType<typeof sampleArchive> | null = null;
let cached: Promise<ProducedBackup> | null = null;

/** The sample event with attachments (made once per test file; both backups below are of it). */
export function sampleSource() {
  source ??= sampleArchive();
  return source;
}

/** The sample event with attachments, exported as a backup (made once per test file). */
export function sampleBackup(): Promise<ProducedBackup> {
  cached ??= sampleSource().then((archive) => produceBackup(exchangeOf(archive), APP, 7, noSteps));
  return cached;
}

export const BACKUP_PASSPHRASE = 'ប្រជុំ delegation passphrase';

/** A data key and the key record wrapping it under BACKUP_PASSPHRASE (at the tests' Argon2id cost). */
export async function backupKey(): Promise<{ keyRecord: KeyRecord; dataKey: Uint8Array }> {
  const dataKey = randomBytes(32);
  return { keyRecord: await wrapDataKey(dataKey, BACKUP_PASSPHRASE, FAST_KDF), dataKey };
}

let sealed: Promise<ProducedBackup & { dataKey: Uint8Array; keyRecord: KeyRecord }> | null = null;

/** The same sample, sealed the way the app seals it while encryption at rest is on (once per file). */
export function sealedSampleBackup() {
  sealed ??= Promise.all([sampleSource(), backupKey()]).then(async ([archive, key]) => {
    // produceBackup zeroes the key it is given; the tests keep their own copy.
    const sealing = () => Promise.resolve({ keyRecord: key.keyRecord, dataKey: new Uint8Array(key.dataKey) });
    return { ...(await produceBackup(exchangeOf(archive), APP, 7, noSteps, sealing)), ...key };
  });
  return sealed;
}

/**
 * The window's BackupsApi over main's real store, as the preload bridge gives it. Copying the database
 * aside is recorded in `preserved` (there is no userData folder of Chromium's here).
 */
export function backupsOver(store: BackupStore, preserved: string[] = []): BackupsApi {
  return {
    write: (data, manifest, keep) => store.write(data, manifest, keep),
    list: () => store.list(),
    read: async (id) => new Uint8Array(await store.read(id)),
    deleteClear: () => store.deleteClear(),
    onFlushRequest: () => () => undefined,
    preserveDatabase: () => {
      preserved.push('copied');
      return Promise.resolve('/userData/preserved-archives/x');
    },
  };
}

export function backupsDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'liaison-backups-'));
}

/** A clock that moves one minute each time it is read, so every backup gets its own id. */
export function tickingClock(start = Date.UTC(2025, 2, 31, 12)) {
  let time = start - 60_000;
  return () => (time += 60_000);
}
