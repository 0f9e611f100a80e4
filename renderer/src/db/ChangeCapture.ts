/**
 * Change capture, shared by every repository. Inside the caller's write transaction it issues clock
 * stamps, marks the changed records in the outbox, turns deletes into tombstones, and keeps the clock's
 * last stamp, so a write and its outbox entry commit or fail together. Sync reads the outbox.
 */
import Dexie, { type Table } from 'dexie';
import type { EntityTableName } from '../../../shared/domain/entityTables';
import { ulid } from '../../../shared/domain/ulid';
import type { SyncedTable } from '../../../shared/sync/change';
import { HybridLogicalClock, maxHlc, ZERO_HLC } from '../../../shared/sync/hybridLogicalClock';
import type { LiaisonDatabase } from './LiaisonDatabase';

const DEVICE_KEY = 'deviceId';
export const CLOCK_KEY = 'hlc';

export class ChangeCapture {
  private readonly listeners = new Set<() => void>();

  private constructor(
    private readonly db: LiaisonDatabase,
    readonly deviceId: string,
    readonly clock: HybridLogicalClock,
  ) {}

  /** Calls `listener` after each transaction that recorded a change has committed (the search index listens). */
  onCommitted(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notifyOnCommit(): void {
    Dexie.currentTransaction?.on('complete', () => this.listeners.forEach((listener) => listener()));
  }

  /** Loads this device's id (made on first run) and the clock's last stamp. */
  static async load(db: LiaisonDatabase, now: () => number = Date.now): Promise<ChangeCapture> {
    return db.transaction('rw', db.meta, db.outbox, async () => {
      let deviceId = (await db.meta.get(DEVICE_KEY))?.value;
      if (typeof deviceId !== 'string') {
        deviceId = ulid();
        await db.meta.put({ key: DEVICE_KEY, value: deviceId });
      }
      const stored = (await db.meta.get(CLOCK_KEY))?.value;
      const lastOut = (await db.outbox.orderBy('seq').last())?.hlc;
      const last = maxHlc(typeof stored === 'string' ? stored : ZERO_HLC, lastOut ?? ZERO_HLC);
      return new ChangeCapture(db, deviceId as string, new HybridLogicalClock(deviceId as string, now, last));
    });
  }

  /** Tables a write transaction must include to record its changes. */
  get tables(): Table[] {
    return [this.db.outbox, this.db.tombstones, this.db.meta];
  }

  /** A new clock stamp for a local write. */
  stamp(): string {
    return this.clock.now();
  }

  /** Marks records as changed: `fields` null means all fields (new records). */
  async recordUpsert(table: SyncedTable, ids: string[], fields: string[] | null, hlc: string): Promise<void> {
    await this.db.outbox.add({ table, op: 'upsert', ids, fields, hlc });
    await this.db.meta.put({ key: CLOCK_KEY, value: this.clock.current() });
    this.notifyOnCommit();
  }

  async recordDelete(
    table: EntityTableName,
    id: string,
    last: Record<string, unknown>,
    seen: Record<string, string[]>,
  ): Promise<string> {
    const hlc = this.clock.now();
    await this.db.tombstones.put({ table, id, hlc, last, seen });
    await this.db.outbox.add({ table, op: 'delete', ids: [id], fields: null, hlc });
    await this.db.meta.put({ key: CLOCK_KEY, value: hlc });
    this.notifyOnCommit();
    return hlc;
  }
}
