import { ACTION_STATUSES, type ActionItem } from '../../../../shared/domain/entities';
import { EntityRepository, type RepositoryContext } from './EntityRepository';

/** Undated items sort after every dated one. */
export const NO_DUE_DATE = '9999-12-31';

/** The follow-up filters: either may be left open (`null`). */
export interface ActionItemFilter {
  ownerId: string | null;
  status: ActionItem['status'] | null;
}

/**
 * Lists show outstanding work first: each status in ACTION_STATUSES order (open, in progress, done,
 * cancelled), soonest due first within it. They read through two compound indexes, `[status+_due]` and
 * `[_owner+status+_due]`: a status is one index range, and a list of every status is those ranges one
 * after another (a deep page counts the ranges before it). So every filter reads through an index, and
 * an item costs a bulk import two index entries for the lists. Items nobody owns get no `_owner`, so no
 * entry in the owner index: no list asks for them by owner.
 */
export class ActionItemRepository extends EntityRepository<'actionItems'> {
  constructor(ctx: RepositoryContext) {
    super(ctx, 'actionItems', (a) => ({
      ...(a.ownerId ? { _owner: a.ownerId } : {}),
      _due: a.dueDate ?? NO_DUE_DATE,
    }));
  }

  async forMeeting(meetingId: string): Promise<ActionItem[]> {
    return this.sortByDue(this.toEntities(await this.table.where('meetingId').equals(meetingId).toArray()));
  }

  async forAgreement(agreementId: string): Promise<ActionItem[]> {
    return this.sortByDue(
      this.toEntities(await this.table.where('agreementId').equals(agreementId).toArray()),
    );
  }

  /** A page of the items matching `filter`: by status (open, in progress, done, cancelled), then due date. */
  async page(filter: ActionItemFilter, limit = 200, offset = 0): Promise<ActionItem[]> {
    const rows = [];
    let skip = offset;
    for (const status of statusesOf(filter)) {
      if (rows.length >= limit) break;
      if (skip > 0) {
        const count = await this.withStatus(filter.ownerId, status).count();
        if (skip >= count) {
          skip -= count;
          continue;
        }
      }
      rows.push(
        ...(await this.withStatus(filter.ownerId, status)
          .offset(skip)
          .limit(limit - rows.length)
          .toArray()),
      );
      skip = 0;
    }
    return this.toEntities(rows);
  }

  /** How many items match `filter`, counted on the index without reading them. */
  async countMatching(filter: ActionItemFilter): Promise<number> {
    const counts = await Promise.all(
      statusesOf(filter).map((status) => this.withStatus(filter.ownerId, status).count()),
    );
    return counts.reduce((sum, count) => sum + count, 0);
  }

  private withStatus(ownerId: string | null, status: ActionItem['status']) {
    return ownerId === null
      ? this.table.where('[status+_due]').between([status, ''], [status, '\uffff'], true, true)
      : this.table
          .where('[_owner+status+_due]')
          .between([ownerId, status, ''], [ownerId, status, '\uffff'], true, true);
  }

  private sortByDue(items: ActionItem[]): ActionItem[] {
    return items.sort((a, b) => (a.dueDate ?? NO_DUE_DATE).localeCompare(b.dueDate ?? NO_DUE_DATE));
  }
}

function statusesOf(filter: ActionItemFilter): ReadonlyArray<ActionItem['status']> {
  return filter.status === null ? ACTION_STATUSES : [filter.status];
}
