/**
 * Refuses to turn encryption at rest on or off while a sync job runs or waits for an answer to its
 * question (syncJobs.ts, `withoutSync`). The job's worker connection learned the archive's encryption
 * state when it started. Beside turning off it could seal rows the rewrite had already passed, which no
 * key opens once the key row is gone; beside turning on it could leave rows in clear that the rewrite had
 * already sealed (docs/encryption-at-rest.md). Nothing was changed.
 */
import type { MigrationDirection } from '../db/migrationMarker';

export class SyncRunningError extends Error {
  constructor(
    /** `question`: the job stopped to ask, and going ahead starts it again. */
    readonly sync: 'running' | 'question',
    readonly direction: MigrationDirection,
  ) {
    super(
      `${sync === 'running' ? 'A sync is running' : 'A sync is waiting for an answer'}: encryption was not turned ${direction === 'encrypt' ? 'on' : 'off'}. Nothing was changed.`,
    );
    this.name = 'SyncRunningError';
  }
}
