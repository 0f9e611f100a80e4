/**
 * iCalendar (RFC 5545) files of meetings and sessions, and the reading of organizers' calendar files.
 *
 * Written times carry the event's TZID with a VTIMEZONE for each zone used, so Outlook, Google and Apple
 * Calendar place them in the event's zone whatever the reader's laptop is set to. Each record's UID is
 * derived from its id, so importing the file again updates the entries instead of duplicating them.
 *
 * Reading accepts UTC times, TZID times (IANA names, the Windows names Outlook writes, or a VTIMEZONE
 * with one fixed offset) and floating times, which are taken in the zone the caller gives (the event's).
 */
import { isValidTimeZone } from '../domain/primitives';
import { zonedToInstant } from '../time/zonedTime';
import {
  escapeText,
  joinLines,
  param,
  parseContentLine,
  unescapeText,
  unfoldLines,
  type ContentLine,
} from './contentLines';
import { localStamp, vtimezoneLines, zoneOffsetMinutes } from './vtimezone';

export interface CalendarEntry {
  uid: string;
  summary: string;
  description: string;
  location: string;
  startsAt: number;
  endsAt: number;
  timeZone: string;
  categories: string[];
  status: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';
}

export interface WriteIcsOptions {
  /** DTSTAMP: when the file was made. */
  now: number;
  calendarName: string;
  appVersion: string;
}

function utcStamp(instant: number): string {
  return `${localStamp(instant, 0)}Z`;
}

/**
 * True for an instant whose wall-clock time occurs twice (the hour repeated when DST ends). RFC 5545
 * says such a TZID time means the first occurrence, but clients differ (ical.js takes the second), so
 * these are written in UTC, which every client reads the same.
 */
function isRepeatedWallTime(zone: string, instant: number): boolean {
  const offset = zoneOffsetMinutes(zone, instant);
  for (const delta of [-3 * 3_600_000, 3 * 3_600_000]) {
    const other = zoneOffsetMinutes(zone, instant + delta);
    if (other === offset) continue;
    const twin = instant + (offset - other) * 60_000;
    if (twin !== instant && zoneOffsetMinutes(zone, twin) === other) return true;
  }
  return false;
}

