/**
 * Fuzzing the main process's reader of the backups folder (electron/main/backup/BackupStore.ts): the
 * record written beside a verified backup is listed exactly and its archive read back; a damaged record,
 * or one with a prototype key, hides its backup from the list without an exception, and a later
 * rotation deletes neither it nor its archive (a backup that verified once is never lost to a flipped
 * bit in its record); other backups stay listed.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect } from 'vitest';
import {
  archiveFileName,
  backupIdAt,
  backupPaths,
  BackupRecord,
} from '../../../electron/main/backup/backupFiles';
import { BackupStore } from '../../../electron/main/backup/BackupStore';
import { sha256Hex } from '../../../electron/main/backup/verifyBackup';
import { ENTITY_TABLE_NAMES } from '../../../shared/domain/entityTables';
import { MAX_INSTANT } from './entityArbitraries';
import { edits, mutateText } from './mutations';
import { fuzzTimeout, reliabilityLog } from './reliabilityLog';
import { leniently, prototypeUntouched, userDataDir, withPrototypeKey } from './userDataFiles';

const { fuzz } = reliabilityLog(import.meta.url, 'Hostile input', 'Backup records (userData/backups)');
const root = userDataDir('backups');

const instant = fc.oneof(
  fc.integer({ min: 0, max: MAX_INSTANT }),
  fc.integer({ min: Date.UTC(2100, 0, 1), max: Date.UTC(2101, 0, 1) }),
);
const iso = instant.map((t) => new Date(t).toISOString());

/** A backup as BackupStore leaves it: archive bytes and the record it writes once they verified. */
const backup = fc
  .record({
    time: instant,
    archive: fc.uint8Array({ minLength: 1, maxLength: 256 }),
    createdAt: iso,
    writtenAt: iso,
    tables: fc.record(
      Object.fromEntries(ENTITY_TABLE_NAMES.map((t) => [t, fc.nat()])) as Record<
        string,
        fc.Arbitrary<number>
      >,
    ),
    blobs: fc.nat(),
    outboxSeq: fc.nat(),
    encrypted: fc.boolean(),
  })
  .map(({ time, archive, ...rest }) => ({
    archive,
    record: BackupRecord.parse({
      format: 'liaison-backup-record',
      version: 1,
      id: backupIdAt(time),
      createdAt: rest.createdAt,
      sha256: sha256Hex(archive),
      tables: rest.tables,
      blobs: rest.blobs,
      outboxSeq: rest.outboxSeq,
      encrypted: rest.encrypted,
      bytes: archive.length,
      writtenAt: rest.writtenAt,
    }),
  }));
type Backup = { archive: Uint8Array; record: BackupRecord };

const recordText = (record: BackupRecord) => `${JSON.stringify(record, null, 2)}\n`;

async function place(dir: string, { archive, record }: Backup, text = recordText(record)) {
  const paths = backupPaths(dir, record.id);
  await writeFile(record.encrypted ? paths.sealed : paths.zip, archive);
  await writeFile(paths.record, text);
}

function listed(record: BackupRecord) {
  const { format: _format, version: _version, ...rest } = record;
  return { ...rest, fileName: archiveFileName(record.id, record.encrypted) };
}

/** The folder's files and their bytes. */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const names = (await readdir(dir)).sort();
  return new Map(
    await Promise.all(
      names.map(async (n) => [n, Buffer.from(await readFile(join(dir, n))).toString('base64')] as const),
    ),
  );
}

/** A rotation as a write runs it after its own backup verified (private: a real write needs a real archive). */
const rotate = (store: BackupStore, keep: number) =>
  (store as unknown as { rotate(keep: number): Promise<void> }).rotate(keep);

async function inFolder(run: (dir: string, store: BackupStore) => Promise<void>): Promise<void> {
  const dir = await mkdtemp(join(root, 'b-'));
  try {
    await run(dir, new BackupStore({ dir }));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Two backups, `older` before `newer`: their ids differ and sort that way. */
const twoBackups = fc
  .tuple(backup, backup)
  .filter(([a, b]) => a.record.id !== b.record.id)
  .map(([a, b]): [Backup, Backup] => (a.record.id < b.record.id ? [a, b] : [b, a]));

describe('the backups folder under fuzzing', { timeout: fuzzTimeout(10) }, () => {
  fuzz('records written beside verified backups are listed exactly, and their archives read back', () =>
    fc.asyncProperty(backup, (b) =>
      inFolder(async (dir, store) => {
        await place(dir, b);
        expect(await store.list()).toEqual([listed(b.record)]);
        expect(Buffer.from(await store.read(b.record.id)).equals(Buffer.from(b.archive))).toBe(true);
      }),
    ),
  );

  fuzz(
    'a damaged record hides its backup without an exception; a rotation deletes neither of its files',
    () =>
      fc.asyncProperty(twoBackups, edits, ([older, newer], damage) =>
        inFolder(async (dir, store) => {
          const text = new TextDecoder().decode(mutateText(recordText(older.record), damage));
          await place(dir, newer);
          await place(dir, older, text);
          const before = await snapshot(dir);
          const list = await store.list();
          expect(list[0]).toEqual(listed(newer.record));
          // The damaged record is read as JSON.parse and the schema would read it, or not at all.
          const lenient = leniently(text, BackupRecord);
          if (list.length > 1) expect(list.slice(1)).toEqual([listed(lenient!)]);
          await rotate(store, 20);
          expect(await snapshot(dir)).toEqual(before);
        }),
      ),
  );

  fuzz('a prototype key anywhere in a record hides its backup, touches no prototype, deletes nothing', () =>
    fc.asyncProperty(
      twoBackups.chain(([older, newer]) =>
        fc.tuple(fc.constant(older), fc.constant(newer), withPrototypeKey(older.record)),
      ),
      ([older, newer, text]) =>
        inFolder(async (dir, store) => {
          await place(dir, newer);
          await place(dir, older, text);
          const before = await snapshot(dir);
          expect(await store.list()).toEqual([listed(newer.record)]);
          await rotate(store, 20);
          expect(await snapshot(dir)).toEqual(before);
          expect(prototypeUntouched()).toBe(true);
        }),
    ),
  );
});
