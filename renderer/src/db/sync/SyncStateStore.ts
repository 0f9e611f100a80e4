/**
 * Where sync keeps what it knows about each target, in the `meta` table: which archive the target holds,
 * how far this laptop has read each other device's segments, and how far it has sent its own changes.
 * A pull saves its position inside the transaction that applies a segment (ChangeApplier's `within`), so
 * the data and the position commit together and an interrupted sync resumes exactly where it stopped.
 */
import type { LiaisonDatabase } from '../LiaisonDatabase';

export interface TargetSyncState {
  /** The archive the target holds (its header's id). */
  archiveId: string;
  /** Per other device, the last of its segments applied here. */
  read: Record<string, number>;
  /** Outbox positions up to this one have reached the target. */
  pushedSeq: number;
  /** The number this laptop gives its next segment on the target. */
  nextSegment: number;
  /** A push that stopped part-way: the outbox range it was sending, and how many of its records went out. */
  pending?: { upTo: number; done: number };
  /** Set after the target was emptied: send everything again, including what first came from there. */
  resend?: boolean;
  /** When a sync with the target last finished (ISO). */
  lastSync?: string;
  /** Whether the target's archive is end-to-end encrypted, as its header said at the last sync. */
  encrypted?: boolean;
}

const TARGET_PREFIX = 'sync:target:';
/** The archive id this laptop's archive syncs under, once it has synced anywhere. */
const ARCHIVE_KEY = 'sync:archiveId';
/** Other laptops' names, as their heads and bundles gave them: device id → name. */
export const DEVICE_NAMES_KEY = 'sync:deviceNames';

export class SyncStateStore {
  constructor(private readonly db: LiaisonDatabase) {}

  /** The meta table, for callers that save state inside their own transaction. */
  get table() {
    return this.db.meta;
  }

  async target(key: string): Promise<TargetSyncState | null> {
    const value = (await this.db.meta.get(TARGET_PREFIX + key))?.value;
    return value && typeof value === 'object' ? (value as TargetSyncState) : null;
  }

  /** Joins the caller's transaction when it includes `meta`. */
  async saveTarget(key: string, state: TargetSyncState): Promise<void> {
    await this.db.meta.put({ key: TARGET_PREFIX + key, value: state });
  }

  async forgetTarget(key: string): Promise<void> {
    await this.db.meta.delete(TARGET_PREFIX + key);
  }

  /** Remembers the names other laptops go by (a later name replaces an earlier one). */
  async rememberDeviceNames(names: Readonly<Record<string, string>>): Promise<void> {
    const entries = Object.entries(names).filter(([, name]) => name.trim() !== '');
    if (entries.length === 0) return;
    await this.db.transaction('rw', this.db.meta, async () => {
      const known = (await this.db.meta.get(DEVICE_NAMES_KEY))?.value;
      const merged = { ...(known && typeof known === 'object' ? known : {}), ...Object.fromEntries(entries) };
      await this.db.meta.put({ key: DEVICE_NAMES_KEY, value: merged });
    });
  }

  async archiveId(): Promise<string | null> {
    const value = (await this.db.meta.get(ARCHIVE_KEY))?.value;
    return typeof value === 'string' ? value : null;
  }

  async setArchiveId(archiveId: string): Promise<void> {
    await this.db.meta.put({ key: ARCHIVE_KEY, value: archiveId });
  }
}
