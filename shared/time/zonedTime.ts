/**
 * Time-zone arithmetic for the UI. Instants are stored in UTC; each event has an IANA zone, and forms and
 * timelines work in that zone whatever the laptop's own zone is (it may still be set to home time).
 */
import { TZDate } from '@date-fns/tz';
import { addDays, format } from 'date-fns';

export interface ZonedParts {
  /** YYYY-MM-DD in the zone. */
  date: string;
  /** HH:mm in the zone, 24-hour. */
  time: string;
}

const MINUTE = 60_000;

function splitDate(date: string): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number);
  if (!y || !m || !d) throw new Error(`Not a date: ${date}`);
  return [y, m, d];
}

/**
 * The instant at a wall-clock date and time in a zone. A time that does not exist (skipped by a DST
 * change) moves forward by the gap, as clocks do; a repeated time takes its first occurrence.
 */
export function zonedToInstant(date: string, time: string, zone: string): number {
  const [y, m, d] = splitDate(date);
  const match = /^(\d{1,2}):(\d{2})$/.exec(time);
  if (!match) throw new Error(`Not a time: ${time}`);
  return new TZDate(y, m - 1, d, Number(match[1]), Number(match[2]), 0, zone).getTime();
}

export function instantToZoned(instant: number, zone: string): ZonedParts {
  const zoned = new TZDate(instant, zone);
  return { date: format(zoned, 'yyyy-MM-dd'), time: format(zoned, 'HH:mm') };
}

/** The first and last instants of a calendar day in a zone (23 or 25 hours long on DST days). */
export function zonedDayRange(date: string, zone: string): { start: number; end: number } {
  const [y, m, d] = splitDate(date);
  const start = new TZDate(y, m - 1, d, 0, 0, 0, zone);
  const next = addDays(start, 1);
  return { start: start.getTime(), end: next.getTime() - 1 };
}

export function todayInZone(now: number, zone: string): string {
  return instantToZoned(now, zone).date;
}

/** Rounds an instant to the nearest multiple of `minutes` (5 for quick capture). */
export function roundToMinutes(instant: number, minutes: number): number {
  const step = minutes * MINUTE;
  return Math.round(instant / step) * step;
}

/** "GMT+8", "GMT-4": the zone's offset at that instant, for showing beside times. */
export function zoneOffsetLabel(instant: number, zone: string, locale = 'en'): string {
  const part = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'shortOffset' })
    .formatToParts(instant)
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? zone;
}

/** True when two zones show different wall-clock times at this instant. */
export function zonesDiffer(instant: number, a: string, b: string): boolean {
  const pa = instantToZoned(instant, a);
  const pb = instantToZoned(instant, b);
  return pa.date !== pb.date || pa.time !== pb.time;
}

export function formatTimeInZone(instant: number, zone: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone: zone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(instant);
}

export function formatDateInZone(
  instant: number,
  zone: string,
  locale: string,
  style: 'medium' | 'full' = 'medium',
): string {
  return new Intl.DateTimeFormat(locale, { timeZone: zone, dateStyle: style }).format(instant);
}

/** Formats a calendar date (YYYY-MM-DD) without shifting it through any zone. */
export function formatIsoDate(date: string, locale: string, style: 'medium' | 'full' = 'medium'): string {
  const [y, m, d] = splitDate(date);
  return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', dateStyle: style }).format(Date.UTC(y, m - 1, d));
}

/** Calendar dates from `start` to `end` inclusive. */
export function datesBetween(start: string, end: string, limit = 366): string[] {
  const out: string[] = [];
  const [y, m, d] = splitDate(start);
  for (let day = Date.UTC(y, m - 1, d); out.length < limit; day += 86_400_000) {
    const iso = new Date(day).toISOString().slice(0, 10);
    if (iso > end) break;
    out.push(iso);
  }
  return out;
}

/** The calendar date `days` after `date`. */
export function addDaysToIsoDate(date: string, days: number): string {
  const [y, m, d] = splitDate(date);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
