/**
 * The meetings list formats with kept formatters (renderer/src/meetings/meetingTimes); it must read
 * exactly as the shared time helpers do, in both languages and across a DST change.
 */
import { describe, expect, it } from 'vitest';
import { meetingTimes } from '../../../renderer/src/meetings/meetingTimes';
import {
  formatDateInZone,
  formatTimeInZone,
  zoneOffsetLabel,
  zonesDiffer,
} from '../../../shared/time/zonedTime';

const HOUR = 3_600_000;
const instants = [
  Date.UTC(2024, 10, 21, 4, 15),
  Date.UTC(2024, 10, 21, 23, 50), // another day in Shanghai
  Date.UTC(2025, 2, 9, 6, 30), // New York's spring-forward morning
  Date.UTC(2025, 9, 26, 0, 30), // Paris's autumn change
  // Either side of New York's spring-forward instant (07:00 UTC), within one six-hour span of the kept
  // offset labels: the span holds the change, so each instant gets its own offset.
  Date.UTC(2025, 2, 9, 6, 59),
  Date.UTC(2025, 2, 9, 7, 1),
  Date.UTC(2025, 9, 26, 0, 59), // Paris, just before its change at 01:00 UTC
  Date.UTC(2025, 9, 26, 1, 1),
];
const zones = ['Asia/Shanghai', 'America/New_York', 'Europe/Paris', 'Asia/Kolkata', 'UTC'];

describe('meetingTimes', () => {
  for (const locale of ['en', 'zh-CN']) {
    it(`reads as the shared helpers in ${locale}`, () => {
      for (const startsAt of instants) {
        const endsAt = startsAt + 1.5 * HOUR;
        for (const zone of zones) {
          for (const local of zones) {
            const expected = (z: string) => ({
              date: formatDateInZone(startsAt, z, locale),
              start: formatTimeInZone(startsAt, z, locale),
              end: formatTimeInZone(endsAt, z, locale),
              zone: zoneOffsetLabel(startsAt, z),
            });
            expect(meetingTimes(startsAt, endsAt, zone, local, locale)).toEqual({
              inZone: expected(zone),
              local: zonesDiffer(startsAt, zone, local) ? expected(local) : null,
            });
          }
        }
      }
    });
  }

  it('treats zones that read the same wall clock as one', () => {
    const at = Date.UTC(2024, 10, 21, 4, 15);
    expect(meetingTimes(at, at + HOUR, 'Asia/Shanghai', 'Asia/Singapore', 'en').local).toBeNull();
    expect(meetingTimes(at, at + HOUR, 'Asia/Shanghai', 'Asia/Bangkok', 'en').local).not.toBeNull();
  });
});
