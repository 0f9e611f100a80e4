/**
 * Clash detection for the Today view: a meeting clashes when it overlaps a session one of its
 * participants attends, or another meeting that shares a participant. Touching ends (10:00–10:30 and
 * 10:30–11:00) do not clash; cancelled meetings never do.
 */
export interface TimedItem {
  id: string;
  startsAt: number;
  endsAt: number;
}

export interface MeetingLike extends TimedItem {
  participantIds: readonly string[];
  status?: string;
}

export interface SessionLike extends TimedItem {
  attendeeIds: readonly string[];
}

export interface Clash {
  meetingId: string;
  /** The other item: a session or a meeting. */
  otherId: string;
  otherKind: 'session' | 'meeting';
  personIds: string[];
}

function overlaps(a: TimedItem, b: TimedItem): boolean {
  return a.startsAt < b.endsAt && b.startsAt < a.endsAt;
}

function shared(a: readonly string[], b: readonly string[]): string[] {
  const set = new Set(a);
  return b.filter((id) => set.has(id));
}

export function findClashes(meetings: readonly MeetingLike[], sessions: readonly SessionLike[]): Clash[] {
  const active = [...meetings]
    .filter((m) => m.status !== 'cancelled')
    .sort((a, b) => a.startsAt - b.startsAt);
  const clashes: Clash[] = [];
  for (const meeting of active) {
    for (const session of sessions) {
      if (!overlaps(meeting, session)) continue;
      const people = shared(meeting.participantIds, session.attendeeIds);
      if (people.length > 0)
        clashes.push({ meetingId: meeting.id, otherId: session.id, otherKind: 'session', personIds: people });
    }
  }
  // Sorted by start, so only later meetings that begin before this one ends can overlap it.
  for (let i = 0; i < active.length; i++) {
    const a = active[i]!;
    for (let j = i + 1; j < active.length && active[j]!.startsAt < a.endsAt; j++) {
      const b = active[j]!;
      if (!overlaps(a, b)) continue;
      const people = shared(a.participantIds, b.participantIds);
      if (people.length === 0) continue;
      clashes.push({ meetingId: a.id, otherId: b.id, otherKind: 'meeting', personIds: people });
      clashes.push({ meetingId: b.id, otherId: a.id, otherKind: 'meeting', personIds: people });
    }
  }
  return clashes;
}
