/**
 * The parts of a workbook that ExcelJS needs to give cell values, checked and made safe before it sees
 * them. The zip is judged by the archive's own bounded reader (names, symlinks, declared sizes,
 * compression ratio), each part is inflated in bounded steps with its CRC checked, and its XML is
 * scanned (scanXml) for depth, declarations and, in sheets, cell references.
 *
 * Only the workbook, its relationships, the styles (which tell dates from numbers), the shared strings
 * and the sheets are kept; images, drawings, comments, themes and the rest never reach ExcelJS. The
 * workbook's defined names are cut out: ExcelJS expands each named range cell by cell, so one name for
 * A1:XFD1048576 would hang the import (sheets' merges, validations and the like are ignored through
 * ExcelJS's `ignoreNodes` option instead).
 */
import { ArchiveError } from '../archive/archiveIssue';
import { listZipEntries, readZipEntry, type ZipEntry } from '../archive/zipReader';
import { scanXml, type XmlElement } from './scanXml';
import { fromZipProblem, XlsxFileError } from './XlsxFileError';
import { zipLimitsOf, type XlsxLimits } from './xlsxLimits';

export const WORKBOOK_PART = 'xl/workbook.xml';
const KEPT_PARTS = new Set([
  WORKBOOK_PART,
  'xl/_rels/workbook.xml.rels',
  'xl/styles.xml',
  'xl/sharedStrings.xml',
]);
const SHEET_PART = /^xl\/worksheets\/sheet\d+\.xml$/;
const STRIPPED_FROM_WORKBOOK: ReadonlySet<string> = new Set(['definedNames']);

/** Excel's own bounds: a reference past them is not one Excel wrote. */
const EXCEL_MAX_ROW = 1_048_576;
const CELL_REFERENCE = /^([A-Z]{1,3})([1-9]\d{0,6})$/;
const ROW_NUMBER = /^[1-9]\d{0,6}$/;
const SHEET_ID = /^[1-9]\d{0,4}$/;

const utf8 = new TextDecoder('utf-8', { fatal: true });
const encoder = new TextEncoder();

/** The kept parts by name, as UTF-8 XML ready to zip again for ExcelJS. */
export function workbookParts(data: Uint8Array, limits: XlsxLimits): Record<string, Uint8Array> {
  const zipLimits = zipLimitsOf(limits);
  const zipped = <T>(run: () => T): T => {
    try {
      return run();
    } catch (error) {
      if (error instanceof ArchiveError) throw fromZipProblem(error);
      throw error;
    }
  };
  const entries = zipped(() => listZipEntries(data, zipLimits));
  if (!entries.some((e) => e.name === WORKBOOK_PART))
    throw new XlsxFileError('notWorkbook', `not a workbook: the zip has no ${WORKBOOK_PART}`);

  const parts: Record<string, Uint8Array> = {};
  for (const entry of entries) {
    const sheet = SHEET_PART.test(entry.name);
    if (!sheet && !KEPT_PARTS.has(entry.name)) continue;
    const bytes = zipped(() => readZipEntry(data, entry, limits.maxPartBytes, zipLimits));
    const text = decode(bytes, entry);
    const checked = scanXml(text, entry.name, {
      maxDepth: limits.maxXmlDepth,
      ...(sheet ? { visit: sheetChecker(entry.name, limits) } : {}),
      ...(entry.name === WORKBOOK_PART ? { strip: STRIPPED_FROM_WORKBOOK, visit: checkSheetId } : {}),
    });
    parts[entry.name] = checked === text ? bytes : encoder.encode(checked);
  }
  return parts;
}

function decode(bytes: Uint8Array, entry: ZipEntry): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw new XlsxFileError('notUtf8', `${entry.name}: not UTF-8 text`, { entry: entry.name });
  }
}

/**
 * ExcelJS files each sheet at its id in an array and copies that array whole, so an id of four billion
 * hangs it; Excel numbers sheets from 1 as they are added.
 */
function checkSheetId({ name, attributes }: XmlElement): void {
  if (name !== 'sheet') return;
  const id = attribute(attributes, 'sheetId');
  if (id === null || !SHEET_ID.test(id))
    throw new XlsxFileError(
      'badXml',
      `${WORKBOOK_PART}: a sheet id of "${String(id).slice(0, 40)}" is not one Excel writes`,
      {
        entry: WORKBOOK_PART,
        reason: `the sheet id "${String(id).slice(0, 40)}" is not one Excel writes`,
      },
    );
}

function attribute(attributes: string, name: string): string | null {
  const match = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attributes);
  return match ? (match[1] ?? match[2]!) : null;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const c of letters) n = n * 26 + c.charCodeAt(0) - 64;
  return n;
}

/**
 * Counts a sheet's rows and places its cells as ExcelJS will (a cell without a reference follows the
 * one before it). ExcelJS keeps a row's cells in an array as long as its last column and walks all of
 * it more than once, so one cell in column XFD on each of 100,000 rows costs minutes: columns are
 * bounded here, as the CSV reader bounds them.
 */
function sheetChecker(entry: string, limits: XlsxLimits): (element: XmlElement) => void {
  let rows = 0;
  let row = 0;
  let column = 0;
  const badReference = (reference: string): never => {
    throw new XlsxFileError(
      'badCellReference',
      `${entry}: "${reference.slice(0, 40)}" is not a cell reference Excel writes`,
      { entry, reference: reference.slice(0, 40) },
    );
  };
  return ({ name, attributes }) => {
    if (name === 'row') {
      if (++rows > limits.maxRows)
        throw new XlsxFileError('tooManyRows', `${entry}: more than ${limits.maxRows} rows`, {
          entry,
          limit: limits.maxRows,
        });
      const r = attribute(attributes, 'r');
      if (r !== null && (!ROW_NUMBER.test(r) || Number(r) > EXCEL_MAX_ROW)) badReference(r);
      row = r === null ? row + 1 : Number(r);
      column = 0;
    } else if (name === 'c') {
      const r = attribute(attributes, 'r');
      if (r === null) column++;
      else {
        const match = CELL_REFERENCE.exec(r);
        if (!match || Number(match[2]) > EXCEL_MAX_ROW) return badReference(r);
        column = columnNumber(match[1]!);
        row = Number(match[2]);
      }
      if (column > limits.maxColumns)
        throw new XlsxFileError(
          'tooManyColumns',
          `${entry}: row ${row} has a cell past column ${limits.maxColumns}`,
          {
            entry,
            row,
            limit: limits.maxColumns,
          },
        );
    }
  };
}
