/**
 * What the search index reads from the archive and where it keeps itself: pages of searchable records
 * with their text, the records named by outbox entries, and the persisted index. The search worker uses
 * this, so it, too, reaches Dexie only through the db layer.
 */
import type { Meeting, Organization } from '../../../shared/domain/entities';
import type { EntityTableName } from '../../../shared/domain/entityTables';
import {
  agreementSearchText,
  meetingSearchText,
  organizationSearchText,
  personSearchText,
  type SearchableTable,
  type SearchText,
} from '../../../shared/search/searchText';
import type { OutboxEntry } from '../../../shared/sync/change';
import type { LiaisonDatabase } from './LiaisonDatabase';
import { stripDerived } from './repositories/EntityRepository';

export interface SearchRecord {
  table: SearchableTable;
  id: string;
  text: SearchText;
}

const INDEX_KEY = 'compact';
/**
 * Would be bumped by anything that changed records without marking the outbox. Nothing does today (sync
 * merges and restores mark it too); the key stays so an index can be invalidated wholesale if needed.
 */
export const DATA_GENERATION_KEY = 'dataGeneration';

export class SearchSource {
  constructor(private readonly db: LiaisonDatabase) {}

  count(table: SearchableTable): Promise<number> {
    return this.db.table(table).count();
  }

  /** The next page of a table in id order, after `afterId`. */
  async page(table: SearchableTable, afterId: string | null, limit: number): Promise<SearchRecord[]> {
    const collection =
      afterId === null ? this.db.table(table).orderBy('id') : this.db.table(table).where('id').above(afterId);
    const rows = (await collection.limit(limit).toArray()) as Array<Record<string, unknown>>;
    return this.withText(table, rows);
  }

  /** The current text of the given records; ids that no longer exist are left out. */
  async records(table: SearchableTable, ids: readonly string[]): Promise<SearchRecord[]> {
    const rows = (await this.db.table(table).bulkGet([...ids])).filter(Boolean) as Array<
      Record<string, unknown>
    >;
    return this.withText(table, rows);
  }

  /** Meetings whose notes are among `noteIds` (live or deleted). */
  async meetingsOfNotes(noteIds: readonly string[]): Promise<string[]> {
    const live = (await this.db.notes.bulkGet([...noteIds])).flatMap((n) => (n ? [n.meetingId] : []));
    const gone = (
      await this.db.tombstones.bulkGet(noteIds.map((id): [EntityTableName, string] => ['notes', id]))
    ).flatMap((t) => (t && typeof t.last['meetingId'] === 'string' ? [t.last['meetingId']] : []));
    return [...new Set([...live, ...gone])];
  }

  /** Meetings with any of these organizations as counterpart: their search text holds its names. */
  async meetingsOfOrganizations(organizationIds: readonly string[]): Promise<string[]> {
    return [
      ...new Set(
        await this.db.meetings
          .where('counterpartOrgIds')
          .anyOf([...organizationIds])
          .primaryKeys(),
      ),
    ];
  }

  async outboxAfter(seq: number): Promise<OutboxEntry[]> {
    return this.db.outbox.where('seq').above(seq).toArray();
  }

  async lastOutboxSeq(): Promise<number> {
    return (await this.db.outbox.orderBy('seq').last())?.seq ?? 0;
  }

  async dataGeneration(): Promise<number> {
    const value = (await this.db.meta.get(DATA_GENERATION_KEY))?.value;
    return typeof value === 'number' ? value : 0;
  }

  async loadIndex(): Promise<unknown> {
    return (await this.db.searchIndex.get(INDEX_KEY))?.value;
  }

  async saveIndex(value: unknown): Promise<void> {
    await this.db.transaction('rw', this.db.searchIndex, () =>
      this.db.searchIndex.put({ key: INDEX_KEY, value }),
    );
  }

  private async withText(
    table: SearchableTable,
    rows: Array<Record<string, unknown>>,
  ): Promise<SearchRecord[]> {
    if (table !== 'meetings') {
      return rows.map((row) => ({ table, id: row['id'] as string, text: textOf(table, stripDerived(row)) }));
    }
    const notes = await this.db.notes
      .where('meetingId')
      .anyOf(rows.map((r) => r['id'] as string))
      .toArray();
    const byMeeting = new Map<string, string[]>();
    for (const note of notes)
      byMeeting.set(note.meetingId, [...(byMeeting.get(note.meetingId) ?? []), note.text]);
    const orgIds = [...new Set(rows.flatMap((r) => r['counterpartOrgIds'] as string[]))];
    const orgs = new Map<string, Organization>();
    for (const org of await this.db.organizations.bulkGet(orgIds))
      if (org) orgs.set(org.id, stripDerived(org));
    return rows.map((row) => {
      const meeting = stripDerived(row) as unknown as Meeting;
      const counterparts = meeting.counterpartOrgIds.flatMap((id) => orgs.get(id) ?? []);
      return {
        table,
        id: meeting.id,
        text: meetingSearchText(meeting, byMeeting.get(meeting.id), counterparts),
      };
    });
  }
}

function textOf(table: Exclude<SearchableTable, 'meetings'>, entity: Record<string, unknown>): SearchText {
  switch (table) {
    case 'people':
      return personSearchText(entity as never);
    case 'organizations':
      return organizationSearchText(entity as never);
    case 'agreements':
      return agreementSearchText(entity as never);
  }
}
