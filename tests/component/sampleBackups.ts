/**
 * Backups for the component tests: a real backup of the sample event, in clear or sealed, listed the way
 * main lists it, and a recording BackupsApi that hands it back.
 */
import { vi } from 'vitest';
import { produceBackup } from '../../renderer/src/backup/produceBackup';
import { BulkWriter } from '../../renderer/src/db/BulkWriter';
import { randomBytes } from '../../renderer/src/db/FieldCipher';
import { wrapDataKey } from '../../renderer/src/db/keyRecord';
import { RecordExchange } from '../../renderer/src/db/RecordExchange';
import type { BackupsApi } from '../../renderer/src/platform/Platform';
import type { BackupInfo, BackupManifest } from '../../shared/ipc/contract';
import { buildSampleEvent } from '../../shared/sample/sampleEvent';
import { createTestArchive } from '../support/testArchive';

export const NOW = Date.UTC(2025, 2, 31, 12);
/** Argon2id at a test cost; the app's own cost is tested in the unit tests. */
export const FAST_KDF = { memoryKiB: 1024, iterations: 1, parallelism: 1 };

/** What main would list for a backup it wrote at NOW. */
function listed(manifest: BackupManifest, bytes: number): BackupInfo {
  const id = '20250331T120000000Z';
  const extension = manifest.encrypted ? 'liaisonbackup' : 'zip';
  return {
    ...manifest,
    id,
    fileName: `liaison-backup-${id}.${extension}`,
    bytes,
    writtenAt: new Date(NOW).toISOString(),
  };
}

/** The sample event backed up; sealed under `passphrase` when one is given. */
export async function sampleBackup(
  passphrase?: string,
): Promise<{ info: BackupInfo; bytes: Uint8Array<ArrayBuffer> }> {
  const source = await createTestArchive({ now: () => NOW });
  await new BulkWriter(source.db, source.capture, source.repos).create(buildSampleEvent());
  const dataKey = randomBytes(32);
  const keyRecord = passphrase === undefined ? null : await wrapDataKey(dataKey, passphrase, FAST_KDF);
  const { data, manifest } = await produceBackup(
    new RecordExchange(source.db, source.capture, source.repos),
    { name: 'Liaison', version: '0.1.0', now: NOW },
    9,
    { step: () => undefined },
    () => Promise.resolve(keyRecord && { keyRecord, dataKey }),
  );
  return { info: listed(manifest, data.byteLength), bytes: data };
}

/** Lists `list`, reads `bytes` for any id, and accepts every write as main would. */
export function fakeBackups(list: BackupInfo[], bytes: Uint8Array<ArrayBuffer>): BackupsApi {
  return {
    write: vi.fn((data: Uint8Array, manifest: BackupManifest) =>
      Promise.resolve(listed(manifest, data.byteLength)),
    ),
    list: vi.fn(() => Promise.resolve(list)),
    read: vi.fn(() => Promise.resolve(bytes)),
    deleteClear: vi.fn(() => Promise.resolve(list.filter((b) => !b.encrypted).length)),
    onFlushRequest: vi.fn(() => () => undefined),
    preserveDatabase: vi.fn(() => Promise.reject(new Error('not in this test'))),
  };
}
