import { describe, expect, it } from 'vitest';
import { SyncTargetError } from '../../../shared/sync/SyncTransport';
import type { SyncTargetsApi } from '../../../renderer/src/platform/Platform';
import { inProcessSyncChannel } from '../../../renderer/src/sync/inProcessSyncChannel';
import { SyncClient } from '../../../renderer/src/sync/SyncClient';
import type { SyncProgress } from '../../../renderer/src/sync/SyncEngine';
import { SyncQuestion } from '../../../renderer/src/sync/SyncQuestion';
import { MemoryTransport } from '../../support/memoryTransport';
import { createTestArchive } from '../../support/testArchive';

function targetsOver(transports: Record<string, MemoryTransport>): SyncTargetsApi {
  const unused = () => Promise.reject(new Error('not used here'));
  return {
    list: unused,
    addFolder: unused,
    addWebdav: unused,
    remove: unused,
    test: unused,
    transport: (id) => {
      const transport = transports[id];
      if (!transport) throw new SyncTargetError('failed', `No target ${id}.`);
      return transport;
    },
  };
}

async function appOn(transports: Record<string, MemoryTransport>) {
  const archive = await createTestArchive();
  const merged: Array<string | null> = [];
  const client = new SyncClient(
    inProcessSyncChannel(archive.db, archive.capture, archive.repos),
    targetsOver(transports),
    (stamp) => merged.push(stamp),
  );
  return { ...archive, client, merged };
}

async function organizations(archive: Awaited<ReturnType<typeof appOn>>, count: number) {
  for (let i = 0; i < count; i++)
    await archive.repos.organizations.create({
      name: `ສະຖາບັນ ${i}`,
      nativeName: '',
      country: 'LA',
      kind: 'college',
      website: '',
    });
}

describe('sync jobs started from the app', () => {
  it('syncs through the platform’s target, reports progress, and moves the app’s clock past what it merged', async () => {
    const folder = new MemoryTransport();
    const a = await appOn({ F: folder });
    const b = await appOn({ F: folder });
    await organizations(a, 3);
    const before = await a.client.start({ type: 'status', keys: ['target:F'] }).result;
    expect(before.status.targets['target:F']).toEqual({ lastSync: null, pending: 3, encrypted: null });

    const progress: SyncProgress[] = [];
    const sent = await a.client.start(
      { type: 'sync', key: 'target:F', targetId: 'F', confirmed: [] },
      (step) => progress.push(step),
    ).result;
    expect(sent.report.sent).toBe(3);
    expect(progress.at(-1)).toEqual({ phase: 'push', done: 3, total: 3 });
    const after = await a.client.start({ type: 'status', keys: ['target:F'] }).result;
    expect(after.status.targets['target:F']?.pending).toBe(0);

    const received = await b.client.start({ type: 'sync', key: 'target:F', targetId: 'F', confirmed: [] })
      .result;
    expect(received.report.received).toBe(3);
    expect(b.merged.at(-1)).toBe(received.report.newestStamp);
    expect(b.capture.clock.current() >= received.report.newestStamp!).toBe(true);
  });

  it('turns the worker’s answers back into a question, a target error, or a cancellation', async () => {
    const folder = new MemoryTransport();
    const a = await appOn({ F: folder });
    const stranger = await appOn({ F: folder });
    await organizations(a, 1);
    await a.client.start({ type: 'export-bundle', everything: true }).result;
    await stranger.client.start({ type: 'sync', key: 'target:F', targetId: 'F', confirmed: [] }).result;

    const asked = await a.client
      .start({ type: 'sync', key: 'target:F', targetId: 'F', confirmed: [] })
      .result.catch((error: unknown) => error);
    expect(asked).toBeInstanceOf(SyncQuestion);
    expect((asked as SyncQuestion).kind).toBe('other-archive');

    const unknown = await a.client
      .start({ type: 'sync', key: 'target:X', targetId: 'X', confirmed: [] })
      .result.catch((error: unknown) => error);
    expect(unknown).toBeInstanceOf(SyncTargetError);
    expect((unknown as SyncTargetError).message).toBe('No target X.');

    await organizations(a, 1200);
    const job = a.client.start({ type: 'export-bundle', everything: true }, (step) => {
      if (step.done > 0) job.cancel();
    });
    await expect(job.result).rejects.toMatchObject({ name: 'AbortError' });
  }, 30_000);
});
