import { describe, expect, it } from 'vitest';
import {
  datesBetween,
  formatTimeInZone,
  instantToZoned,
  roundToMinutes,
  todayInZone,
  zonedDayRange,
  zonedToInstant,
  zoneOffsetLabel,
  zonesDiffer,
} from '../../../shared/time/zonedTime';

describe('time in the event zone', () => {
  it('turns Tianjin wall-clock time into the right UTC instant and back', () => {
    const opening = zonedToInstant('2024-11-21', '09:30', 'Asia/Shanghai');
    expect(new Date(opening).toISOString()).toBe('2024-11-21T01:30:00.000Z');
    expect(instantToZoned(opening, 'Asia/Shanghai')).toEqual({ date: '2024-11-21', time: '09:30' });
  });

  it('shows the same instant in event time whatever the laptop zone is', () => {
    const opening = zonedToInstant('2024-11-21', '09:30', 'Asia/Shanghai');
    expect(formatTimeInZone(opening, 'Asia/Shanghai', 'en')).toBe('09:30');
    expect(formatTimeInZone(opening, 'America/New_York', 'en')).toBe('20:30');
    expect(instantToZoned(opening, 'America/New_York').date).toBe('2024-11-20');
    expect(zonesDiffer(opening, 'Asia/Shanghai', 'America/New_York')).toBe(true);
    expect(zonesDiffer(opening, 'Asia/Shanghai', 'Asia/Singapore')).toBe(false);
  });

  it('handles the spring-forward gap and the autumn repeat in New York', () => {
    // 2024-03-10 02:30 does not exist in New York; clocks jump from 02:00 to 03:00.
    const gap = zonedToInstant('2024-03-10', '02:30', 'America/New_York');
    expect(instantToZoned(gap, 'America/New_York').time).toBe('03:30');
    // 2024-11-03 01:30 happens twice; the first (EDT, UTC-4) is taken.
    const repeat = zonedToInstant('2024-11-03', '01:30', 'America/New_York');
    expect(new Date(repeat).toISOString()).toBe('2024-11-03T05:30:00.000Z');
  });

  it('makes DST days 23 and 25 hours long', () => {
    const spring = zonedDayRange('2024-03-10', 'America/New_York');
    const autumn = zonedDayRange('2024-11-03', 'America/New_York');
    expect((spring.end + 1 - spring.start) / 3_600_000).toBe(23);
    expect((autumn.end + 1 - autumn.start) / 3_600_000).toBe(25);
    const plain = zonedDayRange('2024-11-21', 'Asia/Shanghai');
    expect(new Date(plain.start).toISOString()).toBe('2024-11-20T16:00:00.000Z');
  });

  it('knows the event-zone date when the laptop is still on home time', () => {
    const lateEveningNewYork = Date.parse('2024-11-21T03:00:00Z'); // 22:00 on the 20th in New York
    expect(todayInZone(lateEveningNewYork, 'Asia/Shanghai')).toBe('2024-11-21');
    expect(todayInZone(lateEveningNewYork, 'America/New_York')).toBe('2024-11-20');
  });

  it('rounds to five minutes', () => {
    const t = Date.parse('2024-11-21T01:32:29Z');
    expect(new Date(roundToMinutes(t, 5)).toISOString()).toBe('2024-11-21T01:30:00.000Z');
    expect(new Date(roundToMinutes(Date.parse('2024-11-21T01:32:31Z'), 5)).toISOString()).toBe(
      '2024-11-21T01:35:00.000Z',
    );
  });

  it('labels offsets and lists the days of an event', () => {
    expect(zoneOffsetLabel(Date.parse('2024-11-21T00:00:00Z'), 'Asia/Shanghai')).toBe('GMT+8');
    expect(datesBetween('2024-11-21', '2024-11-23')).toEqual(['2024-11-21', '2024-11-22', '2024-11-23']);
  });
});
