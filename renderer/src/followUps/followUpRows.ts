/**
 * A page of follow-ups as the list shows it: each item with the owner, meeting and agreement it names
 * (read once per page, not per row), and whether it is overdue today.
 */
import type { ActionItem, Agreement, Meeting, Person } from '../../../shared/domain/entities';
import type { Repositories } from '../db/repositories/createRepositories';
import { recordsById } from '../ui/recordsById';
import { isOverdue } from './isOverdue';

export interface FollowUpRow {
  item: ActionItem;
  overdue: boolean;
  owner: Person | undefined;
  meeting: Meeting | undefined;
  agreement: Agreement | undefined;
}

/** A page of items with the owners, meetings and agreements it names, and whether each is overdue. */
export async function followUpRows(
  repos: Repositories,
  items: ActionItem[],
  today: string,
): Promise<FollowUpRow[]> {
  const [owners, meetings, agreements] = await Promise.all([
    recordsById(
      repos.people,
      items.map((i) => i.ownerId),
    ),
    recordsById(
      repos.meetings,
      items.map((i) => i.meetingId),
    ),
    recordsById(
      repos.agreements,
      items.map((i) => i.agreementId),
    ),
  ]);
  return items.map((item) => ({
    item,
    overdue: isOverdue(item, today),
    owner: item.ownerId ? owners.get(item.ownerId) : undefined,
    meeting: item.meetingId ? meetings.get(item.meetingId) : undefined,
    agreement: item.agreementId ? agreements.get(item.agreementId) : undefined,
  }));
}
