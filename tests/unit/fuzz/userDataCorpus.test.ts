/**
 * Seeded hostile files in userData, read by the main process: the window state (a bad one opens the
 * window at its default size), the sync-target list and passwords (a bad one is reported, never
 * replaced), and backup records (a bad one hides its backup, which is never deleted for it). Each gets
 * its specific outcome: 100 MB files left unread, a million levels of nesting, `__proto__` and
 * `constructor` keys, invalid UTF-8, BOMs and NUL bytes, and dates in 2100 (accepted) and 10000 (not).
 */
import { readdir, readFile, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { backupPaths } from '../../../electron/main/backup/backupFiles';
import { BackupStore } from '../../../electron/main/backup/BackupStore';
import { SyncTargetFiles } from '../../../electron/main/sync/syncTargetFiles';
import {
  DEFAULT_WINDOW_STATE,
  loadWindowState,
  saveWindowState,
} from '../../../electron/main/window/windowState';
import { SyncTargetError } from '../../../shared/sync/SyncTransport';
import { sampleBackup } from '../backup/backupTestFiles';
import { MiB, memoryGrowth, refusal, reliabilityLog } from './reliabilityLog';
import { prototypeUntouched, userDataDir } from './userDataFiles';

const { corpus } = reliabilityLog(import.meta.url, 'Hostile input', 'Files in userData (seeded corpus)');

const windowFile = () => join(userDataDir('window'), 'window-state.json');
const SAVED = { x: 40, y: 30, width: 1000, height: 700, maximized: true };
const bytes = (...parts: Array<string | number[]>) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));

async function targetFiles() {
  const files = new SyncTargetFiles(userDataDir('targets'));
  await files.writeTargets([{ id: 'T1', kind: 'folder', label: 'USB', path: '/media/usb/LIAISON' }]);
  return files;
}
/** The reason a targets file with `text` is refused, and whether the file was left as it was. */
async function targetsRefusal(text: string | Buffer): Promise<string> {
  const files = await targetFiles();
  await writeFile(files.targetsPath, text);
  const error = await refusal(SyncTargetError, () => files.readTargets());
  expect(error.code).toBe('corrupt');
  expect(Buffer.from(await readFile(files.targetsPath)).equals(Buffer.from(text))).toBe(true);
  return /is damaged \((.*)\)\. Liaison left/.exec(error.message)![1]!;
}

/** Two real backups of the sample event a minute apart, from `start`, in a folder of their own. */
async function twoBackups(start: number) {
  const { data, manifest } = await sampleBackup();
  const dir = userDataDir('backups');
  let time = start;
  const store = new BackupStore({ dir, now: () => (time += 60_000) });
  const first = await store.write(data, manifest, 20);
  return { dir, store, first, writeSecond: () => store.write(data, manifest, 20) };
}

