/**
 * What a pull or a bundle import merged, added up batch by batch: records changed, deleted, conflicts
 * found, laptops whose clocks run far ahead, and the newest stamp merged (the app's clock moves past it,
 * so an edit made here afterwards orders after everything merged).
 */
import { maxHlc, parseHlc } from '../../../shared/sync/hybridLogicalClock';
import type { ApplyResult } from '../db/sync/ChangeApplier';

/** Changes stamped further ahead of this laptop's clock than this are reported (the other clock is wrong). */
export const CLOCK_AHEAD_WARNING_MS = 24 * 60 * 60 * 1000;

export interface ClockWarning {
  device: string;
  aheadMs: number;
}

export interface MergeTotals {
  /** Records the merge changed here (created, updated or deleted). */
  received: number;
  deleted: number;
  conflicts: number;
  clockWarnings: ClockWarning[];
  newestStamp: string | null;
}

export function emptyTotals(): MergeTotals {
  return { received: 0, deleted: 0, conflicts: 0, clockWarnings: [], newestStamp: null };
}

export function addMerged(totals: MergeTotals, result: ApplyResult, now: Date): void {
  totals.received += result.written;
  totals.deleted += result.deleted;
  totals.conflicts += result.conflicts;
  const stamp = result.newestStamp;
  if (stamp === null) return;
  totals.newestStamp = totals.newestStamp ? maxHlc(totals.newestStamp, stamp) : stamp;
  const { wall, device } = parseHlc(stamp);
  const aheadMs = wall - now.getTime();
  if (aheadMs > CLOCK_AHEAD_WARNING_MS && !totals.clockWarnings.some((known) => known.device === device))
    totals.clockWarnings.push({ device, aheadMs });
}
