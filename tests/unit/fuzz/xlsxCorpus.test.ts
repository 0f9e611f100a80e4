/**
 * Seeded hostile workbooks for the XLSX participant-list reader, each refused before ExcelJS parses it
 * (or read, when it is harmless) with its specific XlsxFileError: zip bombs and 100 MB strings, deep
 * nesting and entity declarations, `../`, absolute and symlinked entries, ranges over every cell of a
 * sheet (which hung the import), invalid UTF-8, BOMs and NUL bytes, prototype keys, legacy and
 * password-protected files, and dates in 2100 (read) and past 9999 (refused).
 */
import ExcelJS from 'exceljs';
import { zipSync, type Zippable } from 'fflate';
import { beforeAll, describe, expect } from 'vitest';
import { readXlsxRows } from '../../../shared/formats/xlsx/readXlsxRows';
import { XlsxFileError } from '../../../shared/formats/xlsx/XlsxFileError';
import { MiB, memoryGrowth, refusal, reliabilityLog } from './reliabilityLog';
import { editPart, partsOf, type Parts } from './workbookFiles';

const { corpus } = reliabilityLog(
  import.meta.url,
  'Hostile input',
  'Participant lists (XLSX, seeded corpus)',
);

const SHEET = 'xl/worksheets/sheet1.xml';
const STRINGS = 'xl/sharedStrings.xml';
const encoder = new TextEncoder();
let parts: Parts;
const ROWS = [
  ['Name', 'Institution'],
  ['Sok Dara', 'Prek Leap'],
];

beforeAll(async () => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Participants');
  for (const row of ROWS) sheet.addRow(row);
  parts = partsOf(new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer));
});

const read = async (bytes: Uint8Array) => (await readXlsxRows(ExcelJS, bytes)).rows;
const zip = (files: Zippable, level: 0 | 1 = 1) => zipSync(files, { level });
/** The refusal's code and English message. */
async function refused(bytes: Uint8Array): Promise<[string, string]> {
  const error = await refusal(XlsxFileError, () => read(bytes));
  return [error.code, error.message];
}
const sheetWith = (edit: (xml: string) => string) => zip(editPart(parts, SHEET, edit));

/** 100 MB of shared strings deflated to about 100 KB, built once. */
let bomb: Uint8Array | null = null;
function stringsBomb(): Uint8Array {
  const xml = `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>${'x'.repeat(100_000_000)}</t></si></sst>`;
  bomb ??= zip({ ...parts, [STRINGS]: [encoder.encode(xml), { level: 9 }] });
  return bomb;
}

/** The bytes with the uncompressed size of `name` in the zip's directory set to `size`. */
function declaredSize(bytes: Uint8Array, name: string, size: number): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  const wanted = encoder.encode(name);
  for (let at = 0; at + 46 < out.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const length = view.getUint16(at + 28, true);
    if (
      length === wanted.length &&
      out.subarray(at + 46, at + 46 + length).every((b, i) => b === wanted[i])
    ) {
      view.setUint32(at + 24, size, true);
      return out;
    }
  }
  throw new Error(`no ${name} in the zip directory`);
}

