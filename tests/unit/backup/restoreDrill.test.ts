/**
 * The restore drill: the sample event with attachments is backed up the way the desktop app does it
 * (the renderer's export, main's BackupStore writing and verifying in a temp folder), read back, and
 * restored into an empty archive, then into a database that "failed to open" through the start-up path.
 * Every table and every attachment's bytes must be identical to the source.
 */
import { IDBKeyRange } from 'fake-indexeddb';
import { describe, expect } from 'vitest';
import { BackupStore } from '../../../electron/main/backup/BackupStore';
import { createStartupRecovery, RESTORE_PENDING_KEY } from '../../../renderer/src/backup/restoreAtStartup';
import { produceBackup } from '../../../renderer/src/backup/produceBackup';
import { checkArchive, restoreArchive } from '../../../renderer/src/dataExchange/archiveTransfer';
import { LiaisonDatabase } from '../../../renderer/src/db/LiaisonDatabase';
import { ENTITY_TABLE_NAMES } from '../../../shared/domain/entityTables';
import { createTestArchive, type TestArchive } from '../../support/testArchive';
import { APP, exchangeOf, noSteps, NOW, sampleArchive } from '../archive/archiveFixtures';
import { reliabilityLog } from '../fuzz/reliabilityLog';
import { backupsDir, backupsOver, tickingClock } from './backupTestFiles';

const drill = reliabilityLog(import.meta.url, 'Backups and restore', 'Restore drill');

/** Every record of every table (without clocks) and every stored blob's bytes. */
async function contentsOf(archive: Pick<TestArchive, 'db' | 'capture' | 'repos'>) {
  const exchange = exchangeOf(archive as TestArchive);
  const tables: Record<string, unknown[]> = {};
  for (const table of ENTITY_TABLE_NAMES) tables[table] = await exchange.page(table, null, 100_000);
  const blobs: Record<string, number[]> = {};
  for (const row of await archive.db.blobs.toArray())
    blobs[row.sha256] = [...new Uint8Array(await row.data.arrayBuffer())];
  return { tables, blobs };
}

async function backedUp(source: TestArchive) {
  const store = new BackupStore({ dir: await backupsDir(), now: tickingClock() });
  const produced = await produceBackup(exchangeOf(source), APP, 42, noSteps);
  const info = await store.write(produced.data, produced.manifest, 20);
  return { store, info };
}

describe('restore drill', () => {
  drill.corpus(
    'a verified backup of the sample event restores into an empty archive identically',
    async () => {
      const source = await sampleArchive();
      const { store, info } = await backedUp(source);
      expect(info.tables.meetings).toBe(4);
      expect(info.blobs).toBe(2);

      const contents = await checkArchive(await store.read(info.id), noSteps);
      const target = await createTestArchive({ now: () => NOW });
      await restoreArchive(exchangeOf(target), contents, noSteps);

      const [expected, actual] = [await contentsOf(source), await contentsOf(target)];
      expect(Object.keys(expected.blobs)).toHaveLength(2);
      expect(actual).toEqual(expected);
    },
  );

  drill.corpus(
    'a database that failed to open is rebuilt from the latest backup, identical to the source',
    async () => {
      const source = await sampleArchive();
      const { store } = await backedUp(source);
      // The "broken" archive: other records under the database's name, which the restore replaces.
      const broken = await createTestArchive({ now: () => NOW });
      await broken.repos.people.create({
        name: 'Only in the broken archive',
        nativeName: '',
        title: '',
        organizationId: null,
        email: '',
        phone: '',
        isDelegate: false,
        notes: '',
      });
      broken.db.close();
      const storage = new Map<string, string>();
      const preserved: string[] = [];
      const database = () =>
        new LiaisonDatabase(broken.name, { indexedDB: broken.factory.indexedDB, IDBKeyRange });
      const recovery = createStartupRecovery({
        backups: backupsOver(store, preserved),
        database,
        storage: {
          getItem: (k) => storage.get(k) ?? null,
          setItem: (k, v) => void storage.set(k, v),
          removeItem: (k) => void storage.delete(k),
        },
        now: () => NOW,
      });
      const latest = await recovery.latest();
      const result = await recovery.restore(latest!.id, () => undefined);

      expect(preserved).toEqual(['copied']);
      expect(result.preservedAt).toBe('/userData/preserved-archives/x');
      expect(storage.has(RESTORE_PENDING_KEY)).toBe(false);
      const reopened = await createTestArchive({
        factory: broken.factory,
        name: broken.name,
        now: () => NOW,
      });
      expect(await contentsOf(reopened)).toEqual(await contentsOf(source));
    },
  );

  drill.corpus('a damaged backup is refused before the broken database is touched', async () => {
    const source = await sampleArchive();
    const { store } = await backedUp(source);
    const broken = await createTestArchive({ now: () => NOW });
    await broken.repos.events.create({
      name: 'Kept',
      city: 'Tianjin',
      venue: '',
      startDate: '2024-12-10',
      endDate: '2024-12-11',
      timeZone: 'Asia/Shanghai',
    });
    const before = await contentsOf(broken);
    broken.db.close();
    const preserved: string[] = [];
    const backups = backupsOver(store, preserved);
    const recovery = createStartupRecovery({
      backups: {
        ...backups,
        read: () => Promise.resolve(new TextEncoder().encode('not a backup')),
      },
      database: () => new LiaisonDatabase(broken.name, { indexedDB: broken.factory.indexedDB, IDBKeyRange }),
      storage: { getItem: () => null, setItem: () => undefined, removeItem: () => undefined },
    });
    await expect(recovery.restore('20250331T120000000Z', () => undefined)).rejects.toThrow(/zip/);
    expect(preserved).toEqual([]);
    const reopened = await createTestArchive({ factory: broken.factory, name: broken.name, now: () => NOW });
    expect(await contentsOf(reopened)).toEqual(before);
  });
});
