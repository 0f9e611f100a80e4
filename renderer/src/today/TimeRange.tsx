/**
 * A start–end range in the event's zone, which is what the programme and the venue's clocks say, with
 * the laptop's own time beside it when the laptop is set to another zone (it may still be on home time).
 */
import { useTranslation } from 'react-i18next';
import {
  formatTimeInZone,
  instantToZoned,
  zoneOffsetLabel,
  zonesDiffer,
} from '../../../shared/time/zonedTime';
import { laptopZone } from '../ui/zoneLabels';

interface TimeRangeProps {
  startsAt: number;
  endsAt: number;
  zone: string;
}

function formatRange(startsAt: number, endsAt: number, zone: string, locale: string): string {
  return `${formatTimeInZone(startsAt, zone, locale)}–${formatTimeInZone(endsAt, zone, locale)}`;
}

export function TimeRange({ startsAt, endsAt, zone }: TimeRangeProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const local = laptopZone();
  let localText: string | null = null;
  if (zonesDiffer(startsAt, zone, local)) {
    const range = formatRange(startsAt, endsAt, local, locale);
    const offset = zoneOffsetLabel(startsAt, local, locale);
    localText =
      instantToZoned(startsAt, local).date === instantToZoned(startsAt, zone).date
        ? t('today.localRange', { range, zone: offset })
        : t('today.localRangeOtherDay', {
            range,
            zone: offset,
            date: new Intl.DateTimeFormat(locale, {
              timeZone: local,
              weekday: 'short',
              month: 'short',
              day: 'numeric',
            }).format(startsAt),
          });
  }
  return (
    <span className="time-range">
      <span className="time-range-event">{formatRange(startsAt, endsAt, zone, locale)}</span>
      {localText && <span className="time-range-local">{localText}</span>}
    </span>
  );
}
