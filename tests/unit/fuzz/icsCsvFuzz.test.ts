/**
 * Fuzzing the calendar and spreadsheet readers (shared/formats/ics.ts, csv.ts): what the app's writers
 * write is read back exactly; a date-time in the file is read as the instant it names, or refused as a
 * bad time; any text gives events and problems or the reader's own error, never another exception.
 */
import fc from 'fast-check';
import { describe, expect } from 'vitest';
import { CsvParseError, parseCsv, unescapeFormula, writeCsv } from '../../../shared/formats/csv';
import { IcsFileError, parseIcs, writeIcs, type CalendarEntry } from '../../../shared/formats/ics';
import { line, requiredName, text, ulid, wholeSeconds } from './entityArbitraries';
import { fuzzTimeout, reliabilityLog } from './reliabilityLog';

const { fuzz } = reliabilityLog(import.meta.url, 'Hostile input', 'Calendar (ICS) and CSV import');
const noCr = (s: string) => s.replace(/\r/g, '');
const ZONES = ['UTC', 'Asia/Shanghai', 'Asia/Phnom_Penh', 'Europe/London', 'America/St_Johns'];

/** Whole seconds from 1970 to 2200, the year 2100 often. */
const instant = wholeSeconds(Date.UTC(2200, 0, 1));

const entry = fc
  .record({
    uid: ulid.map((id) => `${id}@liaison`),
    summary: requiredName.map(noCr).filter((s) => s.trim() === s && s.length > 0),
    description: text(100).map(noCr),
    location: line().map(noCr),
    times: fc.tuple(fc.nat({ max: 40 * 86_400 }), fc.nat({ max: 3 * 86_400 })),
    timeZone: fc.constantFrom(...ZONES),
    categories: fc.constant<string[]>([]),
    status: fc.constantFrom('CONFIRMED' as const, 'TENTATIVE' as const, 'CANCELLED' as const),
  })
  .map(({ times: [offset, length], ...e }) => ({ ...e, offset: offset * 1000, length: length * 1000 }));

/** Events of one trip: within 40 days of a start anywhere from 1970 to 2200. */
const trip = fc.tuple(instant, fc.array(entry, { maxLength: 3 })).map(([start, list]): CalendarEntry[] =>
  list.map(({ offset, length, ...e }) => ({
    ...e,
    startsAt: start + offset,
    endsAt: start + offset + length,
  })),
);

const pad = (n: number, width: number) => String(n).padStart(width, '0');

describe('calendar and CSV import under fuzzing', { timeout: fuzzTimeout(15) }, () => {
  fuzz('events written as iCalendar are read back exactly, in every zone, the year 2100 included', () =>
    fc.property(trip, fc.constantFrom(...ZONES), (entries, floating) => {
      const ics = writeIcs(entries, {
        now: Date.UTC(2025, 0, 1),
        calendarName: 'Tianjin',
        appVersion: '0.1.0',
      });
      const { events, problems } = parseIcs(ics, floating);
      expect(problems).toEqual([]);
      expect(events.map(({ line: _l, ...e }) => e)).toEqual(
        entries.map((e) => ({
          uid: e.uid,
          summary: e.summary,
          description: e.description,
          location: e.location,
          startsAt: e.startsAt,
          endsAt: e.endsAt,
          allDay: false,
        })),
      );
    }),
  );

  fuzz('a UTC date-time of any year is read as the instant it names, or refused as a bad time', () =>
    fc.property(
      fc.tuple(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        fc.integer({ min: 0, max: 24 }),
        fc.integer({ min: 0, max: 60 }),
      ),
      ([y, m, d, hh, mm]) => {
        const stamp = `${pad(y, 4)}${pad(m, 2)}${pad(d, 2)}T${pad(hh, 2)}${pad(mm, 2)}00Z`;
        const ics = `BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:x\r\nDTSTART:${stamp}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`;
        const { events, problems } = parseIcs(ics, 'UTC');
        const date = new Date(0);
        date.setUTCFullYear(y, m - 1, d);
        date.setUTCHours(hh, mm, 0, 0);
        const real =
          date.getUTCFullYear() === y &&
          date.getUTCMonth() === m - 1 &&
          date.getUTCDate() === d &&
          hh < 24 &&
          mm < 60;
        if (events.length === 1) {
          expect(real, `${stamp} is not a date`).toBe(true);
          expect(new Date(events[0]!.startsAt).toISOString()).toBe(date.toISOString());
        } else expect(problems.map((p) => p.code)).toEqual(['badTime']);
      },
    ),
  );

  fuzz('any iCalendar-like text gives events and problems or an IcsFileError, never another exception', () =>
    fc.property(
      fc.array(
        fc.oneof(
          fc.constantFrom(
            'BEGIN:VCALENDAR',
            'END:VCALENDAR',
            'BEGIN:VEVENT',
            'END:VEVENT',
            'BEGIN:VALARM',
            'END:VALARM',
            'BEGIN:VTIMEZONE',
            'END:VTIMEZONE',
            'TZID:Custom',
            'TZOFFSETTO:+0700',
            'TZOFFSETFROM:-9999',
            'DTSTART:21000101T090000Z',
            'DTSTART;TZID=Custom:20240820T090000',
            'DTSTART;VALUE=DATE:20240820',
            'DTSTART;TZID=Mars/Olympus:20240820T090000',
            'DTEND:99991231T235959Z',
            'DTEND:19700101T000000',
            'DURATION:P99999999W',
            'DURATION:-PT1H',
            'SUMMARY:__proto__',
            'RRULE:FREQ=DAILY',
            ' folded',
          ),
          text(30),
        ),
        { maxLength: 24 },
      ),
      fc.constantFrom(...ZONES),
      (lines, floating) => {
        let result;
        try {
          result = parseIcs(lines.join('\r\n'), floating);
        } catch (error) {
          if (!(error instanceof IcsFileError)) throw error;
          return;
        }
        for (const event of result.events) {
          expect(Number.isFinite(event.startsAt) && Number.isFinite(event.endsAt)).toBe(true);
          expect(event.endsAt).toBeGreaterThanOrEqual(event.startsAt);
        }
      },
    ),
  );

  fuzz('rows written as CSV are read back exactly, whatever their cells hold', () =>
    fc.property(
      fc.array(
        fc.array(
          fc.oneof(text(20), fc.constantFrom('=1+1', "'=SUM(A1)", '-3', 'a;b', 'x\ty', ' pad ', '"q"', '')),
          {
            minLength: 1,
            maxLength: 5,
          },
        ),
        { maxLength: 5 },
      ),
      (rows) => {
        const { rows: read } = parseCsv(writeCsv(rows));
        expect(read.map((row) => row.map(unescapeFormula))).toEqual(
          rows.filter((row) => row.some((c) => c !== '')),
        );
      },
    ),
  );

  fuzz('any text is read as CSV rows or refused with a CsvParseError, never another exception', () =>
    fc.property(
      fc.string({ unit: fc.constantFrom(...'a,;\t"\r\n\uFEFF\u0000 '), maxLength: 80 }),
      (input) => {
        try {
          const { rows } = parseCsv(input, { maxRows: 5, maxColumns: 6 });
          expect(rows.length).toBeLessThanOrEqual(5);
          for (const row of rows) expect(row.length).toBeLessThanOrEqual(6);
        } catch (error) {
          if (!(error instanceof CsvParseError)) throw error;
          expect(error.line).toBeGreaterThan(0);
        }
      },
    ),
  );
});
