/**
 * An organizers' calendar file becomes the sessions of one event. Each VEVENT is a session whose kind is
 * guessed from its title (English or Chinese); a session already on the event with the same start and
 * the same title (folded) is matched, not added again, so importing an updated agenda twice is safe.
 */
import { Session, type Event, type SESSION_KINDS } from '../domain/entities';
import { MAX_LINE_LENGTH } from '../domain/primitives';
import { toFieldIssues } from '../domain/validation';
import { foldText } from '../search/foldText';
import { addDaysToIsoDate, zonedDayRange } from '../time/zonedTime';
import type { ParsedCalendarEvent } from './ics';

type SessionKind = (typeof SESSION_KINDS)[number];

const KIND_HINTS: Array<[SessionKind, RegExp]> = [
  ['opening-ceremony', /opening|开幕/],
  ['closing-ceremony', /closing|闭幕/],
  ['keynote', /keynote|主旨|主题演讲/],
  ['ministerial-roundtable', /roundtable|round table|圆桌/],
  ['parallel-session', /parallel|breakout|平行|分论坛/],
];

export function guessSessionKind(title: string): SessionKind {
  const folded = foldText(title);
  return KIND_HINTS.find(([, pattern]) => pattern.test(folded))?.[0] ?? 'other';
}

/** Cuts text to a one-line field's length without splitting a character written as a surrogate pair. */
function clip(text: string): string {
  if (text.length <= MAX_LINE_LENGTH) return text;
  const end = /[\uD800-\uDBFF]/.test(text[MAX_LINE_LENGTH - 1]!) ? MAX_LINE_LENGTH - 1 : MAX_LINE_LENGTH;
  return text.slice(0, end);
}

export interface PlannedSession {
  entity: Session;
  /** True when the event already has this session (it is left unchanged). */
  existing: boolean;
  /** True when it starts outside the event's days (imported all the same, but worth a look). */
  outsideEvent: boolean;
  line: number;
}

export interface AgendaProblem {
  line: number;
  field: string;
  detail: string;
}

export function planAgenda(
  parsed: readonly ParsedCalendarEvent[],
  event: Event,
  existing: readonly Session[],
  newId: () => string,
): { sessions: PlannedSession[]; problems: AgendaProblem[] } {
  const sessions: PlannedSession[] = [];
  const problems: AgendaProblem[] = [];
  const first = zonedDayRange(event.startDate, event.timeZone).start;
  const last = zonedDayRange(addDaysToIsoDate(event.endDate, 0), event.timeZone).end;
  const key = (title: string, startsAt: number) => `${startsAt}|${foldText(title.trim())}`;
  const known = new Map(existing.map((s) => [key(s.title, s.startsAt), s]));
  const seen = new Set<string>();
  for (const item of parsed) {
    // Matched as it is stored: a longer title is cut to the field's length first, so that importing the
    // same file again finds the session it added.
    const title = clip(item.summary || item.location || '—');
    const k = key(title, item.startsAt);
    if (seen.has(k)) continue;
    seen.add(k);
    const outsideEvent = item.startsAt < first || item.startsAt > last;
    const match = known.get(k);
    if (match) {
      sessions.push({ entity: match, existing: true, outsideEvent, line: item.line });
      continue;
    }
    const result = Session.safeParse({
      id: newId(),
      eventId: event.id,
      kind: guessSessionKind(title),
      title,
      startsAt: item.startsAt,
      endsAt: item.endsAt,
      room: clip(item.location),
      attendeeIds: [],
    });
    if (!result.success) {
      for (const i of toFieldIssues(result.error))
        problems.push({ line: item.line, field: i.field, detail: i.message });
      continue;
    }
    sessions.push({ entity: result.data, existing: false, outsideEvent, line: item.line });
  }
  sessions.sort((a, b) => a.entity.startsAt - b.entity.startsAt);
  return { sessions, problems };
}
