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
    worksheet.columns = sheet.headers.map((header, i) => ({ header, width: sheet.widths[i] ?? 20 }));
    worksheet.getRow(1).font = { bold: true };
    for (const row of sheet.rows) {
      const added = worksheet.addRow(
        row.map((cell) =>
          cell.kind === 'date' || cell.kind === 'dateTime' ? wallClockDate(cell) : cell.value,
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

/** The first sheet of a workbook as text rows (dates as YYYY-MM-DD), for participant lists. */
export async function readXlsxRows(
  excel: typeof ExcelJS,
  data: Uint8Array,
  maxRows = 100_000,
): Promise<string[][]> {
  const workbook = new excel.Workbook();
  await workbook.xlsx.load(
    data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer,
  );
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    if (rows.length >= maxRows) return;
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellText(cell.value);
    });
    rows.push(Array.from(cells, (c) => c ?? ''));
  });
  return rows;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    return '';
  }
  return String(value);
}
