/**
 * A meeting's start and end as people read them: in the event's zone, and on this computer's clock when
 * that shows a different time (the laptop may still be set to home time).
 *
 * The meetings list formats several times per row, and new rows render on every frame of a scroll.
 * Creating an Intl.DateTimeFormat costs far more than formatting with one, so the formatters are kept,
 * one per style, locale and zone; their options are those of shared/time/zonedTime, whose output this
 * matches.
 */

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

const STYLES = {
  date: { dateStyle: 'medium' },
  time: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  offset: { timeZoneName: 'shortOffset' },
  wallClock: {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

/** Bounded in practice: two languages and the handful of zones an archive's events are in. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(style: keyof typeof STYLES, locale: string, zone: string): Intl.DateTimeFormat {
  const key = `${style} ${locale} ${zone}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale, { ...STYLES[style], timeZone: zone });
    formatters.set(key, found);
  }
  return found;
}

/** "GMT+8": the zone's offset at that instant (as zoneOffsetLabel). */
function offsetAt(instant: number, zone: string): string {
  const part = formatter('offset', 'en', zone)
    .formatToParts(instant)
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? zone;
}

/**
 * formatToParts is the slowest call of a row, and a list's rows mostly fall in a few days of one zone:
 * the label is kept per zone and six-hour span, when the span starts and ends at the same offset (no
 * zone changes its offset twice within six hours). A span holding a change is computed per instant.
 */
const SPAN = 6 * 3_600_000;
const offsetSpans = new Map<string, string | null>();

function offsetLabel(instant: number, zone: string): string {
  const start = Math.floor(instant / SPAN) * SPAN;
  const key = `${zone} ${start}`;
  let label = offsetSpans.get(key);
  if (label === undefined) {
    const first = offsetAt(start, zone);
    label = first === offsetAt(start + SPAN - 1, zone) ? first : null;
    // Bounded: scrolling 100,000 meetings over years of events meets a few thousand spans at most.
    if (offsetSpans.size >= 10_000) offsetSpans.clear();
    offsetSpans.set(key, label);
  }
  return label ?? offsetAt(instant, zone);
}

function rangeIn(startsAt: number, endsAt: number, zone: string, locale: string): TimeRange {
  const time = formatter('time', locale, zone);
  return {
    date: formatter('date', locale, zone).format(startsAt),
    start: time.format(startsAt),
    end: time.format(endsAt),
    zone: offsetLabel(startsAt, zone),
  };
}

/** True when two zones show different wall-clock times at this instant (as zonesDiffer). */
function zonesDiffer(instant: number, a: string, b: string): boolean {
  return (
    a !== b &&
    formatter('wallClock', 'en', a).format(instant) !== formatter('wallClock', 'en', b).format(instant)
  );
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
