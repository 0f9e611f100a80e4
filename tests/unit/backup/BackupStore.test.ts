import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BackupStore } from '../../../electron/main/backup/BackupStore';
import { sha256Hex } from '../../../electron/main/backup/verifyBackup';
import { memoryLog } from '../logging/memoryLog';
import { backupsDir, sampleBackup, sealedSampleBackup, tickingClock } from './backupTestFiles';

async function storeWith(options: Partial<ConstructorParameters<typeof BackupStore>[0]> = {}) {
  const dir = await backupsDir();
  const logged = memoryLog();
  const store = new BackupStore({ dir, now: tickingClock(), log: logged.log, ...options });
  return { dir, store, logged };
}

describe('BackupStore', () => {
  it('writes a backup that verifies, lists it with its manifest, and reads back the same bytes', async () => {
    const { dir, store } = await storeWith();
    const { data, manifest } = await sampleBackup();
    const info = await store.write(data, manifest, 20);
    expect(info).toMatchObject({
      id: '20250331T120000000Z',
      fileName: 'liaison-backup-20250331T120000000Z.zip',
      bytes: data.byteLength,
      sha256: manifest.sha256,
      tables: manifest.tables,
      outboxSeq: 7,
    });
    expect((await readdir(dir)).sort()).toEqual([
      'liaison-backup-20250331T120000000Z.json',
      'liaison-backup-20250331T120000000Z.zip',
    ]);
    expect(await store.list()).toEqual([info]);
    expect(Buffer.from(await store.read(info.id)).equals(Buffer.from(data))).toBe(true);
  });

  it('writes atomically: a crash before the rename leaves no backup and no temp file behind', async () => {
    const { dir, store } = await storeWith({
      writeHooks: { beforeRename: () => Promise.reject(new Error('power cut')) },
    });
    const { data, manifest } = await sampleBackup();
    await expect(store.write(data, manifest, 20)).rejects.toThrow('power cut');
    expect(await readdir(dir)).toEqual([]);
  });

  it('deletes a backup whose bytes were corrupted on disk, reports it, and keeps the older ones', async () => {
    let corrupt = false;
    const { dir, store, logged } = await storeWith({
      afterWrite: async (path) => {
        if (!corrupt) return;
        const bytes = await readFile(path);
        bytes[Math.floor(bytes.length / 2)]! ^= 0xff;
        await writeFile(path, bytes);
      },
    });
    const { data, manifest } = await sampleBackup();
    const older = await store.write(data, manifest, 1);
    corrupt = true;
    await expect(store.write(data, manifest, 1)).rejects.toThrow(/did not verify.*deleted/);
    expect(await store.list()).toEqual([older]);
    expect((await readdir(dir)).filter((n) => n.endsWith('.zip'))).toEqual([older.fileName]);
    expect(logged.events()).toContain('backup.verify-failed');
    expect(logged.detailsOf('backup.verify-failed')[0]).toMatchObject({ reason: 'sha256' });
  });

  it('deletes a backup sent with a SHA-256 that is not its own, keeping the older one', async () => {
    const { store } = await storeWith();
    const { data, manifest } = await sampleBackup();
    const older = await store.write(data, manifest, 1);
    await expect(store.write(data, { ...manifest, sha256: '0'.repeat(64) }, 1)).rejects.toThrow(
      /SHA-256 does not match/,
    );
    expect(await store.list()).toEqual([older]);
  });

  it('deletes bytes that hash correctly but are not a valid archive', async () => {
    const { dir, store } = await storeWith();
    const { manifest } = await sampleBackup();
    const junk = new TextEncoder().encode('not a zip at all');
    const { sha256Hex } = await import('../../../electron/main/backup/verifyBackup');
    await expect(store.write(junk, { ...manifest, sha256: sha256Hex(junk) }, 5)).rejects.toThrow(
      /not a valid archive/,
    );
    expect(await readdir(dir)).toEqual([]);
  });

  it('deletes an archive whose counts differ from the manifest it was sent with', async () => {
    const { store } = await storeWith();
    const { data, manifest } = await sampleBackup();
    const lying = { ...manifest, tables: { ...manifest.tables, meetings: manifest.tables.meetings + 1 } };
    await expect(store.write(data, lying, 5)).rejects.toThrow(/does not hold what its manifest says/);
    expect(await store.list()).toEqual([]);
  });

  it('rotates out the oldest once a new backup verified, keeping the newest N', async () => {
    const { dir, store } = await storeWith();
    const { data, manifest } = await sampleBackup();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await store.write(data, manifest, 3)).id);
    expect((await store.list()).map((b) => b.id)).toEqual(ids.slice(2).reverse());
    expect((await readdir(dir)).length).toBe(6);
  });

  it('lists only verified backups, skipping foreign files, bad records and records without their zip', async () => {
    const { dir, store } = await storeWith();
    const { data, manifest } = await sampleBackup();
    const good = await store.write(data, manifest, 20);
    await writeFile(join(dir, 'notes.txt'), 'mine');
    await writeFile(join(dir, 'liaison-backup-latest.zip'), data);
    await writeFile(
      join(dir, 'liaison-backup-20240101T000000000Z.json'),
      '{"format":"liaison-backup-record"',
    );
    const record = JSON.parse(await readFile(join(dir, `liaison-backup-${good.id}.json`), 'utf8')) as object;
    await writeFile(
      join(dir, 'liaison-backup-20240102T000000000Z.json'),
      JSON.stringify({ ...record, id: '20240102T000000000Z' }),
    );
    expect(await store.list()).toEqual([good]);
    await expect(store.read('20240102T000000000Z')).rejects.toThrow('There is no such backup');
    // Foreign files survive a rotation.
    await store.write(data, manifest, 1);
    expect(await readdir(dir)).toEqual(expect.arrayContaining(['notes.txt', 'liaison-backup-latest.zip']));
  });

  it('removes an older archive that never got its record (a write cut short) at the next rotation', async () => {
    const { dir, store } = await storeWith();
    const { data, manifest } = await sampleBackup();
    await writeFile(join(dir, 'liaison-backup-20240101T000000000Z.zip'), data);
    await store.write(data, manifest, 5);
    expect(await readdir(dir)).not.toContain('liaison-backup-20240101T000000000Z.zip');
  });

  it('refuses to read a backup damaged on disk after it was verified', async () => {
    const { dir, store } = await storeWith();
    const { data, manifest } = await sampleBackup();
    const info = await store.write(data, manifest, 5);
    const bytes = await readFile(join(dir, info.fileName));
    bytes[10]! ^= 1;
    await writeFile(join(dir, info.fileName), bytes);
    await expect(store.read(info.id)).rejects.toThrow(/damaged/);
  });

  it('never builds a path from anything but a backup id', async () => {
    const { store } = await storeWith();
    await expect(store.read('../../etc/passwd')).rejects.toThrow();
    await expect(store.read('20250331T120000000Z/../../x')).rejects.toThrow();
  });

  it('gives two backups written in the same millisecond their own ids', async () => {
    const { store } = await storeWith({ now: () => Date.UTC(2025, 0, 1) });
    const { data, manifest } = await sampleBackup();
    const a = await store.write(data, manifest, 5);
    const b = await store.write(data, manifest, 5);
    expect([a.id, b.id]).toEqual(['20250101T000000000Z', '20250101T000000001Z']);
  });

  it('writes a sealed backup under its own name, verified by its envelope, and rotates it like any other', async () => {
    const { dir, store } = await storeWith();
    const clear = await sampleBackup();
    const sealed = await sealedSampleBackup();
    const first = await store.write(clear.data, clear.manifest, 2);
    const ids = [first.id];
    for (let i = 0; i < 2; i++) ids.push((await store.write(sealed.data, sealed.manifest, 2)).id);
    const listed = await store.list();
    expect(listed.map((b) => b.id)).toEqual(ids.slice(1).reverse());
    expect(listed[0]).toMatchObject({
      encrypted: true,
      fileName: `liaison-backup-${ids[2]}.liaisonbackup`,
      bytes: sealed.data.byteLength,
      tables: sealed.manifest.tables,
    });
    expect((await readdir(dir)).sort()).toEqual(
      ids.slice(1).flatMap((id) => [`liaison-backup-${id}.json`, `liaison-backup-${id}.liaisonbackup`]),
    );
    expect(Buffer.from(await store.read(ids[2]!)).equals(Buffer.from(sealed.data))).toBe(true);
  });

  it('deletes a sealed backup corrupted on disk before it verified, and keeps the older ones', async () => {
    let corrupt = false;
    const { dir, store, logged } = await storeWith({
      afterWrite: async (path) => {
        if (!corrupt) return;
        const bytes = await readFile(path);
        bytes[bytes.length - 20]! ^= 0x01;
        await writeFile(path, bytes);
      },
    });
    const sealed = await sealedSampleBackup();
    const older = await store.write(sealed.data, sealed.manifest, 1);
    corrupt = true;
    await expect(store.write(sealed.data, sealed.manifest, 1)).rejects.toThrow(/did not verify.*deleted/);
    expect(await store.list()).toEqual([older]);
    expect((await readdir(dir)).filter((n) => !n.endsWith('.json'))).toEqual([older.fileName]);
    expect(logged.detailsOf('backup.verify-failed')[0]).toMatchObject({ reason: 'sha256' });
  });

  it('refuses a sealed backup whose header does not hold what its manifest says, or that is cut short', async () => {
    const { dir, store } = await storeWith();
    const sealed = await sealedSampleBackup();
    const lying = {
      ...sealed.manifest,
      tables: { ...sealed.manifest.tables, notes: sealed.manifest.tables.notes + 1 },
    };
    await expect(store.write(sealed.data, lying, 5)).rejects.toThrow(/does not hold what its manifest says/);
    const cut = sealed.data.slice(0, sealed.data.length - 100);
    await expect(store.write(cut, { ...sealed.manifest, sha256: sha256Hex(cut) }, 5)).rejects.toThrow(
      /not a valid sealed backup: This backup is incomplete/,
    );
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses a clear archive sent as sealed, and a sealed backup sent as clear', async () => {
    const { dir, store } = await storeWith();
    const clear = await sampleBackup();
    const sealed = await sealedSampleBackup();
    await expect(store.write(clear.data, { ...clear.manifest, encrypted: true }, 5)).rejects.toThrow(
      /not a valid sealed backup: This file is not a Liaison sealed backup/,
    );
    await expect(store.write(sealed.data, { ...sealed.manifest, encrypted: false }, 5)).rejects.toThrow(
      /not a valid archive/,
    );
    expect(await readdir(dir)).toEqual([]);
  });

  it('deletes every clear backup and clear leftover when asked, keeping sealed backups and foreign files', async () => {
    const { dir, store, logged } = await storeWith();
    const clear = await sampleBackup();
    const sealed = await sealedSampleBackup();
    await store.write(clear.data, clear.manifest, 20);
    const kept = await store.write(sealed.data, sealed.manifest, 20);
    await store.write(clear.data, clear.manifest, 20);
    // A clear write cut short before its record, one cut short before its rename, and a user's file.
    await writeFile(join(dir, 'liaison-backup-20240101T000000000Z.zip'), clear.data);
    await writeFile(join(dir, '.liaison-backup-20240102T000000000Z.zip.0123456789ab.tmp'), clear.data);
    await writeFile(join(dir, 'notes.txt'), 'mine');

    expect(await store.deleteClear()).toBe(2);
    expect(await store.list()).toEqual([kept]);
    expect((await readdir(dir)).sort()).toEqual(
      [`liaison-backup-${kept.id}.json`, kept.fileName, 'notes.txt'].sort(),
    );
    expect(logged.detailsOf('backup.clear-deleted')[0]).toEqual({ deleted: 2 });
    expect(await store.deleteClear()).toBe(0);
  });

  it('lists a backup recorded before sealed backups existed as a clear one, and deletes it with the clear ones', async () => {
    const { dir, store } = await storeWith();
    const clear = await sampleBackup();
    const info = await store.write(clear.data, clear.manifest, 20);
    const recordPath = join(dir, `liaison-backup-${info.id}.json`);
    const { encrypted: _encrypted, ...old } = JSON.parse(await readFile(recordPath, 'utf8')) as Record<
      string,
      unknown
    >;
    await writeFile(recordPath, JSON.stringify(old));
    expect(await store.list()).toEqual([info]);
    expect(info.encrypted).toBe(false);
    expect(await store.deleteClear()).toBe(1);
    expect(await readdir(dir)).toEqual([]);
  });
});
