/**
 * Fuzzing the agenda import past the calendar reader (shared/formats/agendaImport.ts): an event's
 * sessions exported by the app's own calendar export are planned back as the same sessions; any
 * calendar text plans only valid sessions of that event (or is refused with an IcsFileError), and
 * planning the same file again adds nothing.
 */
import fc from 'fast-check';
import { describe, expect } from 'vitest';
import { Session, type Event } from '../../../shared/domain/entities';
import { createUlidFactory } from '../../../shared/domain/ulid';
import { planAgenda } from '../../../shared/formats/agendaImport';
import { sessionEntry } from '../../../shared/formats/calendarEntries';
import { IcsFileError, parseIcs, writeIcs } from '../../../shared/formats/ics';
import { foldText } from '../../../shared/search/foldText';
import { entities, entity, text, wholeSeconds } from './entityArbitraries';
import { fuzzTimeout, reliabilityLog } from './reliabilityLog';

const { fuzz } = reliabilityLog(import.meta.url, 'Hostile input', 'Agenda import (ICS)');

/** iCalendar carries text lines: a CR does not survive any calendar's line endings. */
const noCr = (s: string) => s.replace(/\r/g, '');
const ZONES = ['Asia/Shanghai', 'Asia/Phnom_Penh', 'UTC', 'America/St_Johns'];

/** Trips starting from 1970 to November 9999, the year 2100 often. */
const tripStart = wholeSeconds(Date.UTC(9999, 10, 1));

/** An event's sessions, within 40 days of its start and at most three days long each. */
const trip = fc
  .tuple(
    entity('events'),
    fc.constantFrom(...ZONES),
    tripStart,
    entities('sessions', 4),
    fc.array(fc.tuple(fc.nat({ max: 40 * 86_400 }), fc.nat({ max: 3 * 86_400 })), {
      minLength: 4,
      maxLength: 4,
    }),
  )
  .map(([event, timeZone, start, sessions, times]): [Event, Session[]] => [
    { ...event, timeZone },
    sessions
      .map((s, i) => ({
        ...s,
        eventId: event.id,
        title: noCr(s.title).trim(),
        room: noCr(s.room).trim(),
        startsAt: start + times[i]![0] * 1000,
        endsAt: start + (times[i]![0] + times[i]![1]) * 1000,
      }))
      .filter((s) => s.title !== ''),
  ]);

const calendarLine = fc.oneof(
  fc.constantFrom(
    'BEGIN:VCALENDAR',
    'END:VCALENDAR',
    'BEGIN:VEVENT',
    'END:VEVENT',
    'SUMMARY:Opening ceremony 开幕式',
    'SUMMARY:__proto__',
    'SUMMARY:',
    `SUMMARY:${'x'.repeat(400)}`,
    'LOCATION:Hall\\, 3',
    'DTSTART:21000101T090000Z',
    'DTSTART;VALUE=DATE:20241121',
    'DTSTART;TZID=Asia/Shanghai:20241121T090000',
    'DTEND:20241121T080000Z',
    'DTEND:99991231T235959Z',
    'DURATION:PT1H',
    'DURATION:-PT1H',
    'RRULE:FREQ=DAILY',
    ' folded',
  ),
  text(30),
);

describe('agenda import under fuzzing', { timeout: fuzzTimeout(10) }, () => {
  fuzz('sessions exported to a calendar are planned back as the same sessions, the year 2100 included', () =>
    fc.property(trip, ([event, sessions]) => {
      const ics = writeIcs(
        sessions.map((s) => sessionEntry(s, event.timeZone)),
        { now: Date.UTC(2025, 0, 1), calendarName: event.name, appVersion: '0.1.0' },
      );
      const { events, problems } = parseIcs(ics, event.timeZone);
      expect(problems).toEqual([]);
      const plan = planAgenda(events, event, [], createUlidFactory());
      expect(plan.problems).toEqual([]);
      // A session repeating an earlier one's start and title (folded) is the same session.
      const seen = new Set<string>();
      const distinct = sessions.filter((s) => {
        const key = `${s.startsAt}|${foldText(s.title)}`;
        return !seen.has(key) && seen.add(key);
      });
      const shape = (s: Session) => [s.startsAt, s.endsAt, s.title, s.room, s.eventId];
      expect(plan.sessions.map((p) => shape(p.entity)).sort()).toEqual(distinct.map(shape).sort());
    }),
  );

  fuzz('any calendar text plans only valid sessions of the event, and planning it again adds none', () =>
    fc.property(fc.array(calendarLine, { maxLength: 24 }), entity('events'), (lines, event) => {
      let parsed;
      try {
        parsed = parseIcs(lines.join('\r\n'), event.timeZone);
      } catch (error) {
        if (!(error instanceof IcsFileError)) throw error;
        return;
      }
      const first = planAgenda(parsed.events, event, [], createUlidFactory());
      for (const s of first.sessions) {
        expect(Session.safeParse(s.entity).success).toBe(true);
        expect(s.entity.eventId).toBe(event.id);
      }
      const again = planAgenda(
        parsed.events,
        event,
        first.sessions.map((s) => s.entity),
        createUlidFactory(),
      );
      expect(again.sessions.filter((s) => !s.existing)).toEqual([]);
    }),
  );
});
