/**
 * The sync worker's connection while encryption at rest is being turned off. The window neither starts
 * turning off while a sync runs nor starts a sync while turning off runs
 * (tests/component/syncJobsWhileEncryptionChanges.test.ts), but an unlock carries a paused turning-off on
 * while a sync started during the pause may still run: that sync must write nothing sealed from its start
 * to its end, or its rows would be unreadable once the key row is gone.
 */
import { describe, expect, it } from 'vitest';
import type { SyncTransport } from '../../../shared/sync/SyncTransport';
import { followWindowKey } from '../../../renderer/src/db/followWindowKey';
import { ENCRYPTION_META_KEY } from '../../../renderer/src/db/keyRecord';
import { KeyStore } from '../../../renderer/src/db/KeyStore';
import { createSyncParts } from '../../../renderer/src/db/sync/createSyncParts';
import { SyncEngine } from '../../../renderer/src/sync/SyncEngine';
import { MemoryTransport } from '../../support/memoryTransport';
import { createTestArchive } from '../../support/testArchive';
import {
  archiveWithCounterpart,
  FAST_KDF,
  MARKERS,
  meetingInput,
  rawView,
  sealedValuesOnDisk,
} from './encryptedArchive';

const PASSPHRASE = 'correct horse battery staple';
const SYNC_PASSPHRASE = 'mekong delta 2024';

/** The window's archive, encrypted, with turning off started and paused after its first chunk. */
async function pausedTurningOff() {
  const window = await archiveWithCounterpart();
  for (let i = 0; i < 4; i++)
    await window.repos.meetings.create(meetingInput(window.org.id, { minutes: `Our minutes #${i}` }));
  await window.keys.enable(PASSPHRASE);
  const keys = new KeyStore(window.db, window.db.encryption, FAST_KDF, 2);
  const pause = new AbortController();
  await keys.disable(PASSPHRASE, () => pause.abort(), pause.signal);
  expect(await window.db.meta.get(ENCRYPTION_META_KEY)).toBeDefined();
  return { ...window, keys };
}

/** Reads through `inner`, running `during` once, before the first segment is read. */
function pausingTransport(inner: SyncTransport, during: () => Promise<void>): SyncTransport {
  let ran = false;
  return {
    read: async (path) => {
      if (!ran && /\/seg-\d+$/.test(path)) {
        ran = true;
        await during();
      }
      return inner.read(path);
    },
    write: (path, data) => inner.write(path, data),
    list: (folder) => inner.list(folder),
  };
}

describe('a sync while encryption at rest is being turned off', { timeout: 30_000 }, () => {
  it('writes nothing sealed from start to end, even when turning off finishes during it; every record reads back', async () => {
    // Another laptop's minutes wait on an encrypted target.
    const other = await archiveWithCounterpart();
    const theirs = await other.repos.meetings.create(meetingInput(other.org.id, MARKERS));
    const target = new MemoryTransport();
    await new SyncEngine(createSyncParts(other.db, other.capture, other.repos)).sync({
      key: 'target:T',
      transport: target,
      passphrase: SYNC_PASSPHRASE,
      encryptNew: true,
    });

    const window = await pausedTurningOff();
    const ours = await window.db.meetings.toArray();
    // The sync worker's own connection, given the window's key as the worker is.
    const worker = await createTestArchive({ factory: window.factory, name: window.name });
    let shared = window.db.encryption.exportKey();
    await followWindowKey(worker.db, () => shared);
    expect(worker.db.encryption.turningOff).toBe(true);

    // Mid-sync, an unlock carries turning off to its end, and the worker reads `meta` again before the
    // window's "no key" message reaches it: it still holds the key, but the key row is gone.
    const finishTurningOff = async () => {
      await window.keys.resumeMigration();
      expect(window.db.encryption.mode).toBe('off');
      await followWindowKey(worker.db, () => shared);
    };
    const parts = createSyncParts(worker.db, worker.capture, worker.repos);
    const report = await new SyncEngine(parts).sync({
      key: 'target:T',
      transport: pausingTransport(target, finishTurningOff),
      passphrase: SYNC_PASSPHRASE,
      confirmed: new Set(['other-archive']),
    });
    expect(report.received).toBeGreaterThan(0);
    shared = window.db.encryption.exportKey();
    await followWindowKey(worker.db, () => shared);
    expect(worker.db.encryption.mode).toBe('off');

    const raw = await rawView(window);
    expect(await sealedValuesOnDisk(raw)).toBe(0);
    raw.close();
    worker.db.close();
    window.db.close();
    const reopened = await createTestArchive({ factory: window.factory, name: window.name });
    expect(reopened.db.encryption.mode).toBe('off');
    expect((await reopened.repos.meetings.get(theirs.id))?.minutes).toBe(MARKERS.minutes);
    for (const meeting of ours)
      expect((await reopened.repos.meetings.get(meeting.id))?.minutes).toBe(meeting.minutes);
  });

  it('a worker that still holds the window key once the key row is gone writes in clear', async () => {
    const window = await pausedTurningOff();
    const worker = await createTestArchive({ factory: window.factory, name: window.name });
    const stale = window.db.encryption.exportKey();
    await window.keys.resumeMigration();
    await followWindowKey(worker.db, () => stale);

    const written = await worker.repos.meetings.create(
      meetingInput(window.org.id, { minutes: 'CANARY-LATE-WORKER-5c1d' }),
    );
    const raw = await rawView(window);
    expect((await raw.table('meetings').get(written.id)).minutes).toBe('CANARY-LATE-WORKER-5c1d');
    expect(await sealedValuesOnDisk(raw)).toBe(0);
    raw.close();
  });
});
