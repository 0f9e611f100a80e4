/**
 * Workbooks for fuzzing the XLSX participant-list reader: generated sheets written by the app's own
 * export (shared/formats/spreadsheetFiles.ts writeXlsx) with the text each cell must read back as, a
 * few workbooks written with ExcelJS the way organizers' templates are (merges, validations over whole
 * columns, rich text, defined names), and the XML fragments of hostile workbooks.
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { expect } from 'vitest';
import type { Cell } from '../../../shared/formats/spreadsheetColumns';
import { writeXlsx, type WorkbookSheet } from '../../../shared/formats/spreadsheetFiles';
import { readXlsxRows } from '../../../shared/formats/xlsx/readXlsxRows';
import { XlsxFileError } from '../../../shared/formats/xlsx/XlsxFileError';
import { XLSX_LIMITS } from '../../../shared/formats/xlsx/xlsxLimits';
import { instantToZoned } from '../../../shared/time/zonedTime';
import { isoDate, MAX_INSTANT, text } from './entityArbitraries';

const ZONES = ['UTC', 'Asia/Shanghai', 'Asia/Phnom_Penh', 'America/St_Johns'];
/** 1900-01-01, where Excel's dates begin. */
const EXCEL_EPOCH = Date.UTC(1900, 0, 1);

/** Text that tests OOXML's own escapes as well as any Unicode: `_x0041_`, controls, CR, U+FFFE. */
const cellText = fc.oneof(
  text(24),
  fc.string({
    unit: fc.constantFrom(...'_x0041F\u0001\r\n\t\uFFFE\uFFFF\uD800\uDC00 =\'"<&'),
    maxLength: 16,
  }),
  fc.constantFrom('=HYPERLINK("x")', '__proto__', 'constructor', '1e5', '0042', 'TRUE', '2100-02-29'),
);

export const cell: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 4, arbitrary: cellText.map((value): Cell => ({ kind: 'text', value })) },
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((value): Cell => ({ kind: 'number', value })),
  fc.boolean().map((value): Cell => ({ kind: 'boolean', value })),
  fc.option(isoDate, { nil: null }).map((value): Cell => ({ kind: 'date', value })),
  fc
    .tuple(fc.integer({ min: EXCEL_EPOCH, max: MAX_INSTANT - 86_400_000 }), fc.constantFrom(...ZONES))
    .map(([value, zone]): Cell => ({ kind: 'dateTime', value, zone })),
);

const sheet = (name: string): fc.Arbitrary<WorkbookSheet> =>
  fc
    .record({
      headers: fc.array(cellText, { minLength: 1, maxLength: 4 }),
      rows: fc.array(fc.array(cell, { maxLength: 4 }), { maxLength: 4 }),
    })
    .map(({ headers, rows }) => ({ name, headers, widths: headers.map(() => 12), rows }));

/** One to three sheets: the reader takes the first. */
export const workbookSheets = fc
  .tuple(sheet('Participants'), fc.array(sheet('Other'), { maxLength: 2 }))
  .map(([first, rest]) => [first, ...rest.map((s, i) => ({ ...s, name: `Other ${i + 1}` }))]);

/** The text the reader gives for a cell: dates as the day they show. */
export function shownText(cell: Cell): string {
  switch (cell.kind) {
    case 'text':
      return cell.value;
    case 'date':
      return cell.value ?? '';
    case 'dateTime':
      return instantToZoned(cell.value, cell.zone).date;
    default:
      return String(cell.value);
  }
}

/** Rows compared by their content: trailing empty cells and empty rows are not in a sheet's XML. */
export function content(rows: readonly (readonly string[])[]): string[][] {
  return rows
    .map((row) => {
      const cells = [...row];
      while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
      return cells;
    })
    .filter((row) => row.length > 0);
}

export function writtenRows(sheet: WorkbookSheet): string[][] {
  return content([sheet.headers.map((h) => h), ...sheet.rows.map((row) => row.map(shownText))]);
}

export function writeWorkbook(sheets: readonly WorkbookSheet[]): Promise<Uint8Array> {
  return writeXlsx(ExcelJS, sheets);
}

/** The rows read, or the XlsxFileError; anything else thrown fails the test. */
export async function readOrRefuse(bytes: Uint8Array): Promise<string[][] | XlsxFileError> {
  try {
    const { rows, rowNumbers } = await readXlsxRows(ExcelJS, bytes);
    expect(rows.length).toBeLessThanOrEqual(XLSX_LIMITS.maxRows);
    // Each row keeps its number in the sheet: rising, as Excel numbers rows, one per row read.
    expect(rowNumbers).toHaveLength(rows.length);
    rowNumbers.forEach((n, i) => {
      expect(n).toBeGreaterThan(i === 0 ? 0 : rowNumbers[i - 1]!);
      expect(n).toBeLessThanOrEqual(1_048_576);
    });
    for (const row of rows) {
      expect(row.length).toBeLessThanOrEqual(XLSX_LIMITS.maxColumns);
      for (const c of row) expect(typeof c).toBe('string');
    }
    return rows;
  } catch (error) {
    if (!(error instanceof XlsxFileError)) throw error;
    expect(error.message.length).toBeGreaterThan(0);
    return error;
  }
}

