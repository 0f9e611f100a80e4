/**
 * ICS files checked with ical.js, an independent parser: it computes each time from the VTIMEZONE we
 * wrote (not from its own zone data), so these tests prove the VTIMEZONE rules, not only the syntax.
 */
import { describe, expect, it } from 'vitest';
import { foldLine, unfoldLines } from '../../../shared/formats/contentLines';
import { parseIcs, writeIcs, type CalendarEntry } from '../../../shared/formats/ics';
import { zoneTransitions } from '../../../shared/formats/vtimezone';
import { zonedToInstant } from '../../../shared/time/zonedTime';
import { readWithIcalJs } from './readWithIcalJs';

const entry = (overrides: Partial<CalendarEntry>): CalendarEntry => ({
  uid: 'meeting-01J0000000000000000000000@liaison',
  summary: 'Bilateral meeting',
  description: '',
  location: '',
  startsAt: 0,
  endsAt: 0,
  timeZone: 'UTC',
  categories: [],
  status: 'CONFIRMED',
  ...overrides,
});

const at = (date: string, time: string, zone: string) => zonedToInstant(date, time, zone);

const options = { now: Date.UTC(2025, 0, 1), calendarName: 'Liaison', appVersion: '0.1.0' };

describe('ICS', () => {
  it('writes New York times across both DST changes that ical.js reads back to the same instants', () => {
    const times = [
      ['2025-03-08', '09:00'],
      ['2025-03-09', '09:00'],
      ['2025-03-09', '03:30'],
      ['2025-07-01', '14:00'],
      ['2025-11-01', '23:30'],
      ['2025-11-02', '01:30'],
      ['2025-11-02', '10:00'],
      ['2025-12-31', '23:00'],
    ] as const;
    const entries = times.map(([date, time], i) =>
      entry({
        uid: `session-${i}@liaison`,
        startsAt: at(date, time, 'America/New_York'),
        endsAt: at(date, time, 'America/New_York') + 3_600_000,
        timeZone: 'America/New_York',
      }),
    );
    const text = writeIcs(entries, options);
    expect(text).toContain('DTSTART;TZID=America/New_York:20250309T090000');
    expect(text).toMatch(/RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU/);
    const read = readWithIcalJs(text);
    expect(read.map((e) => e.start)).toEqual(entries.map((e) => e.startsAt));
    expect(read.map((e) => e.end)).toEqual(entries.map((e) => e.endsAt));
    expect(read[0]!.zone).toBe('America/New_York');
  });

  it('writes Shanghai times (no DST) with a one-observance VTIMEZONE', () => {
    const startsAt = at('2024-11-21', '09:00', 'Asia/Shanghai');
    const text = writeIcs(
      [
        entry({
          startsAt,
          endsAt: startsAt + 5_400_000,
          timeZone: 'Asia/Shanghai',
          summary: '开幕式 Opening',
        }),
      ],
      options,
    );
    expect(text).toContain('TZID:Asia/Shanghai');
    expect(text).toContain('TZOFFSETTO:+0800');
    expect(text).toContain('DTSTART;TZID=Asia/Shanghai:20241121T090000');
    const [read] = readWithIcalJs(text);
    expect(read!.start).toBe(Date.UTC(2024, 10, 21, 1, 0));
    expect(read!.summary).toBe('开幕式 Opening');
  });

  it('mixes zones in one file, each with its VTIMEZONE, and keeps UIDs and text', () => {
    const ny = at('2024-11-03', '01:30', 'America/New_York');
    const sh = at('2024-11-22', '15:00', 'Asia/Shanghai');
    const text = writeIcs(
      [
        entry({
          uid: 'a@liaison',
          startsAt: ny,
          endsAt: ny + 60_000 * 90,
          timeZone: 'America/New_York',
          location: 'Room 1, East; Wing\\B',
          description: 'Line one\nLine two, with a comma',
        }),
        entry({ uid: 'b@liaison', startsAt: sh, endsAt: sh, timeZone: 'Asia/Shanghai' }),
      ],
      options,
    );
    expect(text.match(/BEGIN:VTIMEZONE/g)).toHaveLength(2);
    const read = readWithIcalJs(text);
    expect(read.map((e) => [e.uid, e.start])).toEqual([
      ['a@liaison', ny],
      ['b@liaison', sh],
    ]);
    expect(read[0]!.location).toBe('Room 1, East; Wing\\B');
    expect(read[0]!.description).toBe('Line one\nLine two, with a comma');
  });

  it('writes CRLF lines of at most 75 octets, folded without splitting a character', () => {
    const summary = 'ការប្រជុំទ្វេភាគីជាមួយវិទ្យាស្ថានជាតិកសិកម្មព្រែកលៀប 与柬埔寨代表团的双边会谈';
    const startsAt = at('2024-11-21', '12:15', 'Asia/Shanghai');
    const text = writeIcs(
      [entry({ summary, startsAt, endsAt: startsAt, timeZone: 'Asia/Shanghai' })],
      options,
    );
    const physical = text.split('\r\n');
    expect(physical.at(-1)).toBe('');
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    for (const line of physical) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(readWithIcalJs(text)[0]!.summary).toBe(summary);
    expect(unfoldLines(foldLine(`SUMMARY:${summary}`).replace(/\r\n/g, '\n'))[0]!.text).toBe(
      `SUMMARY:${summary}`,
    );
  });

  it('round-trips its own files through its reader', () => {
    const startsAt = at('2025-03-09', '09:00', 'America/New_York');
    const text = writeIcs(
      [
        entry({
          startsAt,
          endsAt: startsAt + 3_600_000,
          timeZone: 'America/New_York',
          summary: 'Keynote, part 1',
        }),
      ],
      options,
    );
    const { events, problems } = parseIcs(text, 'Asia/Shanghai');
    expect(problems).toEqual([]);
    expect(events).toMatchObject([{ summary: 'Keynote, part 1', startsAt, endsAt: startsAt + 3_600_000 }]);
  });

  it('finds the transitions of a zone to the minute', () => {
    const list = zoneTransitions('America/New_York', Date.UTC(2025, 0, 1), Date.UTC(2026, 0, 1));
    expect(list).toEqual([
      { at: Date.UTC(2025, 2, 9, 7), from: -300, to: -240 },
      { at: Date.UTC(2025, 10, 2, 6), from: -240, to: -300 },
    ]);
  });
});
