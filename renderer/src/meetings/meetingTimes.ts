/**
 * A meeting's start and end as people read them: in the event's zone, and on this computer's clock when
 * that shows a different time (the laptop may still be set to home time).
 */
import {
  formatDateInZone,
  formatTimeInZone,
  zoneOffsetLabel,
  zonesDiffer,
} from '../../../shared/time/zonedTime';

export interface TimeRange {
  date: string;
  start: string;
  end: string;
  zone: string;
}

export interface MeetingTimes {
  inZone: TimeRange;
  /** The same range on this computer's clock, or null when it reads the same. */
  local: TimeRange | null;
}

function rangeIn(startsAt: number, endsAt: number, zone: string, locale: string): TimeRange {
  return {
    date: formatDateInZone(startsAt, zone, locale),
    start: formatTimeInZone(startsAt, zone, locale),
    end: formatTimeInZone(endsAt, zone, locale),
    zone: zoneOffsetLabel(startsAt, zone),
  };
}

export function meetingTimes(
  startsAt: number,
  endsAt: number,
  zone: string,
  localZone: string,
  locale: string,
): MeetingTimes {
  return {
    inZone: rangeIn(startsAt, endsAt, zone, locale),
    local: zonesDiffer(startsAt, zone, localZone) ? rangeIn(startsAt, endsAt, localZone, locale) : null,
  };
}
