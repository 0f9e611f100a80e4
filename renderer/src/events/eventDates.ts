/**
 * Event dates are calendar days with no zone ('YYYY-MM-DD'). These helpers format and list them without
 * shifting them through the laptop's zone, which could move a day by one.
 */
import { datesBetween } from '../../../shared/time/zonedTime';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function utcNoon(date: string): number | null {
  if (!ISO_DATE.test(date)) return null;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const instant = Date.UTC(y, m - 1, d, 12);
  return Number.isNaN(instant) ? null : instant;
}

/** "Nov 21 – 22, 2024": one day, or a range written the locale's way. */
export function formatEventDates(start: string, end: string, locale: string): string {
  const format = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', dateStyle: 'medium' });
  const from = utcNoon(start);
  const to = utcNoon(end);
  if (from === null) return start;
  return to !== null && to > from ? format.formatRange(from, to) : format.format(from);
}

/** "Thu, Nov 21": a day in a day picker. */
export function formatShortDay(date: string, locale: string): string {
  const instant = utcNoon(date);
  if (instant === null) return date;
  return new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    weekday: 'short',
    month: 'short',
    day: 'numeric',
  }).format(instant);
}

/** The event's days, first to last; just the first day while the last one is not valid. */
export function eventDays(event: { startDate: string; endDate: string }): string[] {
  if (utcNoon(event.startDate) === null) return [];
  if (utcNoon(event.endDate) === null || event.endDate < event.startDate) return [event.startDate];
  return datesBetween(event.startDate, event.endDate);
}

/** The instant at which a time-zone picker shows offsets: noon of the event's first day (DST matters). */
export function offsetsInstant(startDate: string, fallback: number): number {
  return utcNoon(startDate) ?? fallback;
}
