import { describe, expect, it } from 'vitest';
import { formatHlc, HybridLogicalClock, parseHlc } from '../../../shared/sync/hybridLogicalClock';

const DAY = 86_400_000;
const YEAR = 365 * DAY;

function manualClock(start: number) {
  let now = start;
  return { now: () => now, set: (t: number) => (now = t), advance: (ms: number) => (now += ms) };
}

describe('the hybrid logical clock', () => {
  it('issues strictly increasing stamps even when the physical clock stands still or goes back', () => {
    const time = manualClock(Date.UTC(2024, 10, 21, 9));
    const clock = new HybridLogicalClock('A', time.now);
    const a = clock.now();
    const b = clock.now();
    time.advance(-3_600_000); // the laptop's clock is corrected backwards by an hour
    const c = clock.now();
    expect(a < b && b < c).toBe(true);
    expect(parseHlc(c).wall).toBe(parseHlc(a).wall);
  });

  it('orders an edit made after receiving a change after it, even from a laptop a year behind', () => {
    const real = Date.UTC(2024, 10, 21, 9);
    const home = new HybridLogicalClock('HOME', () => real);
    const slow = new HybridLogicalClock('SLOW', () => real - YEAR); // CMOS battery died
    const remote = home.now();
    slow.receive(remote);
    expect(slow.now() > remote).toBe(true);
  });

  it('does not let a future-dated laptop win over edits made after its changes arrived', () => {
    const real = Date.UTC(2024, 10, 21, 9);
    const future = new HybridLogicalClock('FUTURE', () => real + YEAR);
    const honest = new HybridLogicalClock('HONEST', () => real + 60_000);
    const futureEdit = future.now();
    honest.receive(futureEdit);
    const laterEdit = honest.now();
    expect(laterEdit > futureEdit).toBe(true);
    expect(honest.skewOf(futureEdit)).toBeGreaterThan(300 * DAY);
  });

  it('breaks ties between devices deterministically by device id', () => {
    const t = () => 1_000;
    const a = new HybridLogicalClock('AAAA', t).now();
    const b = new HybridLogicalClock('BBBB', t).now();
    expect(a < b).toBe(true);
  });

  it('survives a restart by resuming from its last stamp', () => {
    const time = manualClock(5_000);
    const first = new HybridLogicalClock('A', time.now);
    first.now();
    const last = first.now();
    time.set(1_000);
    const resumed = new HybridLogicalClock('A', time.now, last);
    expect(resumed.now() > last).toBe(true);
  });

  it('compares as plain strings in the same order as (wall, counter, device)', () => {
    const stamps = [
      { wall: 2, counter: 0, device: 'A' },
      { wall: 1, counter: 300, device: 'Z' },
      { wall: 1, counter: 300, device: 'B' },
      { wall: 10 ** 12, counter: 1, device: 'A' },
    ].map(formatHlc);
    expect([...stamps].sort()).toEqual([stamps[2], stamps[1], stamps[0], stamps[3]]);
  });

  it('rejects malformed stamps', () => {
    expect(() => parseHlc('yesterday')).toThrow(/Not a clock stamp/);
    expect(() => parseHlc('00000000000a.000000.bad device')).toThrow();
  });
});
