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
 * Where a status stands in the lists: outstanding work first (open, then in progress), settled items
 * last. Stored as `_stage` so that one index orders every list and narrows it to a status.
 */
export function actionItemStage(status: ActionItem['status']): number {
  return ACTION_STATUSES.indexOf(status);
}

const LAST_STAGE = ACTION_STATUSES.length - 1;

/**
 * Lists read through two compound indexes, `[_stage+_due]` and `[_owner+_stage+_due]`, so every filter
 * (none, an owner, a status, both) is one index range in the lists' order, and an item costs a bulk
 * import two index entries for them (a `_due` index for the unfiltered list plus `[status+_due]` and
 * `[_owner+_due]` cost three, and left owner-and-status to a capped read narrowed in memory). Items
 * nobody owns get no `_owner` and so no entry in the owner index: no list asks for them by owner.
 */
export class ActionItemRepository extends EntityRepository<'actionItems'> {
  constructor(ctx: RepositoryContext) {
    super(ctx, 'actionItems', (a) => ({
      ...(a.ownerId ? { _owner: a.ownerId } : {}),
      _stage: actionItemStage(a.status),
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

  /** A page of the items matching `filter`: by stage (open, in progress, done, cancelled), then due date. */
  async page(filter: ActionItemFilter, limit = 200, offset = 0): Promise<ActionItem[]> {
    return this.toEntities(await this.matching(filter).offset(offset).limit(limit).toArray());
  }

  /** How many items match `filter`, counted on the index without reading them. */
  async countMatching(filter: ActionItemFilter): Promise<number> {
    return this.matching(filter).count();
  }

  private matching({ ownerId, status }: ActionItemFilter) {
    const first = status === null ? 0 : actionItemStage(status);
    const last = status === null ? LAST_STAGE : first;
    if (ownerId !== null)
      return this.table
        .where('[_owner+_stage+_due]')
        .between([ownerId, first, ''], [ownerId, last, '\uffff'], true, true);
    if (status === null) return this.table.orderBy('[_stage+_due]');
    return this.table.where('[_stage+_due]').between([first, ''], [last, '\uffff'], true, true);
  }

  private sortByDue(items: ActionItem[]): ActionItem[] {
    return items.sort((a, b) => (a.dueDate ?? NO_DUE_DATE).localeCompare(b.dueDate ?? NO_DUE_DATE));
  }
}