export function writeIcs(entries: readonly CalendarEntry[], options: WriteIcsOptions): string {
  const years = new Map<string, [number, number]>();
  for (const entry of entries) {
    const from = new Date(entry.startsAt).getUTCFullYear();
    const to = new Date(entry.endsAt).getUTCFullYear();
    const known = years.get(entry.timeZone);
    years.set(entry.timeZone, known ? [Math.min(known[0], from), Math.max(known[1], to)] : [from, to]);
  }
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//Liaison//Liaison ${options.appVersion}//EN`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.calendarName)}`,
  ];
  for (const [zone, [from, to]] of [...years].sort(([a], [b]) => a.localeCompare(b)))
    if (zone !== 'UTC') lines.push(...vtimezoneLines(zone, from, to));
  const stamp = utcStamp(options.now);
  for (const entry of entries) {
    const time = (instant: number) =>
      entry.timeZone === 'UTC' || isRepeatedWallTime(entry.timeZone, instant)
        ? `:${utcStamp(instant)}`
        : `;TZID=${entry.timeZone}:${localStamp(instant, zoneOffsetMinutes(entry.timeZone, instant))}`;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${entry.uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART${time(entry.startsAt)}`,
      `DTEND${time(entry.endsAt)}`,
      `SUMMARY:${escapeText(entry.summary)}`,
      ...(entry.location ? [`LOCATION:${escapeText(entry.location)}`] : []),
      ...(entry.description ? [`DESCRIPTION:${escapeText(entry.description)}`] : []),
      ...(entry.categories.length ? [`CATEGORIES:${entry.categories.map(escapeText).join(',')}`] : []),
      `STATUS:${entry.status}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return joinLines(lines);
}

/** Windows zone names that Outlook writes as TZID, for the regions Liaison's users travel between. */
const WINDOWS_ZONES: Record<string, string> = {
  'China Standard Time': 'Asia/Shanghai',
  'Taipei Standard Time': 'Asia/Taipei',
  'Tokyo Standard Time': 'Asia/Tokyo',
  'Korea Standard Time': 'Asia/Seoul',
  'SE Asia Standard Time': 'Asia/Bangkok',
  'Singapore Standard Time': 'Asia/Singapore',
  'India Standard Time': 'Asia/Kolkata',
  'Arabian Standard Time': 'Asia/Dubai',
  'Arab Standard Time': 'Asia/Riyadh',
  'Egypt Standard Time': 'Africa/Cairo',
  'Russian Standard Time': 'Europe/Moscow',
  'GMT Standard Time': 'Europe/London',
  'W. Europe Standard Time': 'Europe/Berlin',
  'Romance Standard Time': 'Europe/Paris',
  'Central Europe Standard Time': 'Europe/Budapest',
  'Eastern Standard Time': 'America/New_York',
  'Central Standard Time': 'America/Chicago',
  'Mountain Standard Time': 'America/Denver',
  'Pacific Standard Time': 'America/Los_Angeles',
  'AUS Eastern Standard Time': 'Australia/Sydney',
  UTC: 'UTC',
};

export interface ParsedCalendarEvent {
  uid: string;
  summary: string;
  description: string;
  location: string;
  startsAt: number;
  endsAt: number;
  /** A date-only event (all day), placed from midnight to midnight in the floating zone. */
  allDay: boolean;
  /** Line in the file where the event starts, for messages. */
  line: number;
}

export type IcsProblemCode =
  'noStart' | 'badTime' | 'unknownZone' | 'endBeforeStart' | 'repeating' | 'noSummary' | 'tooManyEvents';

export interface IcsProblem {
  line: number;
  code: IcsProblemCode;
  /** The event's summary or the zone's name, to say which. */
  detail: string;
  /** False for a warning: the event is still read. */
  skipped: boolean;
}

export class IcsFileError extends Error {
  constructor(readonly code: 'notCalendar' | 'unclosed') {
    super(
      code === 'notCalendar' ? 'not an iCalendar file (no BEGIN:VCALENDAR)' : 'the calendar is not closed',
    );
    this.name = 'IcsFileError';
  }
}

export const MAX_ICS_EVENTS = 5000;

interface ZoneResolver {
  (tzid: string): ((wall: WallTime) => number) | null;
}

interface WallTime {
  y: number;
  m: number;
  d: number;
  hh: number;
  mm: number;
  ss: number;
}

/** The last instant the domain's Instant accepts: the end of the year 9999. */
const MAX_INSTANT = 253402300799999;

const DATE_TIME = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/;

function ianaZone(zone: string) {
  return (w: WallTime) => {
    const date = `${w.y}-${String(w.m).padStart(2, '0')}-${String(w.d).padStart(2, '0')}`;
    const time = `${String(w.hh).padStart(2, '0')}:${String(w.mm).padStart(2, '0')}`;
    return zonedToInstant(date, time, zone) + w.ss * 1000;
  };
}

function fixedOffset(minutes: number) {
  return (w: WallTime) => Date.UTC(w.y, w.m - 1, w.d, w.hh, w.mm, w.ss) - minutes * 60_000;
}

function parseOffset(value: string): number | null {
  const match = /^([+-])(\d{2})(\d{2})(\d{2})?$/.exec(value.trim());
  if (!match) return null;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}

export function parseIcs(
  text: string,
  floatingZone: string,
): { events: ParsedCalendarEvent[]; problems: IcsProblem[] } {
  const lines = unfoldLines(text)
    .map(parseContentLine)
    .filter((l): l is ContentLine => l !== null);
  if (!lines.some((l) => l.name === 'BEGIN' && l.value.toUpperCase() === 'VCALENDAR'))
    throw new IcsFileError('notCalendar');

  // VTIMEZONEs first: a TZID they define may be used before them in the file.
  const fixedZones = new Map<string, number | null>();
  const locations = new Map<string, string>();
  let inZone: { id: string; offsets: Set<number> } | null = null;
  for (const line of lines) {
    if (line.name === 'BEGIN' && line.value.toUpperCase() === 'VTIMEZONE')
      inZone = { id: '', offsets: new Set() };
    else if (inZone && line.name === 'TZID') inZone.id = line.value;
    else if (inZone && line.name === 'X-LIC-LOCATION') locations.set(inZone.id, line.value);
    else if (inZone && (line.name === 'TZOFFSETTO' || line.name === 'TZOFFSETFROM')) {
      const offset = parseOffset(line.value);
      if (offset !== null) inZone.offsets.add(offset);
    } else if (inZone && line.name === 'END' && line.value.toUpperCase() === 'VTIMEZONE') {
      fixedZones.set(inZone.id, inZone.offsets.size === 1 ? [...inZone.offsets][0]! : null);
      inZone = null;
    }
  }
  const resolve: ZoneResolver = (tzid) => {
    const candidates = [tzid, tzid.replace(/^\//, ''), WINDOWS_ZONES[tzid], locations.get(tzid)];
    for (const candidate of candidates)
      if (candidate && isValidTimeZone(candidate)) return ianaZone(candidate);
    const fixed = fixedZones.get(tzid);
    return fixed === undefined || fixed === null ? null : fixedOffset(fixed);
  };
  const floating = ianaZone(floatingZone);

  const events: ParsedCalendarEvent[] = [];
  const problems: IcsProblem[] = [];
  let current: ContentLine[] | null = null;
  let depth = 0;
  let start = 0;
  for (const line of lines) {
    const upper = line.value.toUpperCase();
    if (line.name === 'BEGIN' && upper === 'VEVENT' && current === null) {
      current = [];
      depth = 0;
      start = line.line;
    } else if (current && line.name === 'BEGIN') {
      depth++;
    } else if (current && line.name === 'END' && depth > 0) {
      depth--;
    } else if (current && line.name === 'END' && upper === 'VEVENT') {
      if (events.length >= MAX_ICS_EVENTS) {
        problems.push({ line: start, code: 'tooManyEvents', detail: String(MAX_ICS_EVENTS), skipped: true });
        break;
      }
      const event = readEvent(current, start, resolve, floating, problems);
      if (event) events.push(event);
      current = null;
    } else if (current && depth === 0) {
      current.push(line);
    }
  }
  if (current) throw new IcsFileError('unclosed');
  return { events, problems };
}

function readTime(
  line: ContentLine,
  resolve: ZoneResolver,
  floating: (w: WallTime) => number,
): { instant: number; allDay: boolean } | { error: 'badTime' | 'unknownZone'; detail: string } {
  const match = DATE_TIME.exec(line.value.trim());
  if (!match) return { error: 'badTime', detail: line.value };
  const [, y, m, d, hh, mm, ss, z] = match;
  const wall: WallTime = {
    y: Number(y),
    m: Number(m),
    d: Number(d),
    hh: Number(hh ?? 0),
    mm: Number(mm ?? 0),
    ss: Number(ss ?? 0),
  };
  // The day is checked against its month: Date.UTC would turn 29 February 1970 into 1 March.
  const daysInMonth = new Date(Date.UTC(2000 + (wall.y % 400), wall.m, 0)).getUTCDate();
  if (
    wall.y < 1900 ||
    wall.m < 1 ||
    wall.m > 12 ||
    wall.d < 1 ||
    wall.d > daysInMonth ||
    wall.hh > 23 ||
    wall.mm > 59 ||
    wall.ss > 60
  )
    return { error: 'badTime', detail: line.value };
  const allDay = hh === undefined || param(line, 'VALUE')?.toUpperCase() === 'DATE';
  const stored = (instant: number) =>
    // Liaison stores instants from 1970 to 9999. Years before 1900 are refused above: Date.UTC would
    // read 0070 as 1970.
    Number.isInteger(instant) && instant >= 0 && instant <= MAX_INSTANT
      ? { instant, allDay }
      : { error: 'badTime' as const, detail: line.value };
  if (z) return stored(fixedOffset(0)(wall));
  const tzid = param(line, 'TZID');
  if (tzid && !allDay) {
    const zone = resolve(tzid);
    if (!zone) return { error: 'unknownZone', detail: tzid };
    return stored(zone(wall));
  }
  return stored(floating(wall));
}

const DURATION = /^([+-])?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

function readDuration(value: string): number | null {
  const match = DURATION.exec(value.trim());
  if (!match) return null;
  const [, sign, w, d, h, m, s] = match;
  const ms =
    (((Number(w ?? 0) * 7 + Number(d ?? 0)) * 24 + Number(h ?? 0)) * 60 + Number(m ?? 0)) * 60_000 +
    Number(s ?? 0) * 1000;
  return sign === '-' ? -ms : ms;
}

function readEvent(
  lines: ContentLine[],
  line: number,
  resolve: ZoneResolver,
  floating: (w: WallTime) => number,
  problems: IcsProblem[],
): ParsedCalendarEvent | null {
  const get = (name: string) => lines.find((l) => l.name === name);
  const summary = unescapeText(get('SUMMARY')?.value ?? '').trim();
  const detail = summary || `line ${line}`;
  const startLine = get('DTSTART');
  if (!startLine) {
    problems.push({ line, code: 'noStart', detail, skipped: true });
    return null;
  }
  const start = readTime(startLine, resolve, floating);
  if ('error' in start) {
    problems.push({
      line,
      code: start.error,
      detail: start.error === 'unknownZone' ? start.detail : detail,
      skipped: true,
    });
    return null;
  }
  let endsAt: number;
  const endLine = get('DTEND');
  const durationLine = get('DURATION');
  if (endLine) {
    const end = readTime(endLine, resolve, floating);
    if ('error' in end) {
      problems.push({
        line,
        code: end.error,
        detail: end.error === 'unknownZone' ? end.detail : detail,
        skipped: true,
      });
      return null;
    }
    endsAt = end.instant;
  } else if (durationLine && readDuration(durationLine.value) !== null) {
    endsAt = start.instant + readDuration(durationLine.value)!;
  } else {
    endsAt = start.allDay ? start.instant + 86_400_000 : start.instant;
  }
  // An all-day event ends at the start of its DTEND day; the record keeps the last instant of its last day.
  if (start.allDay) endsAt -= 60_000;
  if (endsAt < start.instant) {
    problems.push({ line, code: 'endBeforeStart', detail, skipped: true });
    return null;
  }
  if (!summary) problems.push({ line, code: 'noSummary', detail, skipped: false });
  if (get('RRULE') || get('RDATE')) problems.push({ line, code: 'repeating', detail, skipped: false });
  return {
    uid: get('UID')?.value.trim() ?? '',
    summary,
    description: unescapeText(get('DESCRIPTION')?.value ?? ''),
    location: unescapeText(get('LOCATION')?.value ?? '').trim(),
    startsAt: start.instant,
    endsAt,
    allDay: start.allDay,
    line,
  };
}
