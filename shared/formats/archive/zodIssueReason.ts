/**
 * Turns a zod issue on an archive record into a reason a person can act on, in English, with the same
 * numbers as the schema (`longer than 200,000 characters`). The domain schemas carry i18n keys as
 * messages (`validation.email`), meant for forms; here they are spelled out.
 */
import type { z } from 'zod';
import { formatCount } from './archiveIssue';

const KEYED: Record<string, string> = {
  'validation.id': 'not a valid id (a ULID of 26 characters)',
  'validation.date': 'not a valid date (YYYY-MM-DD)',
  'validation.instant': 'not a valid instant (whole milliseconds since 1970, UTC)',
  'validation.timeZone': 'not an IANA time zone',
  'validation.country': 'not an ISO 3166-1 alpha-2 country code',
  'validation.email': 'not an email address',
  'validation.required': 'must not be empty',
  'validation.endBeforeStart': 'ends before it starts',
  'validation.noCounterpart': 'needs at least one counterpart organization',
  'validation.noParty': 'needs at least one party',
  'validation.attachmentTooLarge': 'larger than 50 MB',
};

export function zodIssueReason(issue: z.core.$ZodIssue): string {
  const keyed = KEYED[issue.message];
  if (keyed) return keyed;
  switch (issue.code) {
    case 'too_big':
      if (issue.origin === 'string') return `longer than ${formatCount(Number(issue.maximum))} characters`;
      if (issue.origin === 'array') return `more than ${formatCount(Number(issue.maximum))} items`;
      return `larger than ${formatCount(Number(issue.maximum))}`;
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return 'must not be empty';
      if (issue.origin === 'string') return `shorter than ${formatCount(Number(issue.minimum))} characters`;
      if (issue.origin === 'array') return `needs at least ${formatCount(Number(issue.minimum))} items`;
      return `smaller than ${formatCount(Number(issue.minimum))}`;
    case 'invalid_type':
      return issue.input === undefined
        ? `missing (${issue.expected} expected)`
        : `must be a ${issue.expected}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return issue.message;
  }
}
