import { describe, expect, it } from 'vitest';
import { isSealed } from '../../../renderer/src/db/FieldCipher';
import { createSyncParts } from '../../../renderer/src/db/sync/createSyncParts';
import { EncryptionRequiredError } from '../../../renderer/src/sync/EncryptionRequiredError';
import { SyncBundles } from '../../../renderer/src/sync/SyncBundles';
import { SyncEngine } from '../../../renderer/src/sync/SyncEngine';
import { MemoryTransport } from '../../support/memoryTransport';
import {
  archiveWithCounterpart,
  everythingIn,
  MARKERS,
  meetingInput,
  rawView,
} from '../encryption/encryptedArchive';

const SYNC_PASSPHRASE = 'mekong delta 2024';

async function laptop({ atRest }: { atRest: boolean }) {
  const archive = await archiveWithCounterpart();
  if (atRest) await archive.keys.enable('at rest passphrase');
  const parts = createSyncParts(archive.db, archive.capture, archive.repos);
  return { ...archive, parts, engine: new SyncEngine(parts), bundles: new SyncBundles(parts) };
}
type Laptop = Awaited<ReturnType<typeof laptop>>;

async function refusal(promise: Promise<unknown>): Promise<EncryptionRequiredError> {
  const error: unknown = await promise.catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(EncryptionRequiredError);
  return error as EncryptionRequiredError;
}

/** Whether any marker appears in the bytes, as UTF-8 or as UTF-16LE. */
function leaks(bytes: Uint8Array): string[] {
  const buffer = Buffer.from(bytes);
  return Object.values(MARKERS).filter(
    (marker) =>
      buffer.includes(Buffer.from(marker, 'utf8')) || buffer.includes(Buffer.from(marker, 'utf16le')),
  );
}

function sync(
  side: Laptop,
  target: MemoryTransport,
  extra: { passphrase?: string; encryptNew?: boolean } = {},
) {
  return side.engine.sync({ key: 'target:T', transport: target, ...extra });
}

describe('sync while encryption at rest is on', { timeout: 30_000 }, () => {
  it('refuses to export a bundle without a passphrase, and the changes stay waiting', async () => {
    const a = await laptop({ atRest: true });
    await a.repos.meetings.create(meetingInput(a.org.id, MARKERS));
    const waiting = await a.bundles.pendingCount();

    for (const everything of [false, true]) {
      const error = await refusal(a.bundles.export({ everything }));
      expect(error.reason).toBe('bundle');
      expect(error.message).toMatch(/encrypted at rest.*passphrase.*nothing was exported/);
    }
    expect(await a.bundles.pendingCount()).toBe(waiting);
    expect(await a.parts.state.archiveId()).toBeNull();
  });

  it('exports an encrypted bundle that holds none of the sealed text, which opens with its passphrase', async () => {
    const a = await laptop({ atRest: true });
    const meeting = await a.repos.meetings.create(meetingInput(a.org.id, MARKERS));
    const bundle = await a.bundles.export({ everything: true, passphrase: SYNC_PASSPHRASE });
    expect(leaks(bundle.bytes)).toEqual([]);

    const b = await laptop({ atRest: false });
    await b.bundles.import(bundle.bytes, { passphrase: SYNC_PASSPHRASE });
    expect((await b.repos.meetings.get(meeting.id))?.minutes).toBe(MARKERS.minutes);
  });

  it('refuses to set up a new target without a sync passphrase, and writes nothing there', async () => {
    const a = await laptop({ atRest: true });
    await a.repos.meetings.create(meetingInput(a.org.id, MARKERS));
    const target = new MemoryTransport();
    for (const extra of [{}, { passphrase: SYNC_PASSPHRASE }, { encryptNew: true }]) {
      const error = await refusal(sync(a, target, extra));
      expect(error.reason).toBe('new-target');
      expect(error.message).toMatch(/Set a sync passphrase/);
    }
    expect(target.writes).toBe(0);
    expect(await a.parts.state.target('target:T')).toBeNull();
  });

  it('sets up a new target encrypted with the sync passphrase, with none of the sealed text on it', async () => {
    const a = await laptop({ atRest: true });
    const meeting = await a.repos.meetings.create(meetingInput(a.org.id, MARKERS));
    const target = new MemoryTransport();
    const report = await sync(a, target, { passphrase: SYNC_PASSPHRASE, encryptNew: true });
    expect(report.encrypted).toBe(true);
    for (const [path, bytes] of target.files) expect(leaks(bytes), path).toEqual([]);

    const b = await laptop({ atRest: false });
    await sync(b, target, { passphrase: SYNC_PASSPHRASE });
    expect((await b.repos.meetings.get(meeting.id))?.minutes).toBe(MARKERS.minutes);
  });

  it('stops syncing with a target set up in clear before encryption was turned on, asking for a sync passphrase, and writes nothing', async () => {
    const a = await laptop({ atRest: false });
    await a.repos.meetings.create(meetingInput(a.org.id, { minutes: 'Courtesy call, nothing secret' }));
    const target = new MemoryTransport();
    await sync(a, target);
    await a.keys.enable('at rest passphrase');
    await a.repos.meetings.create(meetingInput(a.org.id, MARKERS));
    const before = new Map(target.files);
    const writes = target.writes;

    for (const extra of [{}, { passphrase: SYNC_PASSPHRASE, encryptNew: true }]) {
      const error = await refusal(sync(a, target, extra));
      expect(error.reason).toBe('plain-target');
      expect(error.message).toMatch(/not encrypted.*Set a sync passphrase.*nothing was written/);
    }
    expect(target.writes).toBe(writes);
    expect(target.files).toEqual(before);
    // The Sync page learns that this target is in clear, to say so before anyone presses Sync now.
    expect((await a.parts.state.target('target:T'))?.encrypted).toBe(false);
  });

  it('keeps syncing with a target that was encrypted before encryption at rest was turned on', async () => {
    const a = await laptop({ atRest: false });
    const target = new MemoryTransport();
    await sync(a, target, { passphrase: SYNC_PASSPHRASE, encryptNew: true });
    await a.keys.enable('at rest passphrase');
    await a.repos.meetings.create(meetingInput(a.org.id, MARKERS));
    const report = await sync(a, target, { passphrase: SYNC_PASSPHRASE });
    expect(report).toMatchObject({ encrypted: true, sent: 1 });
    for (const [path, bytes] of target.files) expect(leaks(bytes), path).toEqual([]);
  });

  it('stores the losing text of a sync conflict sealed on disk', async () => {
    const a = await laptop({ atRest: true });
    const meeting = await a.repos.meetings.create(meetingInput(a.org.id, { minutes: 'draft' }));
    const b = await laptop({ atRest: false });
    await b.bundles.import(
      (await a.bundles.export({ everything: true, passphrase: SYNC_PASSPHRASE })).bytes,
      {
        passphrase: SYNC_PASSPHRASE,
      },
    );
    await a.repos.meetings.update(meeting.id, { minutes: MARKERS.minutes });
    await b.repos.meetings.update(meeting.id, { minutes: MARKERS.note });
    const report = await a.bundles.import((await b.bundles.export({ everything: false })).bytes);
    expect(report.conflicts).toBe(1);

    const [conflict] = await a.repos.conflicts.open();
    expect([MARKERS.minutes, MARKERS.note]).toContain(conflict?.text);
    const raw = await rawView(a);
    const stored = await raw.table('conflicts').get(conflict!.id);
    expect(isSealed(stored.text)).toBe(true);
    expect(everythingIn(await raw.table('conflicts').toArray())).not.toMatch(/CANARY/);
    raw.close();
  });
});
