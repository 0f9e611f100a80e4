/**
 * Whether an agreement was signed, for "agreements signed" in minutes and reports. Terminated counts only
 * with a signing date: the lifecycle lets an agreement be terminated before it was ever signed.
 */
import type { Agreement } from '../domain/entities';

const SIGNED: ReadonlySet<Agreement['status']> = new Set(['signed', 'active', 'expired']);

export function wasSigned(agreement: Pick<Agreement, 'status' | 'signedOn'>): boolean {
  return SIGNED.has(agreement.status) || (agreement.status === 'terminated' && agreement.signedOn !== null);
}
