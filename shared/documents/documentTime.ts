/**
 * Dates and times in generated documents. Every instant is formatted in an explicit zone and the zone is
 * printed beside it: the laptop may still be set to home time, and a document must read the same whatever
 * zone the machine that printed it was in.
 */
import { zoneOffsetLabel } from '../time/zonedTime';
import type { DocumentOptions, MinutesData } from './documentModel';
import { documentText } from './documentStrings';

/** The zone a document falls back to when its meetings do not share one (the register has none). */
export const FALLBACK_ZONE = 'UTC';

/** "Asia/Phnom_Penh, GMT+7": the zone's name and its offset at that instant (summer time included). */
export function zoneLabel(instant: number, zone: string): string {
  const offset = zoneOffsetLabel(instant, zone);
  return zone === FALLBACK_ZONE || offset === zone ? zone : `${zone}, ${offset}`;
}

/** The zone a set of meetings is shown in: theirs if they share one, otherwise UTC, stated either way. */
export function sharedZone(meetings: readonly MinutesData[]): string {
  const zones = new Set(meetings.map((m) => m.zone));
  return zones.size === 1 ? [...zones][0]! : FALLBACK_ZONE;
}

/** "Generated November 22, 2024 at 16:00 (Asia/Shanghai, GMT+8)", in the document's zone. */
export function generatedLine(options: DocumentOptions, zone: string): string {
  const date = new Intl.DateTimeFormat(options.language, {
    timeZone: zone,
    dateStyle: 'long',
    timeStyle: 'short',
    hourCycle: 'h23',
  }).format(options.generatedAt);
  return documentText(options.language, 'generated', { date, zone: zoneLabel(options.generatedAt, zone) });
}
