import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { sheetRows, SHEET_COLUMNS, type SheetContext } from '../../../shared/formats/spreadsheetColumns';
import { writeXlsx } from '../../../shared/formats/spreadsheetFiles';
import { planParticipants, rowsToParticipants } from '../../../shared/formats/participantsTable';
import { createUlidFactory } from '../../../shared/domain/ulid';
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
    expect(await readXlsxRows(ExcelJS, bytes)).toEqual({
      rows: [
        ['姓名', 'Name', 'Institution'],
        ['สมชาย วงศ์สา', 'Somchai Wongsa', 'Mahasarakham University'],
        ['', 'Sok Dara', 'Prek Leap'],
      ],
      rowNumbers: [1, 2, 3],
    });
  });

  it('names each row of a participant workbook by the row number Excel shows, a title row and blank rows counted', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('名单');
    const put = (row: number, values: (string | null)[]) => (sheet.getRow(row).values = values);
    put(1, ['WVTEDC 2024 — participants']);
    sheet.mergeCells('A1:D1');
    put(3, ['Name', 'Institution', 'Country', 'E-mail']);
    put(4, ['Somchai Wongsa', 'Mahasarakham University', 'TH', '']);
    // Blank rows in the list's formatting, as organizers leave between groups and under the list.
    for (const row of [5, 6, 11, 12]) sheet.getCell(`A${row}`).border = { bottom: { style: 'thin' } };
    put(7, [null, 'Khon Kaen Technical College', 'TH']);
    put(8, ['Sok Dara', 'Prek Leap National Institute of Agriculture', 'Atlantis']);
    put(9, ['Somchai Wongsa', 'Mahasarakham University', 'TH']);
    put(10, ['Zhao Lei', '天津职业技术师范大学', 'CN', 'not-an-email']);
    put(12, ['', '', '', '']);
    const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);

    const table = await readXlsxRows(ExcelJS, bytes);
    expect(table.rowNumbers).toEqual([1, 3, 4, 7, 8, 9, 10]);
    expect(table.rows[1]).toEqual(['Name', 'Institution', 'Country', 'E-mail']);
    // The title is the first row, so it is taken for the header: the user maps the columns, and the
    // real header is read as a person whose problems name row 3, where the user finds it.
    const participants = rowsToParticipants(table, { name: 0, organization: 1, country: 2, email: 3 }, true);
    const plan = planParticipants(participants, { people: [], organizations: [] }, createUlidFactory());
    expect(plan.people.map((p) => [p.row, p.entity.name])).toEqual([
      [4, 'Somchai Wongsa'],
      [8, 'Sok Dara'],
    ]);
    expect(plan.problems.map((p) => [p.row, p.code, p.detail])).toEqual([
      [3, 'unknownCountry', 'Country'],
      [3, 'invalid', 'validation.email'],
      [7, 'noName', ''],
      [8, 'unknownCountry', 'Atlantis'],
      [9, 'duplicateRow', '4'],
      [10, 'invalid', 'validation.email'],
    ]);
  });
});
