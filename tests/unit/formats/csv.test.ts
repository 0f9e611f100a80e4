import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  BOM,
  CsvParseError,
  escapeFormula,
  parseCsv,
  unescapeFormula,
  writeCsv,
} from '../../../shared/formats/csv';
import { sheetCsv } from '../../../shared/formats/spreadsheetFiles';
import { sheetRows, type SheetContext } from '../../../shared/formats/spreadsheetColumns';
import { buildSampleEvent } from '../../../shared/sample/sampleEvent';

const hostile = ['=HYPERLINK("http://x","click")', '+1+1', '-2+3', '@SUM(A1)', '\tTab', '\rCR'];

describe('CSV', () => {
  it('starts with a BOM, ends lines with CRLF and reads back through papaparse with non-Latin names', () => {
    const rows = [
      ['name', 'nativeName', 'notes'],
      ['Sok Dara', 'សុខ ដារ៉ា', 'Said "yes", then left\nfor the airport'],
      ['Somchai Wongsa', 'สมชาย วงศ์สา', ''],
      ['Li Wei', '李伟', ' leading space'],
    ];
    const csv = writeCsv(rows);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv).toContain('\r\n');
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual(rows);
    expect(parseCsv(csv).rows).toEqual(rows);
  });

  it('escapes cells that a spreadsheet would run as formulas, and papaparse reads them as text', () => {
    const csv = writeCsv([hostile, [-5, 3.5, true, null, 'plain', '']]);
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
    expect(parsed.data[0]).toEqual(hostile.map((cell) => `'${cell}`));
    for (const cell of parsed.data[0]!) expect(cell).toMatch(/^'/);
    // Numbers stay numbers; only text is escaped.
    expect(parsed.data[1]).toEqual(['-5', '3.5', 'true', '', 'plain', '']);
    expect(parsed.data[0]!.map(unescapeFormula)).toEqual(hostile);
    expect(escapeFormula('Prek Leap')).toBe('Prek Leap');
  });

  it('reads semicolon and tab files, quoted newlines, and rejects an unterminated quote', () => {
    expect(parseCsv('a;b\r\n"x;y";z\r\n').rows).toEqual([
      ['a', 'b'],
      ['x;y', 'z'],
    ]);
    expect(parseCsv('a\tb\n1\t2\n\n').rows).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(parseCsv('a,b\n"multi\nline",2').rows[1]).toEqual(['multi\nline', '2']);
    expect(() => parseCsv('a,b\n"open,2\n3,4')).toThrow(CsvParseError);
    expect(() => parseCsv('a\n1\n2', { maxRows: 2, maxColumns: 5 })).toThrow(/tooManyRows/);
  });

  it('numbers each row by the line a text editor shows it on, blank lines and line breaks in quotes counted', () => {
    const text = [
      '',
      '',
      'name,org',
      '',
      'Sok Dara,Prek Leap',
      '"Chan',
      'Sophea",RUA',
      ',',
      'Li Wei,"a\nb"',
      'Last,x\r\r\n',
    ].join('\r\n');
    expect(parseCsv(text)).toEqual({
      rows: [
        ['name', 'org'],
        ['Sok Dara', 'Prek Leap'],
        ['Chan\r\nSophea', 'RUA'],
        ['Li Wei', 'a\nb'],
        ['Last', 'x'],
      ],
      // A record whose quoted cell spans lines is numbered by its first line.
      lines: [3, 5, 6, 9, 11],
      delimiter: ',',
    });
    // Files from old Macs end lines with a lone CR, inside quotes too.
    expect(parseCsv('a\r\r"b\rc"\rd').lines).toEqual([1, 3, 5]);
  });

  it('names the line a too-wide or one-too-many record starts on, blank lines counted', () => {
    const line = (text: string, limits: { maxRows: number; maxColumns: number }) => {
      try {
        parseCsv(text, limits);
      } catch (error) {
        if (error instanceof CsvParseError) return [error.code, error.line];
      }
      return null;
    };
    expect(line('a\n\n"x\ny",2,3\n', { maxRows: 10, maxColumns: 2 })).toEqual(['tooManyColumns', 3]);
    expect(line('a\n\n1\n\n2\n', { maxRows: 2, maxColumns: 5 })).toEqual(['tooManyRows', 5]);
  });

  it('exports a table with times in the event zone and names beside ids', () => {
    const records = buildSampleEvent();
    const sessions = records.filter((r) => r.table === 'sessions').map((r) => r.entity as never);
    const people = new Map(
      records
        .filter((r) => r.table === 'people')
        .map((r) => [r.entity.id, (r.entity as { name: string }).name]),
    );
    const ctx: SheetContext = {
      zoneOf: () => 'Asia/Shanghai',
      nameOf: (table, id) =>
        table === 'people' ? (people.get(id ?? '') ?? '') : table === 'events' ? 'WVTEDC' : '',
      includeConfidential: true,
    };
    const csv = sheetCsv(sheetRows('sessions', sessions, ctx));
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.data[0]).toMatchObject({
      title: 'Opening Ceremony',
      startsAt: '2024-11-21 09:00',
      endsAt: '2024-11-21 10:30',
      timeZone: 'Asia/Shanghai',
      attendees: 'Li Wei; Wang Fang; Zhang Min',
      event: 'WVTEDC',
    });
  });
});
