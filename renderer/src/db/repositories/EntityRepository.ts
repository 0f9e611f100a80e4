/**
 * The base of every synced repository. Repositories are the only code that touches Dexie: each write
 * validates the entity with its zod schema, stores it with its derived index keys, and records the change
 * (clock stamps, outbox, tombstone) in the same strict transaction.
 */
import type { Table } from 'dexie';
import type { z } from 'zod';
import { ENTITY_TABLES, type EntityOf, type EntityTableName } from '../../../../shared/domain/entityTables';
import { ulid } from '../../../../shared/domain/ulid';
import { parseOrThrow } from '../../../../shared/domain/validation';
import { seenLongText, stampFields, type RecordClocks } from '../../../../shared/sync/recordClocks';
import type { ChangeCapture } from '../ChangeCapture';
import type { LiaisonDatabase, Row } from '../LiaisonDatabase';

/** Largest key list read with bulkGet on a hot path; bigger reads must page through an index. */
export const MAX_BULK_GET = 1000;

export class NotFoundError extends Error {
  constructor(table: string, id: string) {
    super(`No ${table} record with id ${id}`);
    this.name = 'NotFoundError';
  }
}

export interface RepositoryContext {
  db: LiaisonDatabase;
  capture: ChangeCapture;
}

type Derive<T> = (entity: T) => Record<`_${string}`, unknown>;

function isDerived(key: string): boolean {
  return key.startsWith('_');
}

export function stripDerived<T>(row: Row<T> | Record<string, unknown>): T {
  const entity: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) if (!isDerived(key)) entity[key] = value;
  return entity as T;
}

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

export type NewEntity<T extends { id: string }> = Omit<T, 'id'> & { id?: string };

function schemaOf<N extends EntityTableName>(table: N): z.ZodType<EntityOf<N>> {
  return ENTITY_TABLES[table].schema as unknown as z.ZodType<EntityOf<N>>;
}

export class EntityRepository<N extends EntityTableName> {
  constructor(
    protected readonly ctx: RepositoryContext,
    readonly tableName: N,
    private readonly derive: Derive<EntityOf<N>> = () => ({}),
  ) {}

  protected get db(): LiaisonDatabase {
    return this.ctx.db;
  }

  protected get table(): Table<Row<EntityOf<N>>, string> {
    return this.ctx.db.table(this.tableName);
  }

  protected toRow(entity: EntityOf<N>, clocks: RecordClocks): Row<EntityOf<N>> {
    return { ...entity, ...this.derive(entity), ...clocks } as Row<EntityOf<N>>;
  }

  /** The stored form of a valid new entity: its fields, derived index keys and clock (for bulk writes). */
  rowFor(entity: EntityOf<N>, hlc: string): Row<EntityOf<N>> {
    return this.toRow(entity, { _clock: hlc });
  }

  /** The stored form of a valid entity with the clocks it already has (a merged change from sync). */
  rowWithClocks(entity: EntityOf<N>, clocks: RecordClocks): Row<EntityOf<N>> {
    return this.toRow(entity, clocks);
  }

  protected toEntities(rows: Array<Row<EntityOf<N>> | undefined>): Array<EntityOf<N>> {
    return rows.filter((r): r is Row<EntityOf<N>> => r !== undefined).map((r) => stripDerived(r));
  }

  /** Runs `fn` in one strict read-write transaction over this table, the change tables and `extra`. */
  protected write<R>(extra: Table[], fn: () => Promise<R>): Promise<R> {
    return this.db.transaction('rw', [this.table, ...this.ctx.capture.tables, ...extra], fn);
  }

  async get(id: string): Promise<EntityOf<N> | undefined> {
    const row = await this.table.get(id);
    return row ? stripDerived(row) : undefined;
  }

  async count(): Promise<number> {
    return this.table.count();
  }

  async getMany(ids: readonly string[]): Promise<Array<EntityOf<N>>> {
    if (ids.length > MAX_BULK_GET)
      throw new Error(`getMany is limited to ${MAX_BULK_GET} ids; page through an index`);
    return this.toEntities(await this.table.bulkGet([...ids]));
  }

  async create(input: NewEntity<EntityOf<N>>): Promise<EntityOf<N>> {
    const entity = parseOrThrow(schemaOf(this.tableName), { ...input, id: input.id ?? ulid() });
    await this.write([], async () => {
      const hlc = this.ctx.capture.stamp();
      await this.table.add(this.rowFor(entity, hlc));
      await this.ctx.capture.recordUpsert(this.tableName, [entity.id], null, hlc);
    });
    return entity;
  }

  /**
   * Applies a patch and records only the fields that really changed. A patch that changes nothing writes
   * nothing, so autosave can call this freely.
   */
  async update(id: string, patch: Partial<Omit<EntityOf<N>, 'id'>>): Promise<EntityOf<N>> {
    return this.write([], async () => {
      const row = await this.table.get(id);
      if (!row) throw new NotFoundError(this.tableName, id);
      const current = stripDerived(row) as Record<string, unknown>;
      const next = parseOrThrow(schemaOf(this.tableName), { ...current, ...patch, id });
      const changed = Object.entries(next as Record<string, unknown>)
        .filter(([field, value]) => field !== 'id' && !sameValue(current[field], value))
        .map(([field]) => field);
      if (changed.length === 0) return stripDerived(row);
      const hlc = this.ctx.capture.stamp();
      const longText = ENTITY_TABLES[this.tableName].longText as readonly string[];
      await this.table.put(this.toRow(next, stampFields(row, changed, hlc, longText)));
      await this.ctx.capture.recordUpsert(this.tableName, [id], changed, hlc);
      return next;
    });
  }

  async delete(id: string): Promise<void> {
    await this.write(this.cascadeTables(), () => this.deleteInTransaction(id));
  }

  /** Tables a delete of this entity also writes (for cascades). */
  protected cascadeTables(): Table[] {
    return [];
  }

  /** Records that go with this one when it is deleted (a meeting's notes, …). */
  protected dependents(_id: string): Promise<Array<[EntityTableName, string]>> {
    return Promise.resolve([]);
  }

  /**
   * Deletes the record and its dependents within the open transaction. Kept flat on purpose: Dexie loses
   * track of its transaction across deeply nested native async calls, and then commits too early.
   */
  protected async deleteInTransaction(id: string): Promise<void> {
    const targets: Array<[EntityTableName, string]> = [...(await this.dependents(id)), [this.tableName, id]];
    for (const [tableName, key] of targets) {
      const table = this.db.table(tableName);
      const row = (await table.get(key)) as Row<Record<string, unknown>> | undefined;
      if (!row) continue;
      await table.delete(key);
      // The tombstone keeps the clocks too, so a late edit from another laptop can be weighed against it.
      const { _clock, _fieldClocks, _lineage, ...rest } = row;
      await this.ctx.capture.recordDelete(
        tableName,
        key,
        { ...stripDerived(rest as typeof row), _clock, _fieldClocks, _lineage },
        seenLongText(row, ENTITY_TABLES[tableName].longText),
      );
    }
  }
}
