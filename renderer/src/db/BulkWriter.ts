/**
 * Writes many new records at once (the sample event, imports) in one strict transaction: everything is
 * validated first, then each table is written with one bulk call and marked in the outbox with one entry.
 * Either all records are stored or none.
 */
import { ENTITY_TABLES, type EntityOf, type EntityTableName } from '../../../shared/domain/entityTables';
import { ValidationError, toFieldIssues } from '../../../shared/domain/validation';
import type { ChangeCapture } from './ChangeCapture';
import type { LiaisonDatabase } from './LiaisonDatabase';
import type { Repositories } from './repositories/createRepositories';

export type NewRecord = { [N in EntityTableName]: { table: N; entity: EntityOf<N> } }[EntityTableName];

export class BulkWriter {
  constructor(
    private readonly db: LiaisonDatabase,
    private readonly capture: ChangeCapture,
    private readonly repos: Repositories,
  ) {}

  /** Validates every record, then stores them all; returns how many were written per table. */
  async create(records: readonly NewRecord[]): Promise<Record<string, number>> {
    return this.write(this.prepare(records));
  }

  /**
   * Validates records and computes their stored rows, without writing. Imports prepare the next chunk
   * while the previous one's transaction is being committed to disk.
   */
  prepare(records: readonly NewRecord[]): PreparedRecords {
    const valid = new Map<EntityTableName, Array<EntityOf<EntityTableName>>>();
    for (const [index, record] of records.entries()) {
      const parsed = ENTITY_TABLES[record.table].schema.safeParse(record.entity);
      if (!parsed.success) {
        const issues = toFieldIssues(parsed.error).map((i) => ({
          ...i,
          field: `${record.table}[${index}].${i.field}`,
        }));
        throw new ValidationError(issues);
      }
      const list = valid.get(record.table);
      if (list) list.push(parsed.data);
      else valid.set(record.table, [parsed.data]);
    }
    return { tables: valid };
  }

  /** Stores prepared records in one strict transaction, marked in the outbox with one entry per table. */
  async write(prepared: PreparedRecords): Promise<Record<string, number>> {
    const tables = [...prepared.tables.keys()].map((name) => this.db.table(name));
    await this.db.transaction('rw', [...tables, ...this.capture.tables], () =>
      // Every table's rows are handed over at once: IndexedDB runs them in order, and the database is not
      // left waiting for one table's last write to be confirmed before the next table's rows arrive.
      Promise.all(
        [...prepared.tables].map(([name, entities]) => {
          const hlc = this.capture.stamp();
          const rows = entities.map((entity) => this.repos[name].rowFor(entity as never, hlc));
          return Promise.all([
            this.db.table(name).bulkAdd(rows),
            this.capture.recordUpsert(
              name,
              entities.map((e) => e.id),
              null,
              hlc,
            ),
          ]);
        }),
      ),
    );
    return Object.fromEntries([...prepared.tables].map(([name, entities]) => [name, entities.length]));
  }
}

export interface PreparedRecords {
  tables: Map<EntityTableName, Array<EntityOf<EntityTableName>>>;
}
