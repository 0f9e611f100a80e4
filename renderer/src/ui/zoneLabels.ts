/**
 * How the UI names time zones. Times are shown in the event's zone, and the laptop may still be set to
 * home time, so views say which zone they use and, where it differs, what the laptop's own clock reads.
 */
import type { TFunction } from 'i18next';
import { formatTimeInZone, zoneOffsetLabel, zonesDiffer } from '../../../shared/time/zonedTime';

/** The zone this computer is set to. */
export function laptopZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
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