/** A participant list as organizers send it: merged title, validation over whole columns, rich text. */
export async function organizersTemplate(): Promise<{ bytes: Uint8Array; rows: string[][] }> {
  const workbook = new ExcelJS.Workbook();
  const list = workbook.addWorksheet('名单');
  list.addRow(['姓名', 'Name', 'Institution', 'Country', 'Arrival']);
  list.addRow([
    'สมชาย วงศ์สา',
    'Somchai Wongsa',
    'Mahasarakham University',
    'TH',
    new Date(Date.UTC(2100, 0, 2)),
  ]);
  list.addRow([null, 'Sok Dara', { richText: [{ text: 'Prek ' }, { text: 'Leap' }] }, 'KH', null]);
  list.getCell('E2').numFmt = 'yyyy-mm-dd';
  list.mergeCells('F1:H1');
  list.getCell('F1').value = 'Notes';
  // A validation over the rest of the column, as Excel writes one (ExcelJS's types omit the collection).
  (
    list as unknown as { dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void } }
  ).dataValidations.add('D2:D1048576', { type: 'list', allowBlank: true, formulae: ['"KH,LA,TH,CN"'] });
  list.getCell('B2').note = 'romanized';
  workbook.addWorksheet('Lists').addRow(['KH', 'LA', 'TH', 'CN']);
  workbook.definedNames.add("'名单'!$A$1:$H$3", 'Participants');
  return {
    bytes: new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer),
    rows: [
      ['姓名', 'Name', 'Institution', 'Country', 'Arrival', 'Notes'],
      ['สมชาย วงศ์สา', 'Somchai Wongsa', 'Mahasarakham University', 'TH', '2100-01-02'],
      ['', 'Sok Dara', 'Prek Leap', 'KH'],
    ],
  };
}

export type Parts = Record<string, Uint8Array>;

export const partsOf = (bytes: Uint8Array): Parts => unzipSync(bytes);
export const zipParts = (parts: Parts): Uint8Array => zipSync(parts, { level: 0 });

/** The parts with `edit` applied to one part's text. */
export function editPart(parts: Parts, name: string, edit: (xml: string) => string): Parts {
  return { ...parts, [name]: strToU8(edit(strFromU8(parts[name]!))) };
}

const reference = fc.oneof(
  fc.constantFrom('A1', 'GR1', 'GS1', 'XFD1048576', 'A1048577', 'a1', 'AAAA1', 'A0', '$A$1', '', '__proto__'),
  fc
    .tuple(fc.integer({ min: 1, max: 16_384 }), fc.integer({ min: 1, max: 1_100_000 }))
    .map(([column, row]) => `${columnLetters(column)}${row}`),
);

function columnLetters(column: number): string {
  let out = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

/** Elements that make ExcelJS expand a range cell by cell, refer far away, or nest deep. */
export const hostileSheetXml = fc.oneof(
  fc.constant('<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>'),
  fc.constant(
    '<dataValidations count="1"><dataValidation type="list" sqref="A1:XFD1048576"><formula1>"a,b"</formula1></dataValidation></dataValidations>',
  ),
  fc.constant('<cols><col min="1" max="2000000000" width="9"/></cols>'),
  fc.constant('<hyperlinks><hyperlink ref="A1:XFD1048576" location="A1"/></hyperlinks>'),
  fc.constant(
    '<conditionalFormatting sqref="A1:XFD1048576"><cfRule type="expression" priority="1"><formula>1</formula></cfRule></conditionalFormatting>',
  ),
  fc.constant('<dimension ref="A1:XFD1048576"/><autoFilter ref="A1:XFD1048576"/>'),
  fc
    .tuple(reference, fc.constantFrom('', ' t="s"', ' t="inlineStr"', ' s="4294967295"'))
    .map(([r, t]) => `<row r="${r.replace(/^[A-Za-z$]*/, '') || '1'}"><c r="${r}"${t}><v>1</v></c></row>`),
  fc.integer({ min: 1, max: 40 }).map((n) => `${'<x>'.repeat(n)}${'</x>'.repeat(n)}`),
  fc.constantFrom(
    '<!DOCTYPE x [<!ENTITY a "aaaa">]>',
    '<!-- <row> -->',
    '<![CDATA[<c r="A1">]]>',
    '<?pi x?>',
  ),
);

export const hostileWorkbookXml = fc.oneof(
  fc.constant('<definedNames><definedName name="all">Sheet1!$A$1:$XFD$1048576</definedName></definedNames>'),
  fc
    .constantFrom('4294967294', '0', '__proto__', '-1', '99999', '100000')
    .map((id) => `<sheets><sheet name="Evil" sheetId="${id}" r:id="rId99"/></sheets>`),
  fc.integer({ min: 1, max: 40 }).map((n) => `${'<x>'.repeat(n)}${'</x>'.repeat(n)}`),
);
