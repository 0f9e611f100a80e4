/**
 * What a push sends: every record marked in the outbox within a range of positions, as its whole current
 * state (or its delete). The outbox only marks records, so ten edits of a note travel once, as the note
 * is now. Records are sent in a fixed order (table, then id), so a push that was interrupted can skip the
 * ones it had already sent when it resumes over the same range.
 */
import Dexie from 'dexie';
import type { Change, SyncedTable } from '../../../../shared/sync/change';
import { SYNCED_TABLE_NAMES } from '../../../../shared/sync/syncedTables';
import type { LiaisonDatabase } from '../LiaisonDatabase';
import { readStoredRecords } from './readStoredRecords';
import { changeFromStored } from './storedRecords';

const OUTBOX_PAGE = 2000;

/** A record as sync names it: its table and id. */
export type RecordKey = [SyncedTable, string];
const READ_PAGE = 500;

export interface OutgoingRange {
  /** Outbox positions after this one… */
  after: number;
  /** …up to and including this one. */
  upTo: number;
  /** Changes that came from this target are not sent back to it. */
  excludeOrigin?: string;
}

export class OutgoingChanges {
  constructor(private readonly db: LiaisonDatabase) {}

  /** The newest outbox position (0 when nothing was ever written). */
  async lastSeq(): Promise<number> {
    return (await this.db.outbox.orderBy('seq').last())?.seq ?? 0;
  }

  /** The records marked in the range, table by table in a fixed order, ids sorted. */
  async keys(range: OutgoingRange): Promise<Array<[SyncedTable, string[]]>> {
    const byTable = new Map<SyncedTable, Set<string>>();
    let after = range.after;
    for (;;) {
      const page = await this.db.outbox
        .where('seq')
        .between(after, range.upTo, false, true)
        .limit(OUTBOX_PAGE)
        .toArray();
      if (page.length === 0) break;
      for (const entry of page) {
        if (range.excludeOrigin !== undefined && entry.origin === range.excludeOrigin) continue;
        const ids = byTable.get(entry.table) ?? new Set<string>();
        for (const id of entry.ids) ids.add(id);
        byTable.set(entry.table, ids);
      }
      after = page[page.length - 1]!.seq!;
    }
    return SYNCED_TABLE_NAMES.filter((table) => byTable.has(table)).map((table) => [
      table,
      [...byTable.get(table)!].sort(),
    ]);
  }

  /** Every record marked in the range, in the order a push sends them. */
  async queue(range: OutgoingRange): Promise<RecordKey[]> {
    const queue: RecordKey[] = [];
    for (const [table, ids] of await this.keys(range)) for (const id of ids) queue.push([table, id]);
    return queue;
  }

  /** Every record of the archive, live or deleted, in a fixed order (for a bundle of everything). */
  async everything(): Promise<RecordKey[]> {
    const queue: RecordKey[] = [];
    for (const table of SYNCED_TABLE_NAMES) {
      const ids = new Set((await this.db.table(table).toCollection().primaryKeys()) as string[]);
      const gone = await this.db.tombstones
        .where('[table+id]')
        .between([table, Dexie.minKey], [table, Dexie.maxKey])
        .primaryKeys();
      for (const [, id] of gone as Array<[SyncedTable, string]>) ids.add(id);
      for (const id of [...ids].sort()) queue.push([table, id]);
    }
    return queue;
  }

  /**
   * The changes for the records of a queue, at most `chunkSize` records a chunk, skipping the first
   * `skip` records (already sent by an interrupted push). `records` counts the records a chunk covers,
   * including any that vanished without a trace (created and deleted before ever being synced).
   */
  async *changes(
    queue: readonly RecordKey[],
    chunkSize: number,
    skip = 0,
  ): AsyncGenerator<{ changes: Change[]; records: number }> {
    for (let start = skip; start < queue.length; start += chunkSize) {
      const slice = queue.slice(start, start + chunkSize);
      const changes: Change[] = [];
      for (let at = 0; at < slice.length;) {
        const table = slice[at]![0];
        const ids: string[] = [];
        while (at < slice.length && slice[at]![0] === table && ids.length < READ_PAGE)
          ids.push(slice[at++]![1]);
        changes.push(...(await this.read(table, ids)));
      }
      yield { changes, records: slice.length };
    }
  }

  /** The current state of these records: live, deleted, or (never synced and gone) nothing at all. */
  private async read(table: SyncedTable, ids: string[]): Promise<Change[]> {
    return this.db.transaction('r', this.db.table(table), this.db.tombstones, async () => {
      const stored = await readStoredRecords(this.db, table, ids);
      return ids.flatMap((id) => {
        const record = stored.get(id);
        return record ? [changeFromStored(table, id, record)] : [];
      });
    });
  }
}
