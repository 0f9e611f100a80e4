/**
 * How the UI names time zones. Times are shown in the event's zone, and the laptop may still be set to
 * home time, so views say which zone they use and, where it differs, what the laptop's own clock reads.
 */
import type { TFunction } from 'i18next';
import { formatTimeInZone, zoneOffsetLabel, zonesDiffer } from '../../../shared/time/zonedTime';

let known: { zone: string; at: number } | undefined;

/**
 * The zone this computer is set to. Asked again at most once a second: telling it means creating a
 * formatter (about a millisecond), lists ask on every render, and a laptop's zone changes when it lands,
 * not within a second.
 */
export function laptopZone(): string {
  const now = Date.now();
  if (!known || now - known.at > 1000 || now < known.at)
    known = { zone: Intl.DateTimeFormat().resolvedOptions().timeZone, at: now };
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
