/**
 * Writes many new records at once (the sample event, imports) in one strict transaction: everything is
 * validated first, then each table is written with one bulk call, with the same change capture as
 * single writes. Either all records are stored or none.
 */
import { ENTITY_TABLES, type EntityOf, type EntityTableName } from '../../../shared/domain/entityTables';
import { ValidationError, toFieldIssues } from '../../../shared/domain/validation';
import { CLOCK_KEY, type ChangeCapture } from './ChangeCapture';
import type { FieldClockRow, LiaisonDatabase, OutboxRow, Row } from './LiaisonDatabase';
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
    const byTable = new Map<EntityTableName, Array<Row<Record<string, unknown>>>>();
    const clocks: FieldClockRow[] = [];
    const outbox: OutboxRow[] = [];
    for (const [index, record] of records.entries()) {
      const parsed = ENTITY_TABLES[record.table].schema.safeParse(record.entity);
      if (!parsed.success) {
        const issues = toFieldIssues(parsed.error).map((i) => ({
          ...i,
          field: `${record.table}[${index}].${i.field}`,
        }));
        throw new ValidationError(issues);
      }
      const row = this.repos[record.table].rowFor(parsed.data as never) as Row<Record<string, unknown>>;
      byTable.set(record.table, [...(byTable.get(record.table) ?? []), row]);
    }
    const tables = [...byTable.keys()].map((name) => this.db.table(name));
    await this.db.transaction('rw', [...tables, ...this.capture.tables], async () => {
      for (const record of records) {
        const { id, ...fields } = record.entity as Record<string, unknown> & { id: string };
        const hlc = this.capture.clock.now();
        clocks.push({
          table: record.table,
          id,
          clocks: Object.fromEntries(Object.keys(fields).map((f) => [f, hlc])),
        });
        outbox.push({ table: record.table, id, op: 'upsert', fields, hlc });
      }
      for (const [name, rows] of byTable) await this.db.table(name).bulkAdd(rows);
      await this.db.fieldClocks.bulkPut(clocks);
      await this.db.outbox.bulkAdd(outbox);
      await this.db.meta.put({ key: CLOCK_KEY, value: this.capture.clock.current() });
    });
    return Object.fromEntries([...byTable].map(([name, rows]) => [name, rows.length]));
  }
}
