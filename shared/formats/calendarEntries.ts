/**
 * Meetings and sessions as calendar entries. The UID is derived from the record's id, so a calendar that
 * imports the file again updates its entries. A confidential meeting's agenda is never written: a
 * calendar file is made to be shared.
 */
import type { Meeting, Session } from '../domain/entities';
import type { CalendarEntry } from './ics';

export function sessionEntry(session: Session, zone: string): CalendarEntry {
  return {
    uid: `session-${session.id}@liaison`,
    summary: session.title,
    description: '',
    location: session.room,
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    timeZone: zone,
    categories: [],
    status: 'CONFIRMED',
  };
}

export function meetingEntry(meeting: Meeting, zone: string, counterparts: string[]): CalendarEntry {
  const agenda = meeting.confidentiality === 'confidential' ? '' : meeting.agenda;
  return {
    uid: `meeting-${meeting.id}@liaison`,
    summary: meeting.title,
    description: [counterparts.join(', '), agenda].filter(Boolean).join('\n\n'),
    location: meeting.location,
    startsAt: meeting.startsAt,
    endsAt: meeting.endsAt,
    timeZone: zone,
    categories: meeting.tags,
    status: meeting.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
  };
}
