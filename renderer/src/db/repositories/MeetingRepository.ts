import type { Table } from 'dexie';
import type { Meeting } from '../../../../shared/domain/entities';
import type { EntityTableName } from '../../../../shared/domain/entityTables';
import { EntityRepository, type RepositoryContext } from './EntityRepository';

export class MeetingRepository extends EntityRepository<'meetings'> {
  constructor(ctx: RepositoryContext) {
    super(ctx, 'meetings');
  }

  /** An event's meetings starting within [from, to], by start time. */
  async forEvent(eventId: string, from = 0, to = Number.MAX_SAFE_INTEGER, limit = 1000): Promise<Meeting[]> {
    const rows = await this.table
      .where('[eventId+startsAt]')
      .between([eventId, from], [eventId, to], true, true)
      .limit(limit)
      .toArray();
    return this.toEntities(rows);
  }

  /** An event's meetings, newest first, a page at a time (the meetings list filtered to one event). */
  async forEventNewestFirst(eventId: string, limit = 100, offset = 0): Promise<Meeting[]> {
    const rows = await this.table
      .where('[eventId+startsAt]')
      .between([eventId, 0], [eventId, Number.MAX_SAFE_INTEGER], true, true)
      .reverse()
      .offset(offset)
      .limit(limit)
      .toArray();
    return this.toEntities(rows);
  }

  /** How many meetings an event has, counted on the `[eventId+startsAt]` index without reading them. */
  async countForEvent(eventId: string): Promise<number> {
    return this.table
      .where('[eventId+startsAt]')
      .between([eventId, 0], [eventId, Number.MAX_SAFE_INTEGER], true, true)
      .count();
  }

  /** Meetings of every event, newest first, a page at a time. */
  async recent(limit = 100, offset = 0): Promise<Meeting[]> {
    return this.toEntities(
      await this.table.orderBy('startsAt').reverse().offset(offset).limit(limit).toArray(),
    );
  }

  async forOrganization(organizationId: string, limit = 500): Promise<Meeting[]> {
    const rows = await this.table.where('counterpartOrgIds').equals(organizationId).limit(limit).toArray();
    return this.toEntities(rows).sort((a, b) => b.startsAt - a.startsAt);
  }

  async forPerson(personId: string, limit = 500): Promise<Meeting[]> {
    const rows = await this.table.where('participantIds').equals(personId).limit(limit).toArray();
    return this.toEntities(rows).sort((a, b) => b.startsAt - a.startsAt);
  }

  protected override cascadeTables(): Table[] {
    return [this.db.notes, this.db.actionItems, this.db.attachments];
  }

  /** Deleting a meeting deletes its notes, action items and attachments with it. */
  protected override async dependents(id: string): Promise<Array<[EntityTableName, string]>> {
    const [notes, items, files] = await Promise.all([
      this.db.notes.where('meetingId').equals(id).primaryKeys(),
      this.db.actionItems.where('meetingId').equals(id).primaryKeys(),
      this.db.attachments.where('[ownerType+ownerId]').equals(['meeting', id]).primaryKeys(),
    ]);
    return [
      ...notes.map((key): [EntityTableName, string] => ['notes', key]),
      ...items.map((key): [EntityTableName, string] => ['actionItems', key]),
      ...files.map((key): [EntityTableName, string] => ['attachments', key]),
    ];
  }
}
