/**
 * Change capture, shared by every repository: inside the caller's write transaction it stamps the changed
 * fields with the hybrid logical clock, appends the change to the outbox, and keeps the clock's last
 * stamp, so the entity write and its outbox entry commit or fail together. Sync reads the outbox.
 */
import type { Table } from 'dexie';
import type { EntityTableName } from '../../../shared/domain/entityTables';
import { ulid } from '../../../shared/domain/ulid';
import { HybridLogicalClock, maxHlc, ZERO_HLC } from '../../../shared/sync/hybridLogicalClock';
import type { LiaisonDatabase } from './LiaisonDatabase';

const DEVICE_KEY = 'deviceId';
export const CLOCK_KEY = 'hlc';

export class ChangeCapture {
  private constructor(
    private readonly db: LiaisonDatabase,
    readonly deviceId: string,
    readonly clock: HybridLogicalClock,
  ) {}

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

  /** Tables a write transaction must include for `recordUpsert` and `recordDelete`. */
  get tables(): Table[] {
    return [this.db.fieldClocks, this.db.outbox, this.db.tombstones, this.db.meta];
  }

  async recordUpsert(table: EntityTableName, id: string, fields: Record<string, unknown>): Promise<string> {
    const hlc = this.clock.now();
    const existing = await this.db.fieldClocks.get([table, id]);
    const clocks = { ...existing?.clocks };
    for (const field of Object.keys(fields)) clocks[field] = hlc;
    await this.db.fieldClocks.put({ table, id, clocks });
    await this.db.outbox.add({ table, id, op: 'upsert', fields, hlc });
    await this.db.meta.put({ key: CLOCK_KEY, value: hlc });
    return hlc;
  }

  async recordDelete(table: EntityTableName, id: string, last: Record<string, unknown>): Promise<string> {
    const hlc = this.clock.now();
    await this.db.tombstones.put({ table, id, hlc, last });
    await this.db.outbox.add({ table, id, op: 'delete', hlc });
    await this.db.meta.put({ key: CLOCK_KEY, value: hlc });
    return hlc;
  }
}
