/**
 * How the follow-ups list reads, soonest due first and undated last, so that no filter reads a whole
 * table: with no filter, an owner or a status, it pages through that filter's index (`_due`,
 * `[_owner+_due]`, `[status+_due]`) and counts on the same range. With both, no index matches: the owner's
 * items are read through theirs, at most MAX_NARROWED, narrowed to the status in memory and paged from
 * memory; `capped` says when that read stopped at its bound. A page then reads the owners, meetings and
 * agreements it names.
 */
import type { ActionItem, Agreement, Meeting, Person } from '../../../shared/domain/entities';
import type { Repositories } from '../db/repositories/createRepositories';
import { recordsById } from '../ui/recordsById';
import { isOverdue } from './isOverdue';

export interface FollowUpFilters {
  ownerId: string | null;
  status: ActionItem['status'] | null;
}

/** An owner's items read, and narrowed to a status in memory, when both filters are set. */
export const MAX_NARROWED = 1000;

/**
 * The list under one set of filters: how to read a page of it, and its size, known already (a narrowed
 * read) or to be counted on the index (which the list does once its first page is read).
 */
export type FollowUpList = {
  /** True when the narrowed read stopped at MAX_NARROWED, so some matches may be missing. */
  capped: boolean;
  page: (offset: number, limit: number) => Promise<ActionItem[]>;
} & ({ count: number; loadCount?: never } | { loadCount: () => Promise<number>; count?: never });

export interface FollowUpRow {
  item: ActionItem;
  overdue: boolean;
  owner: Person | undefined;
  meeting: Meeting | undefined;
  agreement: Agreement | undefined;
}

export async function loadFollowUps(repos: Repositories, filters: FollowUpFilters): Promise<FollowUpList> {
  const items = repos.actionItems;
  const { ownerId, status } = filters;
  if (ownerId && status) {
    const read = await items.forOwner(ownerId, MAX_NARROWED);
    const matching = read.filter((item) => item.status === status);
    return {
      count: matching.length,
      capped: read.length >= MAX_NARROWED,
      page: (offset, limit) => Promise.resolve(matching.slice(offset, offset + limit)),
    };
  }
  if (ownerId)
    return {
      loadCount: () => items.countForOwner(ownerId),
      capped: false,
      page: (offset, limit) => items.forOwner(ownerId, limit, offset),
    };
  if (status)
    return {
      loadCount: () => items.countWithStatus(status),
      capped: false,
      page: (offset, limit) => items.withStatus(status, limit, offset),
    };
  return {
    loadCount: () => items.count(),
    capped: false,
    page: (offset, limit) => items.byDueDate(limit, offset),
  };
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
