/**
 * VTIMEZONE components computed from the IANA database that Intl carries, for the years a calendar file
 * covers. Outlook needs a VTIMEZONE for every TZID it meets (it does not know IANA names), and Apple and
 * Google Calendar use it when present.
 *
 * Where the covered years follow one yearly rule (the second Sunday of March at 02:00, …), the
 * component is written as a STANDARD/DAYLIGHT pair with RRULEs, the form Outlook writes itself;
 * otherwise, as one observance per transition, which RFC 5545 also allows.
 */

const DAY = 86_400_000;
const MINUTE = 60_000;
const offsetFormats = new Map<string, Intl.DateTimeFormat>();
const nameFormats = new Map<string, Intl.DateTimeFormat>();

/** The zone's offset from UTC at an instant, in minutes (+480 for Asia/Shanghai). */
export function zoneOffsetMinutes(zone: string, instant: number): number {
  let format = offsetFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    offsetFormats.set(zone, format);
  }
  const name = format.formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):?(\d{2})?(?::?(\d{2}))?/.exec(name);
  if (!match) return 0;
  const sign = match[1] === '-' ? -1 : 1;
  return sign * (Number(match[2]) * 60 + Number(match[3] ?? 0));
}

function zoneAbbreviation(zone: string, instant: number): string {
  let format = nameFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'short' });
    nameFormats.set(zone, format);
  }
  return format.formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value ?? '';
}

export interface Transition {
  /** The first instant of the new offset. */
  at: number;
  from: number;
  to: number;
}

/** Offset changes in [from, to), found by daily sampling and bisection to the minute. */
export function zoneTransitions(zone: string, from: number, to: number): Transition[] {
  const out: Transition[] = [];
  let previous = zoneOffsetMinutes(zone, from);
  for (let t = from; t < to; t += DAY) {
    const next = Math.min(t + DAY, to);
    const offset = zoneOffsetMinutes(zone, next);
    if (offset === previous) continue;
    let low = t;
    let high = next;
    while (high - low > MINUTE) {
      const mid = low + Math.floor((high - low) / 2 / MINUTE) * MINUTE;
      if (zoneOffsetMinutes(zone, mid) === previous) low = mid;
      else high = mid;
    }
    out.push({ at: high, from: previous, to: offset });
    previous = offset;
  }
  return out;
}

export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

/** `YYYYMMDDTHHMMSS` of an instant seen at a fixed offset (floating local time). */
export function localStamp(instant: number, offsetMinutes: number): string {
  return new Date(instant + offsetMinutes * MINUTE)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, '');
}

interface Rule {
  month: number;
  byDay: string;
}

const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/** The yearly rule all these transitions follow, or null if they follow none. */
function commonRule(list: Transition[]): Rule | null {
  if (list.length === 0) return null;
  const shapes = list.map((t) => {
    const local = new Date(t.at + t.from * MINUTE);
    const day = local.getUTCDate();
    const daysInMonth = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth() + 1, 0)).getUTCDate();
    return {
      month: local.getUTCMonth() + 1,
      weekday: WEEKDAYS[local.getUTCDay()]!,
      nth: Math.ceil(day / 7),
      last: day + 7 > daysInMonth,
      time: local.toISOString().slice(11, 19),
      offsets: `${t.from}/${t.to}`,
    };
  });
  const first = shapes[0]!;
  const same = (key: 'month' | 'weekday' | 'time' | 'offsets') => shapes.every((s) => s[key] === first[key]);
  if (!same('month') || !same('weekday') || !same('time') || !same('offsets')) return null;
  if (shapes.every((s) => s.nth === first.nth && first.nth < 5))
    return { month: first.month, byDay: `${first.nth}${first.weekday}` };
  if (shapes.every((s) => s.last)) return { month: first.month, byDay: `-1${first.weekday}` };
  return null;
}

/**
 * The VTIMEZONE lines for a zone over the calendar years from `fromYear` to `toYear` (the year before
 * the first event is included, so times early in the first year fall after an observance's start).
 */
export function vtimezoneLines(zone: string, fromYear: number, toYear: number): string[] {
  const start = Date.UTC(fromYear - 1, 0, 1);
  const end = Date.UTC(toYear + 1, 0, 1);
  const transitions = zoneTransitions(zone, start, end);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`, `X-LIC-LOCATION:${zone}`];
  const observance = (t: Transition, rrule: string | null) => {
    const kind = t.to > t.from ? 'DAYLIGHT' : 'STANDARD';
    const name = zoneAbbreviation(zone, t.at);
    lines.push(
      `BEGIN:${kind}`,
      `TZOFFSETFROM:${formatOffset(t.from)}`,
      `TZOFFSETTO:${formatOffset(t.to)}`,
      ...(name ? [`TZNAME:${name}`] : []),
      `DTSTART:${localStamp(t.at, t.from)}`,
      ...(rrule ? [`RRULE:${rrule}`] : []),
      `END:${kind}`,
    );
  };
  if (transitions.length === 0) {
    const offset = zoneOffsetMinutes(zone, start);
    observance({ at: Date.UTC(1970, 0, 1) - offset * MINUTE, from: offset, to: offset }, null);
  } else {
    const up = transitions.filter((t) => t.to > t.from);
    const down = transitions.filter((t) => t.to <= t.from);
    const upRule = commonRule(up);
    const downRule = commonRule(down);
    if (upRule && downRule && transitions.length >= 2) {
      for (const [list, rule] of [
        [down, downRule],
        [up, upRule],
      ] as const)
        observance(list[0]!, `FREQ=YEARLY;BYMONTH=${rule.month};BYDAY=${rule.byDay}`);
    } else {
      // Before the first transition the zone kept its old offset; an observance says so from 1970.
      const first = transitions[0]!;
      observance({ at: Date.UTC(1970, 0, 1) - first.from * MINUTE, from: first.from, to: first.from }, null);
      for (const t of transitions) observance(t, null);
    }
  }
  lines.push('END:VTIMEZONE');
  return lines;
}
