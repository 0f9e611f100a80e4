/**
 * Which meetings a document can be made from, and which of them the user chose. A scope is one event's
 * meetings (read through the `[eventId+startsAt]` index) or every meeting (through `startsAt`), so that
 * meetings outside any event can be chosen too. A whole scope is walked a page at a time: an event may
 * hold more than the 1,000 meetings one read returns, and the archive 100,000.
 */
import type { Meeting } from '../../../shared/domain/entities';
import type { Repositories } from '../db/repositories/createRepositories';
import { recordsById } from '../ui/recordsById';

export type MeetingScope = { kind: 'event'; eventId: string } | { kind: 'all' };

/** What a job keeps of each chosen meeting until it prints it: a batch of thousands stays small. */
export type MeetingRef = Pick<Meeting, 'id' | 'title' | 'startsAt' | 'eventId' | 'confidentiality'>;

/** Meetings read per request while walking a whole scope. */
const PAGE = 500;

export function countInScope(repos: Repositories, scope: MeetingScope): Promise<number> {
  return scope.kind === 'event' ? repos.meetings.countForEvent(scope.eventId) : repos.meetings.count();
}

/** The first `limit` meetings as the chooser lists them: an event's in order, all meetings newest first. */
export function firstInScope(repos: Repositories, scope: MeetingScope, limit: number): Promise<Meeting[]> {
  return scope.kind === 'event'
    ? repos.meetings.forEvent(scope.eventId, 0, Number.MAX_SAFE_INTEGER, limit)
    : repos.meetings.recent(limit);
}

function toRef({ id, title, startsAt, eventId, confidentiality }: Meeting): MeetingRef {
  return { id, title, startsAt, eventId, confidentiality };
}

function byTime(a: MeetingRef, b: MeetingRef): number {
  return a.startsAt - b.startsAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Every meeting of the scope that `keep` accepts, oldest first. */
export async function meetingsInScope(
  repos: Repositories,
  scope: MeetingScope,
  keep: (meeting: Meeting) => boolean = () => true,
  signal?: AbortSignal,
): Promise<MeetingRef[]> {
  const found = new Map<string, MeetingRef>();
  for (let offset = 0; ; offset += PAGE) {
    signal?.throwIfAborted();
    const page =
      scope.kind === 'event'
        ? await repos.meetings.forEventNewestFirst(scope.eventId, PAGE, offset)
        : await repos.meetings.recent(PAGE, offset);
    // A meeting added while this walks shifts the pages by one; the map keeps each meeting once.
    for (const meeting of page) if (keep(meeting)) found.set(meeting.id, toRef(meeting));
    if (page.length < PAGE) break;
  }
  return [...found.values()].sort(byTime);
}

/**
 * The user's choice: every meeting of the scope except `ids`, or only `ids`. "All but these" lets an
 * event of 5,000 meetings be chosen whole without holding 5,000 ids.
 */
export interface MeetingSelection {
  readonly except: boolean;
  readonly ids: ReadonlySet<string>;
}

export const EVERY_MEETING: MeetingSelection = { except: true, ids: new Set() };
export const NO_MEETING: MeetingSelection = { except: false, ids: new Set() };

export function isChosen(selection: MeetingSelection, id: string): boolean {
  return selection.except !== selection.ids.has(id);
}

export function withChoice(selection: MeetingSelection, id: string, chosen: boolean): MeetingSelection {
  const ids = new Set(selection.ids);
  if (chosen === selection.except) ids.delete(id);
  else ids.add(id);
  return { except: selection.except, ids };
}

export function chosenCount(selection: MeetingSelection, total: number): number {
  return selection.except ? Math.max(0, total - selection.ids.size) : selection.ids.size;
}

/** The chosen meetings that still exist, oldest first. */
export async function chosenMeetings(
  repos: Repositories,
  scope: MeetingScope,
  selection: MeetingSelection,
  signal?: AbortSignal,
): Promise<MeetingRef[]> {
  if (selection.except) return meetingsInScope(repos, scope, (m) => !selection.ids.has(m.id), signal);
  const found = await recordsById(repos.meetings, selection.ids);
  return [...found.values()].map(toRef).sort(byTime);
}
