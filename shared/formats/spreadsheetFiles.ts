/**
 * Spreadsheet files from sheet rows: CSV (one table per file) and XLSX (one sheet per table). XLSX is
 * written by exceljs, which the caller passes in: it is large, so the renderer loads it only when an
 * export needs it, and shared/ stays free of it.
 *
 * Times become real date cells. Excel has no time zones, so a cell holds the wall-clock time in the
 * record's zone (named in the timeZone column), which is what a reader at the event expects to see.
 */
import type ExcelJS from 'exceljs';
import { instantToZoned } from '../time/zonedTime';
import { writeCsv, type CsvCell } from './csv';
import type { Cell } from './spreadsheetColumns';

export function csvCell(cell: Cell): CsvCell {
  switch (cell.kind) {
    case 'dateTime': {
      const { date, time } = instantToZoned(cell.value, cell.zone);
      return `${date} ${time}`;
    }
    case 'date':
      return cell.value ?? '';
    default:
      return cell.value;
  }
}

export function sheetCsv(sheet: { headers: string[]; rows: Cell[][] }): string {
  return writeCsv([sheet.headers, ...sheet.rows.map((row) => row.map(csvCell))]);
}

/** A Date whose UTC fields are the wall-clock time: exceljs writes UTC fields as the cell's value. */
function wallClockDate(cell: Cell & { kind: 'dateTime' | 'date' }): Date | null {
  if (cell.kind === 'date') {
    if (!cell.value) return null;
    const [y, m, d] = cell.value.split('-').map(Number) as [number, number, number];
    return new Date(Date.UTC(y, m - 1, d));
  }
  const { date, time } = instantToZoned(cell.value, cell.zone);
  return new Date(`${date}T${time}:00Z`);
}

/** Code units XML 1.0 cannot carry (CR included: parsers turn it into LF), as one regex alternative. */
const NOT_IN_XML = String.raw`[\x00-\x08\x0B-\x1F\x7F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]`;
/**
 * An underscore the reader would take for the start of an escape: one before `xHHHH` and then an
 * underscore or a code unit that is itself escaped (and so starts with one).
 */
const ESCAPED = new RegExp(`_(?=x[0-9A-F]{4}(?:_|${NOT_IN_XML}))|${NOT_IN_XML}`, 'g');

/**
 * Text as an XLSX cell must hold it to read back the same. ExcelJS drops control characters and writes
 * U+FFFE, U+FFFF and half surrogate pairs as they are, which makes the whole file unreadable. OOXML
 * escapes a code unit as `_xHHHH_` and an underscore that would start such an escape as `_x005F_`; Excel
 * and ExcelJS read both back. One pass, so an escape written here is never escaped again.
 */
export function excelText(text: string): string {
  return text.replace(ESCAPED, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
}

export interface WorkbookSheet {
  name: string;
  headers: string[];
  widths: number[];
  rows: Cell[][];
}

export async function writeXlsx(
  excel: typeof ExcelJS,
  sheets: readonly WorkbookSheet[],
): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new excel.Workbook();
  workbook.creator = 'Liaison';
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    worksheet.columns = sheet.headers.map((header, i) => ({
      header: excelText(header),
      width: sheet.widths[i] ?? 20,
    }));
    worksheet.getRow(1).font = { bold: true };
    for (const row of sheet.rows) {
      const added = worksheet.addRow(
        row.map((cell) =>
          cell.kind === 'date' || cell.kind === 'dateTime'
            ? wallClockDate(cell)
            : cell.kind === 'text'
              ? excelText(cell.value)
              : cell.value,
        ),
      );
      row.forEach((cell, i) => {
        if (cell.kind === 'date') added.getCell(i + 1).numFmt = 'yyyy-mm-dd';
        if (cell.kind === 'dateTime') added.getCell(i + 1).numFmt = 'yyyy-mm-dd hh:mm';
      });
    }
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
