/**
 * Turning encryption at rest on or off and sync jobs never overlap in a window: a job's worker
 * connection learns the encryption state when it starts, and beside the rewrite of every record it could
 * seal rows the rewrite had passed (unreadable once the key row is gone). The store refuses either one
 * while the other runs. (Here rather than in tests/unit: the store's module holds its React hook.)
 */
import { describe, expect, it, vi } from 'vitest';
import { ENCRYPTION_META_KEY, MIGRATION_META_KEY } from '../../renderer/src/db/keyRecord';
import { SyncClient, type SyncChannel } from '../../renderer/src/sync/SyncClient';
import { syncJobsFor, type JobOptions, type RunnableJob } from '../../renderer/src/sync/syncJobs';
import type { FromSyncWorker, ToSyncWorker } from '../../renderer/src/sync/syncProtocol';
import { SyncRunningError } from '../../renderer/src/sync/SyncRunningError';
import { archiveWithCounterpart, meetingInput } from '../unit/encryption/encryptedArchive';

const PASSPHRASE = 'correct horse battery staple';
const SYNC: RunnableJob = { type: 'sync', key: 'target:T', targetId: 'T', confirmed: [] };

/** A sync worker that answers only when the test says so. */
function heldWorker() {
  const sent: ToSyncWorker[] = [];
  let listener: (message: FromSyncWorker) => void = () => undefined;
  const channel: SyncChannel = {
    send: (message) => void sent.push(message),
    onMessage: (next) => void (listener = next),
  };
  const jobs = syncJobsFor(new SyncClient(channel, null, () => undefined));
  const started = () => sent.filter((message) => message.type === 'start');
  const answer = (message: FromSyncWorker) => listener(message);
  return { jobs, started, answer };
}

const options = (): JobOptions => ({
  target: 'USB stick',
  finish: (result) =>
    Promise.resolve(
      result.type === 'sync'
        ? { kind: 'synced', target: 'USB stick', report: result.report }
        : { kind: 'declined' },
    ),
  onSettled: vi.fn(),
});

describe('sync jobs while encryption at rest is turned on or off', () => {
  it('refuses to turn encryption off while a sync runs or waits on its question, and changes nothing', async () => {
    const archive = await archiveWithCounterpart();
    await archive.repos.meetings.create(meetingInput(archive.org.id, { minutes: 'Our minutes' }));
    await archive.keys.enable(PASSPHRASE);
    const keyRow = await archive.db.meta.get(ENCRYPTION_META_KEY);
    const { jobs, started, answer } = heldWorker();

    void jobs.getState().run(SYNC, options());
    expect(started()).toHaveLength(1);
    const disable = vi.fn(() => archive.keys.disable(PASSPHRASE));
    const refused = await jobs
      .getState()
      .withoutSync('decrypt', disable)
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(SyncRunningError);
    expect(refused).toMatchObject({ sync: 'running', direction: 'decrypt' });
    expect(disable).not.toHaveBeenCalled();

    // The job stops to ask; going ahead would start it again, so encryption stays as it is meanwhile.
    answer({
      type: 'failed',
      id: 1,
      error: {
        kind: 'question',
        question: 'other-archive',
        details: { theirs: '', ours: '', createdAt: '' },
        message: '?',
      },
    });
    await vi.waitFor(() => expect(jobs.getState().question).not.toBeNull());
    await expect(jobs.getState().withoutSync('decrypt', disable)).rejects.toMatchObject({
      sync: 'question',
    });
    await expect(jobs.getState().withoutSync('encrypt', disable)).rejects.toThrow(SyncRunningError);
    expect(disable).not.toHaveBeenCalled();
    expect(archive.db.encryption.turningOff).toBe(false);
    expect(await archive.db.meta.get(MIGRATION_META_KEY)).toBeUndefined();
    expect(await archive.db.meta.get(ENCRYPTION_META_KEY)).toEqual(keyRow);

    jobs.getState().question!.decline();
    await jobs.getState().withoutSync('decrypt', disable);
    expect(disable).toHaveBeenCalledOnce();
    expect(archive.db.encryption.mode).toBe('off');
  });

  it('starts no sync while encryption is being turned off, says so, and syncs again once it finished', async () => {
    const { jobs, started } = heldWorker();
    let finish = () => undefined as void;
    const turningOff = jobs
      .getState()
      .withoutSync('decrypt', () => new Promise<void>((resolve) => (finish = resolve)));
    expect(jobs.getState().encryptionChange).toBe('decrypt');

    const refused = options();
    await jobs.getState().run(SYNC, refused);
    expect(started()).toHaveLength(0);
    const outcome = { kind: 'encryption-changing', direction: 'decrypt' };
    expect(jobs.getState().outcome).toEqual(outcome);
    expect(refused.onSettled).toHaveBeenCalledWith(outcome);
    expect(jobs.getState().running).toBeNull();

    finish();
    await turningOff;
    expect(jobs.getState().encryptionChange).toBeNull();
    void jobs.getState().run(SYNC, options());
    expect(started()).toHaveLength(1);
    expect(jobs.getState().running?.type).toBe('sync');
  });

  it('lets the hold go when turning encryption on or off fails', async () => {
    const { jobs } = heldWorker();
    await expect(
      jobs.getState().withoutSync('encrypt', () => Promise.reject(new Error('disk full'))),
    ).rejects.toThrow('disk full');
    expect(jobs.getState().encryptionChange).toBeNull();
  });
});
