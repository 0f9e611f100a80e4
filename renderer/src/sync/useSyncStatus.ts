/**
 * When each target (and the bundle file) last synced and how many records wait to go out there, read by
 * a `status` job in the sync worker: again whenever a sync job ends, and when the list of targets changes.
 */
import { useEffect, useState } from 'react';
import { useServices } from '../app/AppServices';
import type { SyncStatus } from './syncProtocol';
import { useSyncJobs } from './syncJobs';

/** The key a folder or WebDAV target keeps its sync state under. */
export function targetKey(id: string): string {
  return `target:${id}`;
}

export function useSyncStatus(targetIds: readonly string[]): SyncStatus | null {
  const { sync } = useServices();
  const finished = useSyncJobs((s) => s.finished);
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const keys = targetIds.map(targetKey).join('\n');

  useEffect(() => {
    let live = true;
    const job = sync.start({ type: 'status', keys: keys === '' ? [] : keys.split('\n') });
    job.result.then(
      (result) => live && setStatus(result.status),
      // A status that cannot be read leaves the last one shown; the next job's outcome says what failed.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [sync, keys, finished]);

  return status;
}
