/**
 * Hybrid logical clock: every change is stamped with (wall time, counter, device), which orders changes
 * across laptops even when their clocks disagree.
 *
 * Policy for wrong clocks (documented in docs/sync-format.md):
 * - A local stamp is max(last stamp, physical now). A laptop whose clock is slow keeps counting from the
 *   newest stamp it has seen, so after its first sync its edits order after everything it received.
 * - Receiving a change moves the clock up to that change's stamp, whatever the physical clock says, so an
 *   edit made after seeing another always orders after it. A future-dated laptop therefore wins only over
 *   edits made *before* its changes arrived (concurrent ones), never over edits made after: its edits do
 *   not win forever.
 * - `skewOf` measures how far a remote stamp is ahead of this laptop's clock, so sync can warn about a
 *   laptop whose clock is off by more than a day.
 *
 * Stamps are fixed-width strings, so they compare correctly as plain strings (and as IndexedDB keys).
 */
export interface Hlc {
  wall: number;
  counter: number;
  device: string;
}

const WALL_HEX = 12; // 48 bits of milliseconds: enough until the year 10889.
const COUNTER_HEX = 6;
const COUNTER_MAX = 16 ** COUNTER_HEX - 1;
export const HLC_PATTERN = /^[0-9a-f]{12}\.[0-9a-f]{6}\.[0-9A-Za-z_-]{1,32}$/;
/**
 * The latest wall time a stamp from elsewhere may carry: the end of the year 9999. Far later stamps can
 * only come from a broken or hostile writer; refusing them keeps room for the counter to borrow
 * milliseconds, so a clock that received one still issues larger, well-formed stamps.
 */
export const MAX_ACCEPTED_WALL = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/** Whether a stamp from another device is well formed and not absurdly far in the future. */
export function isAcceptableStamp(stamp: string): boolean {
  return HLC_PATTERN.test(stamp) && parseInt(stamp.slice(0, WALL_HEX), 16) <= MAX_ACCEPTED_WALL;
}
export const ZERO_HLC = formatHlc({ wall: 0, counter: 0, device: '0' });

export function formatHlc(hlc: Hlc): string {
  return `${hlc.wall.toString(16).padStart(WALL_HEX, '0')}.${hlc.counter.toString(16).padStart(COUNTER_HEX, '0')}.${hlc.device}`;
}

export function parseHlc(stamp: string): Hlc {
  if (!HLC_PATTERN.test(stamp)) throw new Error(`Not a clock stamp: ${stamp.slice(0, 60)}`);
  const [wall, counter, device] = stamp.split('.') as [string, string, string];
  return { wall: parseInt(wall, 16), counter: parseInt(counter, 16), device };
}

export function maxHlc(a: string, b: string): string {
  return a >= b ? a : b;
}

export class HybridLogicalClock {
  private wall: number;
  private counter: number;

  constructor(
    readonly device: string,
    private readonly physicalNow: () => number = Date.now,
    last: string = ZERO_HLC,
  ) {
    const parsed = parseHlc(last);
    this.wall = parsed.wall;
    this.counter = parsed.counter;
  }

  /** A new stamp for a local change, greater than every stamp issued or received before. */
  now(): string {
    const physical = Math.floor(this.physicalNow());
    if (physical > this.wall) {
      this.wall = physical;
      this.counter = 0;
    } else {
      this.bump();
    }
    return this.current();
  }

  /** Moves the clock past a stamp received from another device. */
  receive(stamp: string): void {
    const remote = parseHlc(stamp);
    if (remote.wall > this.wall || (remote.wall === this.wall && remote.counter > this.counter)) {
      this.wall = remote.wall;
      this.counter = remote.counter;
    }
  }

  /** The last stamp issued or received, to persist so the clock survives a restart. */
  current(): string {
    return formatHlc({ wall: this.wall, counter: this.counter, device: this.device });
  }

  /** How many milliseconds a stamp is ahead of this device's physical clock (negative when behind). */
  skewOf(stamp: string): number {
    return parseHlc(stamp).wall - this.physicalNow();
  }

  private bump(): void {
    if (this.counter < COUNTER_MAX) {
      this.counter++;
    } else {
      // Sixteen million stamps in one millisecond of logical time: borrow the next millisecond.
      this.wall++;
      this.counter = 0;
    }
  }
}
