/**
 * A page of follow-ups, soonest due first and undated last, read through one index: the owner's, else
 * the status's, else the due date's. Also reads the owners, meetings and agreements the page names.
 */
import type { ActionItem, Agreement, Meeting, Person } from '../../../shared/domain/entities';
import type { Repositories } from '../db/repositories/createRepositories';

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

const ids = (values: Array<string | null>) => [...new Set(values.filter((v): v is string => v !== null))];

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
    repos.people.getMany(ids(items.map((i) => i.ownerId))),
    repos.meetings.getMany(ids(items.map((i) => i.meetingId))),
    repos.agreements.getMany(ids(items.map((i) => i.agreementId))),
  ]);
  const byId = <T extends { id: string }>(records: T[]) => new Map(records.map((r) => [r.id, r]));
  return {
    items,
    owners: byId(owners),
    meetings: byId(meetings),
    agreements: byId(agreements),
    more: read.length >= limit,
  };
}
