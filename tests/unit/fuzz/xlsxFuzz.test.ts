/**
 * Fuzzing the XLSX participant-list reader (shared/formats/xlsx/readXlsxRows.ts): sheets written by the
 * app's own export read back exactly; damaged files are read as the original or refused with an
 * XlsxFileError, in bounded memory; damaged or hostile XML inside an intact zip (whole-sheet merges and
 * validations, far cells, huge ids, deep nesting, DOCTYPEs) is read or refused without hanging; random
 * bytes are refused. Nothing else is ever thrown.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect } from 'vitest';
import { listZipEntries } from '../../../shared/formats/archive/zipReader';
import { XlsxFileError } from '../../../shared/formats/xlsx/XlsxFileError';
import { XLSX_LIMITS, zipLimitsOf } from '../../../shared/formats/xlsx/xlsxLimits';
import { edits, mutateBytes, mutateText } from './mutations';
import { fuzzTimeout, MiB, memoryGrowth, reliabilityLog } from './reliabilityLog';
import {
  content,
  editPart,
  hostileSheetXml,
  hostileWorkbookXml,
  organizersTemplate,
  partsOf,
  readOrRefuse,
  workbookSheets,
  writeWorkbook,
  writtenRows,
  zipParts,
  type Parts,
} from './workbookFiles';

const { fuzz } = reliabilityLog(import.meta.url, 'Hostile input', 'Participant lists (XLSX)');

/** The zip directory's entry names, or null when the zip reader refuses it. */
function entryNames(bytes: Uint8Array): string[] | null {
  try {
    return listZipEntries(bytes, zipLimitsOf(XLSX_LIMITS)).map((e) => e.name);
  } catch {
    return null;
  }
}

const samples: Array<{ bytes: Uint8Array; rows: string[][] }> = [];
const SHEET = 'xl/worksheets/sheet1.xml';
const READ_PARTS = [
  SHEET,
  'xl/workbook.xml',
  'xl/sharedStrings.xml',
  'xl/styles.xml',
  'xl/_rels/workbook.xml.rels',
];

beforeAll(async () => {
  samples.push(await organizersTemplate());
  const sheets = fc.sample(workbookSheets, { numRuns: 4, seed: 2100 });
  for (const s of sheets) samples.push({ bytes: await writeWorkbook(s), rows: writtenRows(s[0]!) });
});

describe('XLSX participant lists under fuzzing', { timeout: fuzzTimeout(30) }, () => {
  fuzz(
    'sheets written by the app’s XLSX export read back exactly, whatever their cells hold',
    () =>
      fc.asyncProperty(workbookSheets, async (sheets) => {
        const read = await readOrRefuse(await writeWorkbook(sheets));
        if (read instanceof XlsxFileError) throw read;
        expect(content(read)).toEqual(writtenRows(sheets[0]!));
      }),
    { msPerRun: 30 },
  );

  fuzz(
    'damaged workbook bytes are read as the original or refused with an XlsxFileError, in bounded memory',
    () =>
      fc.asyncProperty(fc.nat(), edits, async (pick, damage) => {
        const sample = samples[pick % samples.length]!;
        const bytes = mutateBytes(sample.bytes, damage);
        let read: string[][] | XlsxFileError | undefined;
        const grown = await memoryGrowth(async () => {
          read = await readOrRefuse(bytes);
        });
        expect(grown).toBeLessThan(64 * MiB);
        if (read instanceof XlsxFileError || JSON.stringify(content(read!)) === JSON.stringify(sample.rows))
          return;
        // Other rows only when the damage renamed an entry of the zip's directory (a sheet no longer
        // found reads as no rows); the parts' bytes themselves are covered by their CRC-32.
        expect(entryNames(bytes)).not.toEqual(entryNames(sample.bytes));
      }),
    { msPerRun: 20 },
  );

  fuzz(
    'damaged or hostile XML in an intact zip is read or refused with an XlsxFileError, never hangs',
    () =>
      fc.asyncProperty(
        fc.nat(),
        fc.oneof(
          fc.record({
            kind: fc.constant('damage' as const),
            part: fc.constantFrom(...READ_PARTS),
            damage: edits,
          }),
          fc.record({
            kind: fc.constant('sheet' as const),
            xml: fc.array(hostileSheetXml, { minLength: 1, maxLength: 3 }),
          }),
          fc.record({ kind: fc.constant('workbook' as const), xml: hostileWorkbookXml }),
        ),
        async (pick, attack) => {
          const parts: Parts = partsOf(samples[pick % samples.length]!.bytes);
          let hostile: Parts;
          if (attack.kind === 'damage')
            hostile = {
              ...parts,
              [attack.part]: mutateText(new TextDecoder().decode(parts[attack.part]), attack.damage),
            };
          else if (attack.kind === 'sheet')
            hostile = editPart(parts, SHEET, (xml) =>
              xml
                .replace('</sheetData>', `</sheetData>${attack.xml.join('')}`)
                .replace('<sheetData>', `${attack.xml[0]}<sheetData>`),
            );
          else
            hostile = editPart(parts, 'xl/workbook.xml', (xml) =>
              xml.replace('</sheets>', `</sheets>${attack.xml}`),
            );
          const start = performance.now();
          await readOrRefuse(zipParts(hostile));
          expect(performance.now() - start).toBeLessThan(5000);
        },
      ),
    { msPerRun: 30 },
  );

  fuzz('random bytes are refused with an XlsxFileError, never another exception', () =>
    fc.asyncProperty(
      fc.constantFrom([], [0x50, 0x4b, 0x03, 0x04], [0x50, 0x4b, 0x05, 0x06], [0xd0, 0xcf, 0x11, 0xe0]),
      fc.uint8Array({ maxLength: 2048 }),
      async (magic, rest) => {
        const read = await readOrRefuse(Uint8Array.from([...magic, ...rest]));
        expect(read).toBeInstanceOf(XlsxFileError);
      },
    ),
  );
});
