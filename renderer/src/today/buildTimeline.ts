/**
 * Merges a day's sessions and meetings into one timeline by start time, and gives each item the clashes
 * it takes part in, person by person, so the view can say who is double-booked and where.
 */
import type { Meeting, Session } from '../../../shared/domain/entities';
import { findClashes } from '../../../shared/rules/clashes';

export interface ClashNote {
  personId: string;
  /** The title of the session or meeting the person is also expected at. */
  otherTitle: string;
}

export type TimelineEntry = { clashes: ClashNote[] } & (
  { kind: 'session'; item: Session } | { kind: 'meeting'; item: Meeting }
);

export function buildTimeline(sessions: readonly Session[], meetings: readonly Meeting[]): TimelineEntry[] {
  const titles = new Map<string, string>([...sessions, ...meetings].map((x) => [x.id, x.title]));
  const notes = new Map<string, ClashNote[]>();
  const note = (itemId: string, personId: string, otherId: string) =>
    notes.set(itemId, [...(notes.get(itemId) ?? []), { personId, otherTitle: titles.get(otherId) ?? '' }]);
  for (const clash of findClashes(meetings, sessions)) {
    for (const personId of clash.personIds) {
      note(clash.meetingId, personId, clash.otherId);
      // Meeting pairs come back in both directions already; a session hears of its clash only here.
      if (clash.otherKind === 'session') note(clash.otherId, personId, clash.meetingId);
    }
  }
  const entries: TimelineEntry[] = [
    ...sessions.map((item) => ({ kind: 'session' as const, item, clashes: notes.get(item.id) ?? [] })),
    ...meetings.map((item) => ({ kind: 'meeting' as const, item, clashes: notes.get(item.id) ?? [] })),
  ];
  // Sessions first among items starting together: they are the fixed frame the meetings fit around.
  const rank = (entry: TimelineEntry) => (entry.kind === 'session' ? 0 : 1);
  return entries.sort(
    (a, b) => a.item.startsAt - b.item.startsAt || rank(a) - rank(b) || a.item.endsAt - b.item.endsAt,
  );
}
