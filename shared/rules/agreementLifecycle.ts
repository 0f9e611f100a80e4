/**
 * The lifecycle of an agreement: proposed → drafting → negotiating → signed → active → expired, and
 * "terminated" from any step before it ends. The UI offers only the moves allowed here, and the
 * repository-facing editor refuses a signed (or later) agreement without its signing date.
 */
import { type AGREEMENT_STATUSES, type Agreement } from '../domain/entities';

export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

/** The regular path, in order; `terminated` leaves it from any step. */
export const LIFECYCLE_PATH = [
  'proposed',
  'drafting',
  'negotiating',
  'signed',
  'active',
  'expired',
] as const satisfies readonly AgreementStatus[];

const ENDED: ReadonlySet<AgreementStatus> = new Set(['expired', 'terminated']);

/** Statuses that say the agreement has been signed, so it must carry its signing date. */
const SIGNED: ReadonlySet<AgreementStatus> = new Set(['signed', 'active', 'expired']);

export function isEnded(status: AgreementStatus): boolean {
  return ENDED.has(status);
}

/** The next step along the regular path, or null once the agreement has ended. */
export function nextStatus(status: AgreementStatus): AgreementStatus | null {
  if (isEnded(status)) return null;
  const index = (LIFECYCLE_PATH as readonly AgreementStatus[]).indexOf(status);
  return LIFECYCLE_PATH[index + 1] ?? null;
}

/** Where an agreement may go from `status`: one step forward, or terminated; nowhere once ended. */
export function allowedNextStatuses(status: AgreementStatus): AgreementStatus[] {
  const next = nextStatus(status);
  return next === null ? [] : [next, 'terminated'];
}

export function canMove(from: AgreementStatus, to: AgreementStatus): boolean {
  return allowedNextStatuses(from).includes(to);
}

/** `validation.signedNeedsDate` when a signed, active or expired agreement has no signing date. */
export function signingDateIssue(
  agreement: Pick<Agreement, 'status' | 'signedOn'>,
): 'validation.signedNeedsDate' | null {
  return SIGNED.has(agreement.status) && !agreement.signedOn ? 'validation.signedNeedsDate' : null;
}

/**
 * Why `agreement` cannot move to `to`, as an i18n key with the field it belongs to, or null when it can.
 */
export function moveIssue(
  agreement: Pick<Agreement, 'status' | 'signedOn'>,
  to: AgreementStatus,
): { field: 'status' | 'signedOn'; message: string } | null {
  if (!canMove(agreement.status, to)) return { field: 'status', message: 'validation.invalid' };
  const missingDate = signingDateIssue({ status: to, signedOn: agreement.signedOn });
  return missingDate ? { field: 'signedOn', message: missingDate } : null;
}
