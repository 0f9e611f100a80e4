import { describe, expect, it } from 'vitest';
import type { Event, Session } from '../../../shared/domain/entities';
import { createUlidFactory } from '../../../shared/domain/ulid';
import { guessSessionKind, planAgenda } from '../../../shared/formats/agendaImport';
import { IcsFileError, parseIcs } from '../../../shared/formats/ics';
import { buildSampleEvent } from '../../../shared/sample/sampleEvent';

/** What an organizer's Outlook exports: Windows zone names, CRLF, folded lines, a custom VTIMEZONE. */
const OUTLOOK_AGENDA = [
  'BEGIN:VCALENDAR',
  'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN',
  'VERSION:2.0',
  'BEGIN:VTIMEZONE',
  'TZID:China Standard Time',
  'BEGIN:STANDARD',
  'DTSTART:16010101T000000',
  'TZOFFSETFROM:+0800',
  'TZOFFSETTO:+0800',
  'END:STANDARD',
  'END:VTIMEZONE',
  'BEGIN:VEVENT',
  'UID:040000008200E00074C5B7101A82E00800000000',
  'SUMMARY;LANGUAGE=zh-cn:开幕式 Opening Ceremony',
  'DTSTART;TZID=China Standard Time:20241121T090000',
  'DTEND;TZID=China Standard Time:20241121T103000',
  'LOCATION:Main Hall',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'SUMMARY:Parallel Session: ការអប់រំបច្ចេកទេស និងវិជ្ជាជីវៈ (Khmer panel) with a title long enough to',
  '  be folded',
  'DTSTART:20241122T010000Z',
  'DURATION:PT2H',
  'LOCATION:Room 305\\, Level 3',
  'BEGIN:VALARM',
  'TRIGGER:-PT15M',
  'ACTION:DISPLAY',
  'END:VALARM',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'SUMMARY:วันเปิดงาน Floating lunch',
  'DTSTART:20241121T120000',
  'DTEND:20241121T130000',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'SUMMARY:Site visit (unknown zone)',
  'DTSTART;TZID=Mars Standard Time:20241123T090000',
  'DTEND;TZID=Mars Standard Time:20241123T100000',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'SUMMARY:Broken',
  'DTSTART:20241121T250000',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

describe('organizers’ agenda', () => {
  const records = buildSampleEvent();
  const event = records[0]!.entity as Event;
  const existing = records.filter((r) => r.table === 'sessions').map((r) => r.entity as Session);

  it('reads Windows zone names, UTC, durations and floating times into instants', () => {
    const { events, problems } = parseIcs(OUTLOOK_AGENDA, 'Asia/Shanghai');
    expect(events.map((e) => [e.summary, e.startsAt, e.endsAt])).toEqual([
      ['开幕式 Opening Ceremony', Date.UTC(2024, 10, 21, 1), Date.UTC(2024, 10, 21, 2, 30)],
      [
        'Parallel Session: ការអប់រំបច្ចេកទេស និងវិជ្ជាជីវៈ (Khmer panel) with a title long enough to be folded',
        Date.UTC(2024, 10, 22, 1),
        Date.UTC(2024, 10, 22, 3),
      ],
      ['วันเปิดงาน Floating lunch', Date.UTC(2024, 10, 21, 4), Date.UTC(2024, 10, 21, 5)],
    ]);
    expect(events[1]!.location).toBe('Room 305, Level 3');
    expect(problems.map((p) => [p.code, p.detail, p.skipped])).toEqual([
      ['unknownZone', 'Mars Standard Time', true],
      ['badTime', 'Broken', true],
    ]);
  });

  it('turns the events into sessions of the chosen event, matching sessions it already has', () => {
    const { events } = parseIcs(OUTLOOK_AGENDA, event.timeZone);
    const again = { ...events[0]!, summary: 'Opening Ceremony', line: 99 };
    const plan = planAgenda([...events, again], event, existing, createUlidFactory());
    expect(plan.sessions.map((s) => [s.entity.title, s.entity.kind, s.existing])).toEqual([
      ['开幕式 Opening Ceremony', 'opening-ceremony', false],
      ['Opening Ceremony', 'opening-ceremony', true],
      ['วันเปิดงาน Floating lunch', 'other', false],
      [
        'Parallel Session: ការអប់រំបច្ចេកទេស និងវិជ្ជាជីវៈ (Khmer panel) with a title long enough to be folded',
        'parallel-session',
        false,
      ],
    ]);
    expect(plan.sessions.every((s) => s.entity.eventId === event.id && !s.outsideEvent)).toBe(true);
    expect(plan.problems).toEqual([]);
  });

  it('cuts a title past 300 characters, keeps an emoji at the cut whole, and matches it when imported again', () => {
    const long = `${'x'.repeat(299)}🎓 and more`;
    const { events } = parseIcs(
      ['BEGIN:VCALENDAR', 'BEGIN:VEVENT', `SUMMARY:${long}`, 'DTSTART;VALUE=DATE:20241121', 'END:VEVENT']
        .concat(['BEGIN:VEVENT', `SUMMARY:${'y'.repeat(400)}`, 'DTSTART:20241121T090000Z', 'END:VEVENT'])
        .concat(['END:VCALENDAR'])
        .join('\r\n'),
      event.timeZone,
    );
    const first = planAgenda(events, event, [], createUlidFactory());
    expect(first.sessions.map((s) => s.entity.title)).toEqual(['x'.repeat(299), 'y'.repeat(300)]);
    const again = planAgenda(
      events,
      event,
      first.sessions.map((s) => s.entity),
      createUlidFactory(),
    );
    expect(again.sessions.map((s) => s.existing)).toEqual([true, true]);
  });

  it('rejects a file that is not a calendar', () => {
    expect(() => parseIcs('BEGIN:VCARD\r\nEND:VCARD', 'UTC')).toThrow(IcsFileError);
    expect(guessSessionKind('主旨演讲')).toBe('keynote');
  });
});
