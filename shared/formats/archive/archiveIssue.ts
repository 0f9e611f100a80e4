/**
 * What is wrong with an archive file, precisely enough to find it: the entry in the zip, the path inside
 * its JSON, and why. Each issue has a code and parameters for the UI to translate, and an English message
 * for logs and tests, e.g. `records/meetings.json: [12].minutes: longer than 200,000 characters`.
 */

export type ArchiveIssueCode =
  | 'notZip'
  | 'archiveTooLarge'
  | 'tooManyEntries'
  | 'zip64'
  | 'multiDisk'
  | 'encrypted'
  | 'compressionMethod'
  | 'symlink'
  | 'pathTraversal'
  | 'absolutePath'
  | 'duplicateEntry'
  | 'unexpectedEntry'
  | 'entryTooLarge'
  | 'totalTooLarge'
  | 'compressionRatio'
  | 'corruptEntry'
  | 'missingManifest'
  | 'invalidJson'
  | 'forbiddenKey'
  | 'duplicateKey'
  | 'tooDeep'
  | 'stringTooLong'
  | 'notThisFormat'
  | 'newerVersion'
  | 'missingRecordsFile'
  | 'unlistedRecordsFile'
  | 'countMismatch'
  | 'tooManyRecords'
  | 'invalidField'
  | 'unknownField'
  | 'duplicateId'
  | 'missingBlob'
  | 'blobHashMismatch'
  | 'blobSizeMismatch'
  | 'unusedBlob';

export interface ArchiveIssue {
  /** The entry of the zip (`records/meetings.json`), or `''` for the zip file as a whole. */
  file: string;
  /** The place inside the entry's JSON (`[12].minutes`), or `''`. */
  path: string;
  code: ArchiveIssueCode;
  /** The reason in English, without file and path. */
  reason: string;
  params: Record<string, string | number>;
}

export function issueMessage(issue: Pick<ArchiveIssue, 'file' | 'path' | 'reason'>): string {
  return [issue.file, issue.path, issue.reason].filter(Boolean).join(': ');
}

/** A rejected archive: the issues found (validation stops at a bounded number of them). */
export class ArchiveError extends Error {
  constructor(readonly issues: readonly ArchiveIssue[]) {
    super(issues.map(issueMessage).join('\n'));
    this.name = 'ArchiveError';
  }
}

export function issue(
  file: string,
  path: string,
  code: ArchiveIssueCode,
  reason: string,
  params: Record<string, string | number> = {},
): ArchiveIssue {
  return { file, path, code, reason, params };
}

export function fail(
  file: string,
  path: string,
  code: ArchiveIssueCode,
  reason: string,
  params: Record<string, string | number> = {},
): never {
  throw new ArchiveError([issue(file, path, code, reason, params)]);
}

/** A JSON path as people read it: `[12].minutes`, `tables.meetings.count`. */
export function formatPath(segments: ReadonlyArray<string | number>): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/** 200000 → "200,000": limits are quoted the way the documentation writes them. */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
