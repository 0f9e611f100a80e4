/**
 * Fuzzing the participant-list import past the file readers (shared/formats/participantsTable.ts): a
 * list written as CSV or XLSX by the app's own writers, columns in any order, reads back as the same
 * participants (a phone starting with `+` included, which the CSV export escapes against formulas), each
 * numbered by its row in the sheet or the line it starts on in the CSV text; any rows under any column
 * mapping plan only valid people and organizations, reported by the rows' own numbers, never throw, and
 * never touch a prototype.
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect } from 'vitest';
import { Organization, Person } from '../../../shared/domain/entities';
import { createUlidFactory } from '../../../shared/domain/ulid';
import { writeCsv } from '../../../shared/formats/csv';
import {
  guessMapping,
  participantCsvRows,
  PARTICIPANT_FIELDS,
  type NumberedRows,
  planParticipants,
  rowsToParticipants,
  type Participant,
  type ParticipantField,
} from '../../../shared/formats/participantsTable';
import { writeXlsx } from '../../../shared/formats/spreadsheetFiles';
import { readXlsxRows } from '../../../shared/formats/xlsx/readXlsxRows';
import { entities, line } from './entityArbitraries';
import { fuzzTimeout, reliabilityLog } from './reliabilityLog';

const { fuzz } = reliabilityLog(import.meta.url, 'Hostile input', 'Participant lists (CSV and XLSX)');

/** Headers the import recognizes for each field. */
const HEADERS: Record<ParticipantField, string> = {
  name: 'Name',
  nativeName: 'Native name',
  title: 'Title',
  organization: 'Organization',
  organizationNativeName: 'Organization (native)',
  country: 'Country',
  email: 'E-mail',
  phone: 'Phone',
  notes: 'Notes',
};

const HALF_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** A cell as a file written elsewhere holds it: well-formed Unicode (files are UTF-8), no outer spaces. */
const field = fc.oneof(
  line(40).map((s) => s.replace(HALF_SURROGATE, '\uFFFD').trim()),
  fc.constantFrom('+855 12 345 678', '-', "'=1+1", '@dara', '=HYPERLINK("x")', 'KH', '柬埔寨', '__proto__'),
);

const participant = fc.record(
  Object.fromEntries(PARTICIPANT_FIELDS.map((f) => [f, field])) as Record<ParticipantField, typeof field>,
);

const encoder = new TextEncoder();
const decoder = new TextDecoder();

async function writtenAndRead(format: 'csv' | 'xlsx', table: string[][]): Promise<NumberedRows> {
  if (format === 'csv') return participantCsvRows(decoder.decode(encoder.encode(writeCsv(table))));
  const [headers, ...rows] = table;
  const bytes = await writeXlsx(ExcelJS, [
    {
      name: 'Participants',
      headers: headers!,
      widths: headers!.map(() => 20),
      rows: rows.map((row) => row.map((value) => ({ kind: 'text' as const, value }))),
    },
  ]);
  return readXlsxRows(ExcelJS, bytes);
}

/**
 * Where each row of the table starts in the written file: its row in a sheet; in CSV text, its line as a
 * text editor counts lines (CRLF, LF or a lone CR ends one), line breaks inside cells included.
 */
function writtenRowNumbers(format: 'csv' | 'xlsx', table: string[][]): number[] {
  if (format === 'xlsx') return table.map((_, i) => i + 1);
  let line = 1;
  return table.map((row) => {
    const start = line;
    line += 1 + row.reduce((breaks, cell) => breaks + (cell.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
    return start;
  });
}

const hostileCell = fc.oneof(
  field,
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'x'.repeat(400), ' ', 'not-an-email', 'Narnia'),
);

describe('participant lists under fuzzing', { timeout: fuzzTimeout(20) }, () => {
  fuzz(
    'lists written as CSV or XLSX, columns in any order, read back as the same participants',
    () =>
      fc.asyncProperty(
        fc.constantFrom('csv' as const, 'xlsx' as const),
        fc.shuffledSubarray([...PARTICIPANT_FIELDS], { minLength: PARTICIPANT_FIELDS.length }),
        fc.array(participant, { maxLength: 4 }),
        async (format, columns, written) => {
          const table = [columns.map((f) => HEADERS[f]), ...written.map((p) => columns.map((f) => p[f]))];
          const read = await writtenAndRead(format, table);
          const mapping = guessMapping(read.rows[0]!);
          expect(mapping).toEqual(Object.fromEntries(columns.map((f, i) => [f, i])));
          const numbers = writtenRowNumbers(format, table);
          expect(rowsToParticipants(read, mapping, true)).toEqual(
            written
              .map((p, i) => ({ row: numbers[i + 1]!, ...p }))
              .filter((p) => PARTICIPANT_FIELDS.some((f) => p[f] !== '')),
          );
        },
      ),
    { msPerRun: 20 },
  );

  fuzz('any rows under any column mapping plan only valid people and organizations', () =>
    fc.property(
      fc.array(fc.tuple(fc.array(hostileCell, { maxLength: 10 }), fc.integer({ min: 1, max: 3 })), {
        maxLength: 6,
      }),
      fc.dictionary(fc.constantFrom(...PARTICIPANT_FIELDS), fc.integer({ min: -1, max: 12 })),
      fc.boolean(),
      entities('people', 2),
      entities('organizations', 2),
      (numbered, mapping, hasHeader, people, organizations) => {
        // Rows numbered with gaps, as blank rows of a file leave them.
        let number = 0;
        const rows = numbered.map(([cells]) => cells);
        const rowNumbers = numbered.map(([, gap]) => (number += gap));
        const participants: Participant[] = rowsToParticipants({ rows, rowNumbers }, mapping, hasHeader);
        const plan = planParticipants(participants, { people, organizations }, createUlidFactory());
        for (const o of plan.organizations)
          if (!o.existing) expect(Organization.safeParse(o.entity).success).toBe(true);
        const orgIds = new Set(
          [...organizations, ...plan.organizations.map((o) => o.entity)].map((o) => o.id),
        );
        for (const p of plan.people) {
          if (p.existing) expect(people.some((e) => e.id === p.entity.id)).toBe(true);
          else expect(Person.safeParse(p.entity).success).toBe(true);
          if (p.entity.organizationId !== null) expect(orgIds.has(p.entity.organizationId)).toBe(true);
        }
        for (const reported of [...plan.problems, ...plan.people])
          expect(rowNumbers.slice(hasHeader ? 1 : 0)).toContain(reported.row);
        expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
        expect(Object.getPrototypeOf(plan)).toBe(Object.prototype);
      },
    ),
  );
});
