/**
 * The limits a workbook (XLSX participant list) must keep, checked on the zip and its XML before ExcelJS
 * reads any of it: ExcelJS inflates every part whole, keeps a tag stack as deep as the XML, and builds
 * an object per row and cell, so a small hostile file could otherwise take the renderer's memory or hang
 * it. docs/archive-format.md ("Workbooks") states the same numbers. Rows and columns match the CSV
 * reader's, so a list reads the same whichever way it was saved.
 */
import { ARCHIVE_LIMITS, type ArchiveLimits } from '../archive/archiveLimits';

const MiB = 1024 * 1024;

export const XLSX_LIMITS = {
  /** The file itself: the import's file limit. */
  maxFileBytes: 20 * MiB,
  /** Entries in the zip (a workbook has a few dozen; images and charts add some). */
  maxEntries: 10_000,
  /** All entries together once inflated, as the zip's directory declares them. */
  maxTotalBytes: 128 * MiB,
  /** One part that is read (workbook, styles, shared strings, a sheet) once inflated. */
  maxPartBytes: 64 * MiB,
  /** Inflated size over compressed size, checked for entries larger than `ratioFloorBytes`. */
  maxCompressionRatio: 200,
  ratioFloorBytes: 1 * MiB,
  /** Nesting of XML elements (a sheet needs about ten). */
  maxXmlDepth: 32,
  /** Rows of one sheet, the header included. */
  maxRows: 100_000,
  /** Columns a cell may be in (A to GR). */
  maxColumns: 200,
  /** Characters in one cell: Excel's own limit. */
  maxCellCharacters: 32_767,
} as const;

export type XlsxLimits = { -readonly [K in keyof typeof XLSX_LIMITS]: number };

/** The limits in the form the zip reader takes (the JSON limits there are the archive's, unused here). */
export function zipLimitsOf(limits: XlsxLimits): ArchiveLimits {
  return {
    ...ARCHIVE_LIMITS,
    maxArchiveBytes: limits.maxFileBytes,
    maxEntries: limits.maxEntries,
    maxTotalBytes: limits.maxTotalBytes,
    maxCompressionRatio: limits.maxCompressionRatio,
    ratioFloorBytes: limits.ratioFloorBytes,
  };
}
