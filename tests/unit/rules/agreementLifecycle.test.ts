import { describe, expect, it } from 'vitest';
import { AGREEMENT_STATUSES } from '../../../shared/domain/entities';
import {
  allowedNextStatuses,
  canMove,
  isEnded,
  LIFECYCLE_PATH,
  moveIssue,
  nextStatus,
  signingDateIssue,
} from '../../../shared/rules/agreementLifecycle';

describe('the agreement lifecycle', () => {
  it('walks proposed → drafting → negotiating → signed → active → expired one step at a time', () => {
    const walked: string[] = ['proposed'];
    for (let status = nextStatus('proposed'); status; status = nextStatus(status)) walked.push(status);
    expect(walked).toEqual([...LIFECYCLE_PATH]);
  });

  it('allows the next step or termination from every status that has not ended', () => {
    expect(allowedNextStatuses('proposed')).toEqual(['drafting', 'terminated']);
    expect(allowedNextStatuses('negotiating')).toEqual(['signed', 'terminated']);
    expect(allowedNextStatuses('active')).toEqual(['expired', 'terminated']);
  });

  it('allows nothing once expired or terminated', () => {
    expect(isEnded('expired')).toBe(true);
    expect(isEnded('terminated')).toBe(true);
    expect(allowedNextStatuses('expired')).toEqual([]);
    expect(allowedNextStatuses('terminated')).toEqual([]);
    expect(nextStatus('terminated')).toBeNull();
  });

  it('refuses skipping steps and going back', () => {
    expect(canMove('proposed', 'signed')).toBe(false);
    expect(canMove('signed', 'negotiating')).toBe(false);
    expect(canMove('signed', 'signed')).toBe(false);
    expect(moveIssue({ status: 'drafting', signedOn: null }, 'active')).toEqual({
      field: 'status',
      message: 'validation.invalid',
    });
  });

  it('covers every status of the domain', () => {
    for (const status of AGREEMENT_STATUSES) {
      expect(isEnded(status) || allowedNextStatuses(status).includes('terminated')).toBe(true);
    }
  });
});

describe('the signing date rule', () => {
  it('asks for the signing date when an agreement moves to signed without one', () => {
    expect(moveIssue({ status: 'negotiating', signedOn: null }, 'signed')).toEqual({
      field: 'signedOn',
      message: 'validation.signedNeedsDate',
    });
    expect(moveIssue({ status: 'negotiating', signedOn: '2024-11-21' }, 'signed')).toBeNull();
  });

  it('holds for signed, active and expired agreements, not before signing nor when terminated', () => {
    expect(signingDateIssue({ status: 'signed', signedOn: null })).toBe('validation.signedNeedsDate');
    expect(signingDateIssue({ status: 'active', signedOn: '' })).toBe('validation.signedNeedsDate');
    expect(signingDateIssue({ status: 'expired', signedOn: null })).toBe('validation.signedNeedsDate');
    expect(signingDateIssue({ status: 'negotiating', signedOn: null })).toBeNull();
    expect(signingDateIssue({ status: 'terminated', signedOn: null })).toBeNull();
    expect(signingDateIssue({ status: 'active', signedOn: '2024-11-21' })).toBeNull();
  });

  it('lets a terminated move go ahead without a date', () => {
    expect(moveIssue({ status: 'negotiating', signedOn: null }, 'terminated')).toBeNull();
  });
});
