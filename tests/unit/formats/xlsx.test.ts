import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { sheetRows, SHEET_COLUMNS, type SheetContext } from '../../../shared/formats/spreadsheetColumns';
import { writeXlsx } from '../../../shared/formats/spreadsheetFiles';
import { readXlsxRows } from '../../../shared/formats/xlsx/readXlsxRows';
import { buildSampleEvent } from '../../../shared/sample/sampleEvent';
import type { EntityOf } from '../../../shared/domain/entityTables';

const ctx: SheetContext = { zoneOf: () => 'Asia/Shanghai', nameOf: () => '', includeConfidential: false };

describe('XLSX', () => {
  it('writes one sheet per entity with frozen headers and real date cells that exceljs reads back', async () => {
    const records = buildSampleEvent();
    const of = <N extends 'meetings' | 'people' | 'agreements'>(table: N) =>
      records.filter((r) => r.table === table).map((r) => r.entity as EntityOf<N>);
    const meetings = of('meetings');
    meetings[0] = { ...meetings[0]!, confidentiality: 'confidential', minutes: '=cmd|secret' };
    const sheets = (['meetings', 'people', 'agreements'] as const).map((table) => ({
      name: table,
      widths: SHEET_COLUMNS[table].map((c) => c.width),
      ...sheetRows(table, table === 'meetings' ? meetings : (of(table) as never[]), ctx),
    }));
    const bytes = await writeXlsx(ExcelJS, sheets);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['meetings', 'people', 'agreements']);
    const sheet = workbook.getWorksheet('meetings')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const headers = sheet.getRow(1).values as unknown[];
    const column = (name: string) => headers.indexOf(name);
    const start = sheet.getRow(2).getCell(column('startsAt'));
    expect(start.type).toBe(ExcelJS.ValueType.Date);
    expect(start.numFmt).toBe('yyyy-mm-dd hh:mm');
    // Wall-clock time at the event: 12:15 in Tianjin.
    expect((start.value as Date).toISOString()).toBe('2024-11-21T12:15:00.000Z');
    // A confidential meeting's text is left out unless asked for.
    expect(sheet.getRow(2).getCell(column('minutes')).value ?? '').toBe('');
    expect(sheet.getRow(3).getCell(column('minutes')).value).toMatch(/Memorandum/);
    const agreements = workbook.getWorksheet('agreements')!;
    const signed = agreements
      .getRow(2)
      .getCell((agreements.getRow(1).values as unknown[]).indexOf('signedOn'));
    expect(signed.type).toBe(ExcelJS.ValueType.Date);
    expect((signed.value as Date).toISOString().slice(0, 10)).toBe('2024-11-21');
    const people = workbook.getWorksheet('people')!;
    expect(people.getRow(5).values).toContain('សុខ ដារ៉ា');
  });

  it('reads the first sheet of a participant list as text rows', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Participants');
    sheet.addRow(['姓名', 'Name', 'Institution']);
    sheet.addRow(['สมชาย วงศ์สา', 'Somchai Wongsa', 'Mahasarakham University']);
    sheet.addRow([null, 'Sok Dara', { richText: [{ text: 'Prek ' }, { text: 'Leap' }] }]);
    const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    expect(await readXlsxRows(ExcelJS, bytes)).toEqual([
      ['姓名', 'Name', 'Institution'],
      ['สมชาย วงศ์สา', 'Somchai Wongsa', 'Mahasarakham University'],
      ['', 'Sok Dara', 'Prek Leap'],
    ]);
  });
});
