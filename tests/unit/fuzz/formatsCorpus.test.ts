/**
 * Seeded hostile contact, calendar and spreadsheet files, each read with its specific outcome: a 100 MB
 * photo, byte-order marks, NUL bytes and invalid UTF-8 (as the import decodes it), prototype-looking
 * names, and meetings in the year 2100 (accepted) and 10000 (refused).
 */
import { describe, expect } from 'vitest';
import { parseCsv } from '../../../shared/formats/csv';
import { parseIcs } from '../../../shared/formats/ics';
import { parseVCards } from '../../../shared/formats/vcard';
import { MiB, memoryGrowth, reliabilityLog } from './reliabilityLog';

const { corpus } = reliabilityLog(
  import.meta.url,
  'Hostile input',
  'vCard, ICS and CSV import (seeded corpus)',
);
const calendar = (...lines: string[]) =>
  [
    'BEGIN:VCALENDAR',
    'BEGIN:VEVENT',
    'SUMMARY:Bilateral with Cambodia',
    ...lines,
    'END:VEVENT',
    'END:VCALENDAR',
  ].join('\r\n');
/** Bytes decoded the way the import decodes a chosen file (renderer decodeText: UTF-8, not fatal). */
const decoded = (bytes: number[]) => new TextDecoder().decode(Uint8Array.from(bytes));

describe('seeded hostile contact, calendar and spreadsheet files', () => {
  corpus('a meeting in the year 2100 is read; one in the year 10000 is a bad time', () => {
    const ok = parseIcs(calendar('DTSTART:21000820T010000Z', 'DTEND:21000820T020000Z'), 'Asia/Shanghai');
    expect(ok.events.map((e) => new Date(e.startsAt).toISOString())).toEqual(['2100-08-20T01:00:00.000Z']);
    const late = parseIcs(calendar('DTSTART:100000101T010000Z'), 'Asia/Shanghai');
    expect(late.problems.map((p) => [p.code, p.detail])).toEqual([['badTime', 'Bilateral with Cambodia']]);
  });

  corpus('a vCard photo of 100 MB is dropped as too large without being decoded', async () => {
    const card = `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Sok Dara\r\nPHOTO;ENCODING=b;TYPE=JPEG:${'A'.repeat(100_000_000)}\r\nEND:VCARD\r\n`;
    let result: ReturnType<typeof parseVCards> | undefined;
    const grown = await memoryGrowth(() => {
      result = parseVCards(card);
    });
    expect(result!.cards.map((c) => [c.name, c.photo])).toEqual([['Sok Dara', null]]);
    expect(result!.problems.map((p) => [p.code, p.skipped, p.detail])).toEqual([
      ['photoTooLarge', false, '75000000'],
    ]);
    expect(grown).toBeLessThan(400 * MiB);
  });

  corpus('__proto__ and constructor as names and parameters are plain text', () => {
    const { cards } = parseVCards(
      'BEGIN:VCARD\r\nFN;__proto__=x:__proto__\r\nconstructor:y\r\nTITLE;TYPE=constructor:constructor\r\nEND:VCARD\r\n',
    );
    expect(cards.map((c) => [c.name, c.title])).toEqual([['__proto__', 'constructor']]);
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
    const { rows } = parseCsv('__proto__,constructor\r\nprototype,toString\r\n');
    expect(rows).toEqual([
      ['__proto__', 'constructor'],
      ['prototype', 'toString'],
    ]);
  });

  corpus('byte-order marks before vCard, ICS and CSV files are ignored', () => {
    expect(parseVCards('\uFEFFBEGIN:VCARD\r\nFN:Sok Dara\r\nEND:VCARD\r\n').cards.map((c) => c.name)).toEqual(
      ['Sok Dara'],
    );
    expect(parseIcs(`\uFEFF${calendar('DTSTART:21000820T010000Z')}`, 'UTC').events).toHaveLength(1);
    expect(parseCsv('\uFEFFname;email\r\nSok Dara;dara@example.org\r\n')).toEqual({
      rows: [
        ['name', 'email'],
        ['Sok Dara', 'dara@example.org'],
      ],
      lines: [1, 2],
      delimiter: ';',
    });
  });

  corpus('NUL bytes in vCard, ICS and CSV text are kept as text, never cut the file short', () => {
    expect(
      parseVCards('BEGIN:VCARD\r\nFN:Sok\u0000Dara\r\nNOTE:a\u0000b\r\nEND:VCARD\r\n').cards.map((c) => [
        c.name,
        c.notes,
      ]),
    ).toEqual([['Sok\u0000Dara', 'a\u0000b']]);
    expect(
      parseIcs(calendar('DTSTART:21000820T010000Z', 'LOCATION:Hall\u0000A'), 'UTC').events.map(
        (e) => e.location,
      ),
    ).toEqual(['Hall\u0000A']);
    expect(parseCsv('a\u0000,b\r\nc,d\r\n').rows).toEqual([
      ['a\u0000', 'b'],
      ['c', 'd'],
    ]);
  });

  corpus(
    'invalid UTF-8 in a vCard becomes replacement characters, and a bad quoted-printable charset skips the card',
    () => {
      const text = decoded([
        ...new TextEncoder().encode('BEGIN:VCARD\r\nFN:Sok '),
        0xff,
        0xc3,
        ...new TextEncoder().encode('\r\nEND:VCARD\r\n'),
      ]);
      expect(parseVCards(text).cards.map((c) => c.name)).toEqual(['Sok \uFFFD\uFFFD']);
      const qp = parseVCards(
        'BEGIN:VCARD\r\nVERSION:2.1\r\nFN;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:=FF=C3\r\nEND:VCARD\r\n',
      );
      expect(qp.cards).toEqual([]);
      expect(qp.problems.map((p) => [p.code, p.skipped, p.detail])).toEqual([
        ['unsupportedCharset', true, 'UTF-8'],
      ]);
    },
  );
});