describe('seeded hostile files in userData', () => {
  corpus('a 100 MB window-state file is not read; the window opens at its default size', async () => {
    const file = windowFile();
    await writeFile(file, '{"width":1000,"height":700,"maximized":false,"x":"');
    await truncate(file, 100_000_000);
    let state;
    const grown = await memoryGrowth(async () => (state = await loadWindowState(file)));
    expect(state).toEqual(DEFAULT_WINDOW_STATE);
    expect(grown).toBeLessThan(16 * MiB);
  });

  corpus(
    'window states with __proto__ or constructor keys, deep nesting, invalid UTF-8 or a NUL open at the default',
    async () => {
      const file = windowFile();
      const valid = JSON.stringify(SAVED).slice(1);
      for (const hostile of [
        bytes(`{"__proto__":{"polluted":1},${valid}`),
        bytes(`{"constructor":{"prototype":{"polluted":1}},${valid}`),
        bytes('['.repeat(1_000_000)),
        bytes('{"width":1000,"height":700,"maximized":false,"x":', [0xc0, 0x80], '}'),
        bytes('{"width":1000,"height":700,"maximized":false,"y":"\u0000"}'),
      ]) {
        await writeFile(file, hostile);
        expect(await loadWindowState(file)).toEqual(DEFAULT_WINDOW_STATE);
      }
      expect(prototypeUntouched()).toBe(true);
      await writeFile(file, `\uFEFF${JSON.stringify(SAVED)}`);
      expect(await loadWindowState(file)).toEqual(SAVED);
      await saveWindowState(file, SAVED);
      expect(await loadWindowState(file)).toEqual(SAVED);
    },
  );

  corpus('a 100 MB sync-target list is refused as too large without being read', async () => {
    const files = await targetFiles();
    await writeFile(files.targetsPath, '{"version":1,"targets":[');
    await truncate(files.targetsPath, 100_000_000);
    let error: SyncTargetError | undefined;
    const grown = await memoryGrowth(
      async () => (error = await refusal(SyncTargetError, () => files.readTargets())),
    );
    expect(error?.message).toContain('is damaged (it is larger than 1 MiB)');
    expect(grown).toBeLessThan(16 * MiB);
  });

  corpus('a __proto__ key in the saved passwords and constructor as a target id are refused', async () => {
    const files = await targetFiles();
    await writeFile(
      files.credentialsPath,
      '{"version":1,"passwords":{"__proto__":{"storage":"plaintext","secret":"cHc="}}}',
    );
    const error = await refusal(SyncTargetError, () => files.readCredentials());
    expect(error.message).toContain('is damaged (passwords.__proto__: the key "__proto__" is not allowed)');
    expect(
      await targetsRefusal(
        '{"version":1,"targets":[{"id":"constructor","kind":"folder","label":"x","path":"/x"}]}',
      ),
    ).toBe('targets.0.id: not an id');
    expect(prototypeUntouched()).toBe(true);
  });

  corpus('a sync-target list nested a million levels deep is refused at level 8', async () => {
    expect(await targetsRefusal(`{"version":1,"targets":${'['.repeat(1_000_000)}`)).toBe(
      'targets[0][0][0][0][0][0][0]: nested deeper than 8 levels',
    );
  });

  corpus(
    'a sync-target list with invalid UTF-8 or a raw NUL is refused; a BOM and an escaped NUL are read',
    async () => {
      const valid =
        '{"version":1,"targets":[{"id":"T1","kind":"folder","label":"USB","path":"/media/usb/L"}]}';
      expect(await targetsRefusal(bytes(valid.replace('USB', ''), [0xc0, 0x80]))).toBe(
        'it is not UTF-8 text',
      );
      expect(await targetsRefusal(valid.replace('USB', 'U\u0000SB'))).toMatch(
        /^targets\[0\]\.label: not valid JSON/,
      );
      const files = await targetFiles();
      await writeFile(files.targetsPath, `\uFEFF${valid.replace('USB', 'U\\u0000SB')}`);
      expect((await files.readTargets())[0]?.label).toBe('U\u0000SB');
    },
  );

  corpus(
    'a backup written in 2100 is listed; one whose record is dated in the year 10000 is not',
    async () => {
      const { data, manifest } = await sampleBackup();
      const dir = userDataDir('backups');
      const store = new BackupStore({ dir, now: () => Date.UTC(2100, 1, 28, 23, 59) });
      const written = await store.write(data, manifest, 20);
      expect(written.writtenAt).toBe('2100-02-28T23:59:00.000Z');
      expect(await store.list()).toEqual([written]);
      const record = backupPaths(dir, written.id).record;
      const text = await readFile(record, 'utf8');
      await writeFile(record, text.replace('2100-02-28T23:59:00.000Z', '+010000-01-01T00:00:00.000Z'));
      expect(await store.list()).toEqual([]);
    },
  );

  corpus('a backup whose record was cut short is kept through the next backup’s rotation', async () => {
    const { dir, store, first, writeSecond } = await twoBackups(Date.UTC(2100, 0, 1));
    const record = backupPaths(dir, first.id).record;
    const text = await readFile(record, 'utf8');
    await writeFile(record, text.slice(0, text.length / 2));
    const second = await writeSecond();
    expect(await store.list()).toEqual([second]);
    // Not listed (its record cannot be trusted), but both its files are still there to recover by hand.
    expect((await readdir(dir)).sort()).toEqual(
      [
        first.fileName,
        `liaison-backup-${first.id}.json`,
        second.fileName,
        `liaison-backup-${second.id}.json`,
      ].sort(),
    );
  });

  corpus('a 100 MB backup record is not read, and hides only its own backup', async () => {
    const { dir, store, first, writeSecond } = await twoBackups(Date.UTC(2025, 0, 1));
    const second = await writeSecond();
    await truncate(backupPaths(dir, first.id).record, 100_000_000);
    let list;
    const grown = await memoryGrowth(async () => (list = await store.list()));
    expect(list).toEqual([second]);
    expect(grown).toBeLessThan(16 * MiB);
  });
});
