/** An archive problem as a sentence in the UI language: where it is (entry and path) and why. */
import type { TFunction } from 'i18next';
import type { ArchiveIssue } from '../../../shared/formats/archive/archiveIssue';
import { formatBytes } from '../lib/formatBytes';

const BYTE_LIMITS = new Set(['archiveTooLarge', 'entryTooLarge', 'totalTooLarge']);

export function describeArchiveIssue(t: TFunction, issue: ArchiveIssue, locale: string): string {
  const params: Record<string, string | number> = { ...issue.params, reason: issue.reason };
  const limit = issue.params['limit'];
  if (typeof limit === 'number')
    params['limit'] = BYTE_LIMITS.has(issue.code)
      ? formatBytes(limit, locale)
      : new Intl.NumberFormat(locale).format(limit);
  // Each code's sentence uses only the parameters that code carries.
  const reason = t(`exchange.archive.issue.${issue.code}` as 'exchange.archive.issue.notZip', params);
  return [issue.file, issue.path, reason].filter(Boolean).join(': ');
}
