import type { ActionItem } from '../../../../shared/domain/entities';
import { EntityRepository, type RepositoryContext } from './EntityRepository';

/** Undated items sort after every dated one. */
export const NO_DUE_DATE = '9999-12-31';

export class ActionItemRepository extends EntityRepository<'actionItems'> {
  constructor(ctx: RepositoryContext) {
    super(ctx, 'actionItems', (a) => ({ _owner: a.ownerId ?? '', _due: a.dueDate ?? NO_DUE_DATE }));
  }

  async forMeeting(meetingId: string): Promise<ActionItem[]> {
    return this.sortByDue(this.toEntities(await this.table.where('meetingId').equals(meetingId).toArray()));
  }

  async forAgreement(agreementId: string): Promise<ActionItem[]> {
    return this.sortByDue(
      this.toEntities(await this.table.where('agreementId').equals(agreementId).toArray()),
    );
  }

  /** Every item by due date, a page at a time. */
  async byDueDate(limit = 200, offset = 0): Promise<ActionItem[]> {
    return this.toEntities(await this.table.orderBy('_due').offset(offset).limit(limit).toArray());
  }

  /** Items in one status by due date, undated last, a page at a time. */
  async withStatus(status: ActionItem['status'], limit = 200, offset = 0): Promise<ActionItem[]> {
    const rows = await this.table
      .where('[status+_due]')
      .between([status, ''], [status, '\uffff'])
      .offset(offset)
      .limit(limit)
      .toArray();
    return this.toEntities(rows);
  }

  async countWithStatus(status: ActionItem['status']): Promise<number> {
    return this.table.where('[status+_due]').between([status, ''], [status, '\uffff']).count();
  }

  /** An owner's items by due date; `null` for items nobody owns yet. */
  async forOwner(ownerId: string | null, limit = 200, offset = 0): Promise<ActionItem[]> {
    const owner = ownerId ?? '';
    const rows = await this.table
      .where('[_owner+_due]')
      .between([owner, ''], [owner, '\uffff'])
      .offset(offset)
      .limit(limit)
      .toArray();
    return this.toEntities(rows);
  }

  async countForOwner(ownerId: string | null): Promise<number> {
    const owner = ownerId ?? '';
    return this.table.where('[_owner+_due]').between([owner, ''], [owner, '\uffff']).count();
  }

  private sortByDue(items: ActionItem[]): ActionItem[] {
    return items.sort((a, b) => (a.dueDate ?? NO_DUE_DATE).localeCompare(b.dueDate ?? NO_DUE_DATE));
  }
}
