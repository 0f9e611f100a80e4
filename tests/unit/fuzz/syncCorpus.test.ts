/**
 * Seeded hostile sync files, each refused (or accepted) with its specific message: prototype keys, a
 * 100 MB header and deep nesting, invalid UTF-8, byte-order marks and NUL bytes, a newer version hidden
 * past the reader's first look, and clock stamps in the year 2100 (accepted) and after 9999 (refused).
 */
import { describe, expect } from 'vitest';
import { formatHlc, MAX_ACCEPTED_WALL } from '../../../shared/sync/hybridLogicalClock';
import { seal } from '../../../shared/sync/syncCrypto';
import {
  decodeHead,
  decodeHeader,
  decodeSegment,
  encodeHeader,
  newHeader,
} from '../../../shared/sync/syncFiles';
import { headPath, segmentPath } from '../../../shared/sync/syncPaths';
import { SyncTargetError } from '../../../shared/sync/SyncTransport';
import { refusal, reliabilityLog } from './reliabilityLog';

const { corpus } = reliabilityLog(import.meta.url, 'Hostile input', 'Sync target files (seeded corpus)');
const ARCHIVE = 'archive-0123456789';
const AT = { deviceId: 'laptop-A', seq: 1, archiveId: ARCHIVE };
const SEGMENT = segmentPath('laptop-A', 1);
const HEADER = encodeHeader(newHeader(ARCHIVE, null, new Date(Date.UTC(2100, 0, 1))));
const stamp = (wall: number) => formatHlc({ wall, counter: 0, device: 'laptop-A' });
const utf8 = (text: string) => new TextEncoder().encode(text);

function segmentText(changes: unknown[]): string {
  return JSON.stringify({ version: 1, archiveId: ARCHIVE, deviceId: 'laptop-A', seq: 1, changes });
}
async function readSegment(text: string | Uint8Array) {
  return decodeSegment(await seal(typeof text === 'string' ? utf8(text) : text, SEGMENT, null), AT, null);
}
const upsert = (hlc: string) => ({
  table: 'meetings',
  id: '01J8Z3Q6M0A9B7C5D3E1F2G4H6',
  op: 'upsert',
  fields: { title: { value: 'MoA', hlc } },
});
const damagedSegment = (detail: string) =>
  `Segment ${SEGMENT} is damaged: ${detail}; nothing from it was applied.`;
async function message(run: () => unknown): Promise<string> {
  return (await refusal(SyncTargetError, run)).message;
}

describe('seeded hostile sync files', () => {
  corpus('a header written in 2100 and a change stamped in 2100 are accepted', async () => {
    expect(decodeHeader(HEADER).createdAt).toBe('2100-01-01T00:00:00.000Z');
    const read = await readSegment(segmentText([upsert(stamp(Date.UTC(2100, 7, 20)))]));
    expect(read.changes).toHaveLength(1);
  });

  corpus('a stamp at the last millisecond of 9999 is accepted, one after it refused', async () => {
    expect((await readSegment(segmentText([upsert(stamp(MAX_ACCEPTED_WALL))]))).changes).toHaveLength(1);
    expect(await message(() => readSegment(segmentText([upsert(stamp(MAX_ACCEPTED_WALL + 1))])))).toBe(
      damagedSegment('changes.0.fields.title.hlc: a clock stamp after the year 9999'),
    );
  });

  corpus('a __proto__ key in a segment is refused', async () => {
    const text = segmentText([upsert(stamp(1))]).replace('"fields":{', '"fields":{"__proto__":{"value":1},');
    expect(await message(() => readSegment(text))).toBe(
      damagedSegment('changes[0].fields.__proto__: the key "__proto__" is not allowed'),
    );
  });

  corpus('a constructor key in a head is refused', async () => {
    const text = JSON.stringify({
      version: 1,
      archiveId: ARCHIVE,
      deviceId: 'laptop-A',
      segments: [],
      constructor: {},
    });
    const bytes = await seal(utf8(text), headPath('laptop-A'), null);
    expect(await message(() => decodeHead(bytes, 'laptop-A', ARCHIVE, null))).toBe(
      `The segment list ${headPath('laptop-A')} is damaged: constructor: the key "constructor" is not allowed; nothing from it was applied.`,
    );
  });

  corpus('a 100 MB archive header is refused after reading 1,000,000 characters of its string', async () => {
    const bytes = new Uint8Array(100 * 1000 * 1000).fill(0x61);
    bytes.set(utf8('{"format":"liaison-sync","archiveId":"'));
    const start = performance.now();
    expect(await message(() => decodeHeader(bytes))).toBe(
      'The archive header liaison-archive.json is damaged: archiveId: longer than 1,000,000 characters; nothing from it was applied.',
    );
    expect(performance.now() - start).toBeLessThan(5000);
  });

  corpus('a header nested a million levels deep is refused at level 32', async () => {
    expect(await message(() => decodeHeader(utf8('['.repeat(1_000_000))))).toBe(
      `The archive header liaison-archive.json is damaged: ${'[0]'.repeat(32)}: nested deeper than 32 levels; nothing from it was applied.`,
    );
  });

  corpus(
    'a header of a newer version padded past the first 100,000 bytes still asks for an update',
    async () => {
      const text = `${' '.repeat(150_000)}{"format":"liaison-sync","version":2,"archiveId":"${ARCHIVE}","createdAt":"2100-01-01T00:00:00.000Z","encryption":null}`;
      expect(await message(() => decodeHeader(utf8(text)))).toMatch(
        /^The archive header liaison-archive\.json was written by a newer version of Liaison \(sync format 2\)/,
      );
    },
  );

  corpus('invalid UTF-8 in a segment is refused as not UTF-8 text', async () => {
    const text = utf8(segmentText([]));
    const bad = Uint8Array.of(...text.subarray(0, 10), 0xed, 0xa0, 0x80, ...text.subarray(10));
    expect(await message(() => readSegment(bad))).toBe(damagedSegment('it is not UTF-8 text'));
  });

  corpus('a byte-order mark before a header is accepted', () => {
    expect(decodeHeader(Uint8Array.of(0xef, 0xbb, 0xbf, ...HEADER)).archiveId).toBe(ARCHIVE);
  });

  corpus(
    'a raw NUL byte in a segment string is refused; an escaped one is a value like any other',
    async () => {
      const raw = segmentText([upsert(stamp(1))]).replace('"MoA"', '"Mo\u0000A"');
      expect(await message(() => readSegment(raw))).toMatch(
        /^Segment devices\/laptop-A\/seg-000001 is damaged: changes\[0\]\.fields\.title\.value: not valid JSON: expected no control character in a string/,
      );
      const escaped = segmentText([upsert(stamp(1))]).replace('"MoA"', '"Mo\\u0000A"');
      const read = await readSegment(escaped);
      expect(read.changes[0]).toMatchObject({ fields: { title: { value: 'Mo\u0000A' } } });
    },
  );
});
