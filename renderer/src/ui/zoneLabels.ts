/**
 * How the UI names time zones. Times are shown in the event's zone, and the laptop may still be set to
 * home time, so views say which zone they use and, where it differs, what the laptop's own clock reads.
 */
import type { TFunction } from 'i18next';
import { formatTimeInZone, zoneOffsetLabel, zonesDiffer } from '../../../shared/time/zonedTime';

let known: { zone: string; offset: number; at: number } | undefined;

/**
 * The zone this computer is set to. Telling it means creating a formatter (about a millisecond), and
 * lists ask on every render, so it is asked again only when the clock's UTC offset changes (cheap to
 * read, and it moves with nearly every change of zone) or a second has passed (for a move between two
 * zones with the same offset).
 */
export function laptopZone(): string {
  const now = Date.now();
  const offset = new Date(now).getTimezoneOffset();
  if (!known || known.offset !== offset || now - known.at > 1000 || now < known.at)
    known = { zone: Intl.DateTimeFormat().resolvedOptions().timeZone, offset, at: now };
  return known.zone;
}

/** "Asia/Shanghai (GMT+8)": the zone with its offset at `at` (offsets change with DST). */
export function zoneLabel(zone: string, at: number, locale: string): string {
  return `${zone} (${zoneOffsetLabel(at, zone, locale)})`;
}

/** "14:00 on this computer (GMT+7)" for a time typed in `zone`, or undefined when the laptop agrees. */
export function laptopTimeHint(
  t: TFunction,
  instant: number,
  zone: string,
  locale: string,
): string | undefined {
  const local = laptopZone();
  if (!zonesDiffer(instant, zone, local)) return undefined;
  return t('common.localTime', {
    time: formatTimeInZone(instant, local, locale),
    zone: zoneOffsetLabel(instant, local, locale),
  });
}