describe('seeded hostile workbooks', () => {
  corpus(
    'a shared-strings part of 100 MB deflated to kilobytes is refused as a zip bomb, unread',
    async () => {
      const bytes = stringsBomb();
      let result: [string, string] | undefined;
      const grown = await memoryGrowth(async () => (result = await refused(bytes)));
      expect(result).toEqual(['zipBomb', `${STRINGS}: compressed more than 200 to 1, as a zip bomb is`]);
      expect(grown).toBeLessThan(64 * MiB);
    },
  );

  corpus('a 100 MB string declared as 1 KB is stopped while inflating, one step past 1 KB', async () => {
    const bytes = declaredSize(stringsBomb(), STRINGS, 1024);
    let result: [string, string] | undefined;
    const grown = await memoryGrowth(async () => (result = await refused(bytes)));
    expect(result?.[0]).toBe('zipBomb');
    expect(grown).toBeLessThan(64 * MiB);
  });

  corpus('a sheet nested a million levels deep is refused at level 32, before ExcelJS', async () => {
    // Stored, not deflated: deflated, it would be refused as a zip bomb before its XML is looked at.
    const deep = zip(
      editPart(parts, SHEET, (s) =>
        s.replace('</sheetData>', `</sheetData>${'<x>'.repeat(1_000_000)}${'</x>'.repeat(1_000_000)}`),
      ),
      0,
    );
    let result: [string, string] | undefined;
    const grown = await memoryGrowth(async () => (result = await refused(deep)));
    expect(result?.[0]).toBe('tooDeep');
    expect(result?.[1]).toMatch(/^xl\/worksheets\/sheet1\.xml: nested deeper than 32 levels/);
    expect(grown).toBeLessThan(64 * MiB);
  });

  corpus('an entity declaration (a billion laughs) is refused as a DOCTYPE', async () => {
    const laughs = zip(
      editPart(parts, STRINGS, (s) =>
        s.replace('?>', '?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'),
      ),
    );
    expect((await refused(laughs))[0]).toBe('badXml');
  });

  corpus('zip entries with ../, absolute paths, drive letters or a symbolic link are refused', async () => {
    for (const name of ['xl/../../evil.xml', '/etc/cron.d/liaison', 'C:\\Windows\\evil.dll'])
      expect(await refused(zip({ ...parts, [name]: encoder.encode('x') }))).toEqual([
        'unsafeEntry',
        expect.stringContaining(name) as string,
      ]);
    const link = zip({ ...parts, [SHEET]: [parts[SHEET]!, { os: 3, attrs: (0o120777 << 16) >>> 0 }] });
    expect(await refused(link)).toEqual(['unsafeEntry', `${SHEET}: symbolic links are not allowed`]);
  });

  corpus(
    'merges, validations, columns and defined names over all 17 billion cells are read in milliseconds',
    async () => {
      const hostile = editPart(
        editPart(parts, SHEET, (s) =>
          s
            .replace('<sheetData>', '<cols><col min="1" max="16384" width="9"/></cols><sheetData>')
            .replace(
              '</sheetData>',
              '</sheetData><mergeCells count="1"><mergeCell ref="A3:XFD1048576"/></mergeCells>' +
                '<dataValidations count="1"><dataValidation type="list" sqref="A1:XFD1048576"><formula1>"a"</formula1></dataValidation></dataValidations>',
            ),
        ),
        'xl/workbook.xml',
        (s) =>
          s.replace(
            '</sheets>',
            '</sheets><definedNames><definedName name="all">Participants!$A$1:$XFD$1048576</definedName></definedNames>',
          ),
      );
      const start = performance.now();
      expect(await read(zip(hostile))).toEqual(ROWS);
      expect(performance.now() - start).toBeLessThan(2000);
    },
  );

  corpus('a cell in column XFD on each of 100,000 rows is refused before ExcelJS walks them', async () => {
    const far = Array.from(
      { length: 100_000 },
      (_, i) => `<row r="${i + 3}"><c r="XFD${i + 3}"><v>1</v></c></row>`,
    );
    const start = performance.now();
    expect(await refused(sheetWith((s) => s.replace('</sheetData>', `${far.join('')}</sheetData>`)))).toEqual(
      ['tooManyColumns', `${SHEET}: row 3 has a cell past column 200`],
    );
    expect(performance.now() - start).toBeLessThan(2000);
  });

  corpus('a sheet id of four billion is refused before ExcelJS hangs on it', async () => {
    const bytes = zip(
      editPart(parts, 'xl/workbook.xml', (s) => s.replace(/sheetId="1"/, 'sheetId="4294967294"')),
    );
    expect((await refused(bytes))[0]).toBe('badXml');
  });

  corpus('more than 100,000 rows are refused, as in a CSV file', async () => {
    const rows = Array.from(
      { length: 100_000 },
      (_, i) => `<row r="${i + 3}"><c r="A${i + 3}"><v>${i}</v></c></row>`,
    );
    expect(
      await refused(sheetWith((s) => s.replace('</sheetData>', `${rows.join('')}</sheetData>`))),
    ).toEqual(['tooManyRows', `${SHEET}: more than 100000 rows`]);
  });

  corpus('a date in the year 2100 is read; one past the year 9999 is refused naming its cell', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Participants');
    sheet.addRow(['Arrival', new Date(Date.UTC(2100, 1, 28))]);
    sheet.getCell('B1').numFmt = 'yyyy-mm-dd';
    const dated = partsOf(new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer));
    expect(await read(zip(dated))).toEqual([['Arrival', '2100-02-28']]);
    // 3,000,000 days after 1900 is in the year 10113.
    const late = editPart(dated, SHEET, (s) => s.replace(/(<c r="B1"[^>]*><v>)[^<]*/, '$13000000'));
    expect(await refused(zip(late))).toEqual(['badDate', 'cell B1 holds a date no calendar shows']);
  });

  corpus('__proto__ and constructor as cells, sheet names and defined names are plain text', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('__proto__').addRow(['__proto__', 'constructor', 'prototype']);
    const named = editPart(
      partsOf(new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer)),
      'xl/workbook.xml',
      (s) =>
        s.replace(
          '</sheets>',
          `</sheets><definedNames><definedName name="constructor">'__proto__'!$A$1</definedName>` +
            `<definedName name="__proto__">'__proto__'!$A$1:$C$1</definedName></definedNames>`,
        ),
    );
    const rows = await read(zip(named));
    expect(rows).toEqual([['__proto__', 'constructor', 'prototype']]);
    expect(Object.getPrototypeOf(rows[0])).toBe(Array.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  corpus('invalid UTF-8 in a part is refused; a BOM before its XML is read', async () => {
    const bad = { ...parts, [STRINGS]: Uint8Array.of(...parts[STRINGS]!.subarray(0, 60), 0xc0, 0x80) };
    expect(await refused(zip(bad))).toEqual(['notUtf8', `${STRINGS}: not UTF-8 text`]);
    const bom = { ...parts, [STRINGS]: Uint8Array.of(0xef, 0xbb, 0xbf, ...parts[STRINGS]!) };
    expect(await read(zip(bom))).toEqual(ROWS);
  });

  corpus('a raw NUL byte in a sheet is refused; an escaped one (_x0000_) is text', async () => {
    const raw = sheetWith((s) =>
      s.replace(
        '</sheetData>',
        '<row r="3"><c r="A3" t="inlineStr"><is><t>a\u0000b</t></is></c></row></sheetData>',
      ),
    );
    expect((await refused(raw))[0]).toBe('unreadable');
    // ExcelJS reads OOXML's escapes in shared strings, where Excel writes text.
    const escaped = zip(editPart(parts, STRINGS, (s) => s.replace('Sok Dara', 'Sok_x0000_Dara')));
    expect(await read(escaped)).toEqual([ROWS[0], ['Sok\u0000Dara', 'Prek Leap']]);
  });

  corpus(
    'an Excel 97–2003 or password-protected file and a zip that is no workbook get their own message',
    async () => {
      const compound = Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(504));
      expect((await refused(compound))[0]).toBe('legacyOrEncrypted');
      expect(await refused(zip({ 'manifest.json': encoder.encode('{}') }))).toEqual([
        'notWorkbook',
        'not a workbook: the zip has no xl/workbook.xml',
      ]);
    },
  );
});
