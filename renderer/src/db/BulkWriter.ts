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
      valid.set(record.table, [...(valid.get(record.table) ?? []), parsed.data]);
    }
    const tables = [...valid.keys()].map((name) => this.db.table(name));
    await this.db.transaction('rw', [...tables, ...this.capture.tables], async () => {
      for (const [name, entities] of valid) {
        const hlc = this.capture.stamp();
        const rows = entities.map((entity) => this.repos[name].rowFor(entity as never, hlc));
        await this.db.table(name).bulkAdd(rows);
        await this.capture.recordUpsert(
          name,
          entities.map((e) => e.id),
          null,
          hlc,
        );
      }
    });
    return Object.fromEntries([...valid].map(([name, entities]) => [name, entities.length]));
  }
}
