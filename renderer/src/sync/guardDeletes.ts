/**
 * The mass-delete fail-safe: a pull or bundle that would delete more than 50 records, or more than a tenth
 * of the archive, stops before changing anything and asks. A laptop whose archive was wiped by mistake
 * would otherwise spread the wipe to every other replica.
 */
import type { Change } from '../../../shared/sync/change';
import type { ChangeApplier } from '../db/sync/ChangeApplier';
import { SyncQuestion, type SyncQuestionKind } from './SyncQuestion';

export const MASS_DELETE_COUNT = 50;
export const MASS_DELETE_SHARE = 0.1;

export async function guardDeletes(
  applier: ChangeApplier,
  deletes: readonly Change[],
  confirmed: ReadonlySet<SyncQuestionKind> | undefined,
): Promise<void> {
  if (deletes.length === 0 || confirmed?.has('mass-delete')) return;
  const plan = await applier.planDeletes(deletes);
  if (plan.deletes > MASS_DELETE_COUNT || plan.deletes > plan.live * MASS_DELETE_SHARE)
    throw new SyncQuestion('mass-delete', plan);
}
