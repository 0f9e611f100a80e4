/**
 * The first sheet of a workbook (XLSX) as text rows, each with its row number, for participant lists
 * (whose messages name rows as the spreadsheet numbers them). ExcelJS, which the caller passes in (it is
 * large, so the renderer loads it only when a workbook is chosen), reads only what workbookParts checked
 * and kept, zipped again without compression, and skips every part of a sheet but its cells. Anything
 * refused or unreadable is an XlsxFileError saying why.
 */
import type ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { workbookParts } from './workbookParts';
import { XlsxFileError } from './XlsxFileError';
import { XLSX_LIMITS, type XlsxLimits } from './xlsxLimits';

const ZIP = [0x50, 0x4b];
/** OLE compound files: Excel 97–2003 workbooks and password-protected (encrypted) XLSX files. */
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

/** True for the bytes of a workbook (a zip or a compound file), false for text such as CSV. */
export function isWorkbookFile(bytes: Uint8Array): boolean {
  return startsWith(bytes, ZIP) || startsWith(bytes, COMPOUND_FILE);
}

/**
 * The worksheet elements ExcelJS would otherwise parse. Merges, validations and conditional formats
 * are expanded over their whole range (A1:XFD1048576 is 17 billion cells) and columns over their span;
 * none of them holds a value.
 */
const IGNORED_SHEET_NODES = [
  'sheetPr',
  'dimension',
  'sheetViews',
  'sheetFormatPr',
  'cols',
  'autoFilter',
  'mergeCells',
  'rowBreaks',
  'hyperlinks',
  'pageMargins',
  'dataValidations',
  'pageSetup',
  'headerFooter',
  'printOptions',
  'picture',
  'drawing',
  'sheetProtection',
  'tableParts',
  'conditionalFormatting',
  'extLst',
];

export interface XlsxRows {
  /** The sheet's rows that hold some text, top to bottom; blank rows are left out. */
  rows: string[][];
  /**
   * For each of `rows`, its row number as Excel shows it (1-based, every row above counted, empty or
   * not), so a message about a row names the one the user finds in the spreadsheet.
   */
  rowNumbers: number[];
}

export async function readXlsxRows(
  excel: typeof ExcelJS,
  data: Uint8Array,
  limits: XlsxLimits = XLSX_LIMITS,
): Promise<XlsxRows> {
  if (startsWith(data, COMPOUND_FILE))
    throw new XlsxFileError(
      'legacyOrEncrypted',
      'an Excel 97–2003 workbook or a password-protected one, not an XLSX file',
    );
  const zip = zipSync(workbookParts(data, limits), { level: 0 });
  const workbook = new excel.Workbook();
  try {
    await workbook.xlsx.load(zip.buffer as unknown as Parameters<typeof workbook.xlsx.load>[0], {
      ignoreNodes: IGNORED_SHEET_NODES,
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new XlsxFileError('unreadable', `the workbook could not be read: ${reason}`, { reason });
  }
  const sheet = workbook.worksheets[0];
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  if (!sheet) return { rows, rowNumbers };
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      const text = cellText(cell.value, cell.address);
      if (text.length > limits.maxCellCharacters)
        throw new XlsxFileError(
          'cellTooLong',
          `cell ${cell.address} holds more than ${limits.maxCellCharacters} characters`,
          { cell: cell.address, limit: limits.maxCellCharacters },
        );
      cells[column - 1] = text;
    });
    // A row whose cells are all empty text is as blank as one with no cells, as in the CSV reader.
    if (!cells.some((c) => c !== '')) return;
    rows.push(Array.from(cells, (c) => c ?? ''));
    rowNumbers.push(rowNumber);
  });
  return { rows, rowNumbers };
}

/** Dates as YYYY-MM-DD; a date cell whose number is no day Excel can show is refused. */
function cellText(value: ExcelJS.CellValue, address: string): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const year = value.getUTCFullYear();
    if (!(year >= 0 && year <= 9999))
      throw new XlsxFileError('badDate', `cell ${address} holds a date no calendar shows`, { cell: address });
    return value.toISOString().slice(0, 10);
  }
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return cellText(value.text as ExcelJS.CellValue, address);
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue, address);
    return '';
  }
  return String(value);
}
