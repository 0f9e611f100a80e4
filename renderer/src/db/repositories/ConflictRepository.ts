/**
 * The conflicts sync's merges keep (text that lost to a concurrent edit), and their resolution. A
 * resolution is an edit like any other: the record's field goes through its own repository (so its
 * clocks and lineage are set as for a typed edit) and the conflict's `resolution` is stamped and marked in
 * the outbox, both in one transaction, so the choice reaches every other laptop.
 */
import { ENTITY_TABLES, type EntityOf } from '../../../../shared/domain/entityTables';
import type { SyncedTable } from '../../../../shared/sync/change';
import { clockOfField, stampFields } from '../../../../shared/sync/recordClocks';
import type { Conflict } from '../../../../shared/sync/syncedTables';
import type { Row } from '../LiaisonDatabase';
import { NotFoundError, stripDerived, type RepositoryContext } from './EntityRepository';
import type { AgreementRepository } from './AgreementRepository';
import type { MeetingRepository } from './MeetingRepository';
import type { NoteRepository } from './NoteRepository';
import type { PersonRepository } from './PersonRepository';

/** The tables whose long text can be in conflict (the schema types `Conflict.table` as a string). */
export type ConflictTable = 'people' | 'meetings' | 'notes' | 'agreements';

/** What to do with a conflict: keep the record's text, take the other version, or save a hand merge. */
export type ConflictChoice =
  { kind: 'keep-current' } | { kind: 'keep-other' } | { kind: 'merged'; text: string };

/** The record a conflict belongs to, as it is now. */
export type ConflictSubject =
  /** The record exists: its text in the conflicting field, and that text's stamp (author and time). */
  | { state: 'live'; record: EntityOf<ConflictTable>; text: string; stamp: string }
  /** The record was deleted: its last fields, from its tombstone (for its title). */
  | { state: 'deleted'; last: Record<string, unknown> }
  /** Nothing is known of the record here (its own change has not arrived). */
  | { state: 'missing' };

type LongTextRepositories = {
  people: PersonRepository;
  meetings: MeetingRepository;
  notes: NoteRepository;
  agreements: AgreementRepository;
};

export class ConflictAlreadyResolvedError extends Error {
  constructor(id: string) {
    super(`Conflict ${id} has already been resolved`);
    this.name = 'ConflictAlreadyResolvedError';
  }
}

/** Taking a version into a record that no longer exists: the text can only be copied or dismissed. */
export class ConflictRecordGoneError extends Error {
  constructor(table: string, id: string) {
    super(`The ${table} record ${id} was deleted; its conflicting text can only be copied or dismissed`);
    this.name = 'ConflictRecordGoneError';
  }
}

const RESOLUTION_OF = {
  'keep-current': 'kept-current',
  'keep-other': 'kept-other',
  merged: 'merged',
} as const satisfies Record<ConflictChoice['kind'], Conflict['resolution']>;

/** Open conflicts are read a page at a time (the list pages through them). */
export const CONFLICT_PAGE = 50;

export class ConflictRepository {
  constructor(
    private readonly ctx: RepositoryContext,
    private readonly records: LongTextRepositories,
  ) {}

  private get db() {
    return this.ctx.db;
  }

  /** The repository that writes the conflict's field; only a long-text field can take a version. */
  private recordsOf(conflict: Conflict): {
    update(id: string, patch: Record<string, string>): Promise<unknown>;
  } {
    const table = conflict.table as ConflictTable;
    const longText: readonly string[] = Object.hasOwn(this.records, table)
      ? ENTITY_TABLES[table].longText
      : [];
    if (!longText.includes(conflict.field))
      throw new Error(`${conflict.table}.${conflict.field} is not a long-text field`);
    return this.records[table] as unknown as {
      update(id: string, patch: Record<string, string>): Promise<unknown>;
    };
  }

  async get(id: string): Promise<Conflict | undefined> {
    const row = await this.db.conflicts.get(id);
    return row ? stripDerived<Conflict>(row) : undefined;
  }

  /** Open conflicts, a page at a time, in the `resolution` index's order (stable across pages). */
  async open(limit = CONFLICT_PAGE, offset = 0): Promise<Conflict[]> {
    const rows = await this.db.conflicts
      .where('resolution')
      .equals('open')
      .offset(offset)
      .limit(limit)
      .toArray();
    return rows.map((row) => stripDerived<Conflict>(row));
  }

  /** How many conflicts are open, counted on the index (the navigation's badge). */
  async countOpen(): Promise<number> {
    return this.db.conflicts.where('resolution').equals('open').count();
  }

  /** A record's conflicts, open or resolved (a record rarely has more than a few). */
  async forRecord(recordId: string, limit = 100): Promise<Conflict[]> {
    const rows = await this.db.conflicts.where('recordId').equals(recordId).limit(limit).toArray();
    return rows.map((row) => stripDerived<Conflict>(row));
  }

  /** The record a conflict is about, as it is now: live with its current text, deleted, or unknown. */
  async subject(conflict: Conflict): Promise<ConflictSubject> {
    return this.db.transaction('r', this.db.table(conflict.table), this.db.tombstones, async () => {
      const row = (await this.db.table(conflict.table).get(conflict.recordId)) as
        Row<Record<string, unknown>> | undefined;
      if (row) {
        const text = row[conflict.field];
        return {
          state: 'live' as const,
          record: stripDerived<EntityOf<ConflictTable>>(row),
          text: typeof text === 'string' ? text : '',
          stamp: clockOfField(row, conflict.field),
        };
      }
      const tombstone = await this.db.tombstones.get([conflict.table as SyncedTable, conflict.recordId]);
      if (tombstone)
        return { state: 'deleted' as const, last: stripDerived<Record<string, unknown>>(tombstone.last) };
      return { state: 'missing' as const };
    });
  }

  /**
   * Resolves an open conflict. Keep-other and merged write the record's field through its repository
   * (a deleted record cannot take text: copy it, or dismiss with keep-current); keep-current leaves the
   * record as it is. Either way the conflict's resolution is stamped and sent, in the same transaction.
   */
  async resolve(conflictId: string, choice: ConflictChoice): Promise<Conflict> {
    const found = await this.db.conflicts.get(conflictId);
    if (!found) throw new NotFoundError('conflicts', conflictId);
    const records = this.db.table(found.table);
    return this.db.transaction('rw', [this.db.conflicts, records, ...this.ctx.capture.tables], async () => {
      // Read again inside the transaction: another laptop's resolution may have been merged meanwhile.
      const row = await this.db.conflicts.get(conflictId);
      if (!row) throw new NotFoundError('conflicts', conflictId);
      if (row.resolution !== 'open') throw new ConflictAlreadyResolvedError(conflictId);
      if (choice.kind !== 'keep-current') {
        if (!(await records.get(row.recordId))) throw new ConflictRecordGoneError(row.table, row.recordId);
        const text = choice.kind === 'merged' ? choice.text : row.text;
        await this.recordsOf(row).update(row.recordId, { [row.field]: text });
      }
      const resolution = RESOLUTION_OF[choice.kind];
      const hlc = this.ctx.capture.stamp();
      const resolved: Conflict = { ...stripDerived<Conflict>(row), resolution };
      await this.db.conflicts.put({ ...resolved, ...stampFields(row, ['resolution'], hlc) });
      // ChangeCapture types its table as an entity table, but the outbox carries any synced table and
      // OutgoingChanges reads conflicts like the rest.
      await this.ctx.capture.recordUpsert('conflicts', [conflictId], ['resolution'], hlc);
      return resolved;
    });
  }
}
