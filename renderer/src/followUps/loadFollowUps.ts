/**
 * A page of follow-ups, soonest due first and undated last, read through one index: the owner's, else
 * the status's, else the due date's. Also reads the owners, meetings and agreements the page names.
 */
import type { ActionItem, Agreement, Meeting, Person } from '../../../shared/domain/entities';
import type { Repositories } from '../db/repositories/createRepositories';
import { recordsById } from '../ui/recordsById';

export interface FollowUpFilters {
  ownerId: string | null;
  status: ActionItem['status'] | null;
}

export interface FollowUpPage {
  items: ActionItem[];
  owners: Map<string, Person>;
  meetings: Map<string, Meeting>;
  agreements: Map<string, Agreement>;
  more: boolean;
}

export async function loadFollowUps(
  repos: Repositories,
  filters: FollowUpFilters,
  limit: number,
): Promise<FollowUpPage> {
  const read = filters.ownerId
    ? await repos.actionItems.forOwner(filters.ownerId, limit)
    : filters.status
      ? await repos.actionItems.withStatus(filters.status, limit)
      : await repos.actionItems.byDueDate(limit, 0);
  const items = filters.status ? read.filter((item) => item.status === filters.status) : read;
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
  return { items, owners, meetings, agreements, more: read.length >= limit };
}
