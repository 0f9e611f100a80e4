/**
 * Why a workbook (XLSX) was not read, precisely enough for the user to fix it: a code the UI translates,
 * the parameters its sentence needs (the zip entry, the cell, the limit), and an English message for logs
 * and tests.
 */
import type { ArchiveError, ArchiveIssueCode } from '../archive/archiveIssue';

export type XlsxProblemCode =
  /** An Excel 97–2003 file or a password-protected workbook (both are OLE compound files, not zips). */
  | 'legacyOrEncrypted'
  | 'notZip'
  /** A zip, but without xl/workbook.xml (a Word file, an archive…). */
  | 'notWorkbook'
  | 'fileTooLarge'
  | 'tooManyEntries'
  /** zip64, split, encrypted entries or compression other than deflate. */
  | 'unsupportedZip'
  /** `..`, an absolute path or a symbolic link. */
  | 'unsafeEntry'
  | 'damagedEntry'
  | 'partTooLarge'
  | 'zipBomb'
  | 'notUtf8'
  | 'badXml'
  | 'tooDeep'
  | 'badCellReference'
  | 'tooManyRows'
  | 'tooManyColumns'
  | 'cellTooLong'
  | 'badDate'
  /** ExcelJS could not read what passed every check. */
  | 'unreadable';

export class XlsxFileError extends Error {
  constructor(
    readonly code: XlsxProblemCode,
    message: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(message);
    this.name = 'XlsxFileError';
  }
}

const ZIP_PROBLEMS: Partial<Record<ArchiveIssueCode, XlsxProblemCode>> = {
  notZip: 'notZip',
  archiveTooLarge: 'fileTooLarge',
  tooManyEntries: 'tooManyEntries',
  zip64: 'unsupportedZip',
  multiDisk: 'unsupportedZip',
  encrypted: 'unsupportedZip',
  compressionMethod: 'unsupportedZip',
  symlink: 'unsafeEntry',
  pathTraversal: 'unsafeEntry',
  absolutePath: 'unsafeEntry',
  duplicateEntry: 'damagedEntry',
  unexpectedEntry: 'damagedEntry',
  corruptEntry: 'damagedEntry',
  entryTooLarge: 'partTooLarge',
  totalTooLarge: 'partTooLarge',
  compressionRatio: 'zipBomb',
};

/** The zip reader's refusal (it speaks of archives) as a workbook's. */
export function fromZipProblem(error: ArchiveError): XlsxFileError {
  const issue = error.issues[0]!;
  const code = ZIP_PROBLEMS[issue.code] ?? 'notZip';
  const reason = issue.reason.replace(/^not a Liaison archive: /, '').replace(/ in an archive$/, '');
  const params: Record<string, string | number> = { ...issue.params, reason };
  if (issue.file) params['entry'] = issue.file;
  return new XlsxFileError(code, [issue.file, reason].filter(Boolean).join(': '), params);
}
