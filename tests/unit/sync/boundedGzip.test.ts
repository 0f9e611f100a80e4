/**
 * The gunzip every sync file goes through. A plain archive's files are checked by a SHA-256 that anyone
 * can recompute, so a hostile writer can put any gzip stream behind a valid digest: this gunzip must
 * refuse bombs and liars without ever holding more than its limit (plus one inflate step) in memory.
 */
import fc from 'fast-check';
import { gunzipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { gunzipBounded, gzip } from '../../../shared/sync/boundedGzip';

const RUNS = Number(process.env.SYNC_FUZZ_RUNS ?? 1000);
/** Fuzzing time grows with the runs asked for: allow 10 ms a run (about 1 ms is usual). */
const FUZZ_TIMEOUT = 5000 + RUNS * 10;
const MiB = 1024 * 1024;
const LIMIT = 64 * MiB;

/**
 * A gzip stream of zeros, written bit by bit as one fixed-Huffman deflate block: a literal 0, then `copies`
 * back-references of 258 bytes at distance 1. 13 bits per 258 bytes, so a gigabyte of output takes 6.5 MB
 * and a few tens of milliseconds to build (fflate's compressor needs about 20 s for the same gigabyte).
 * `declared` is the size written in the trailer (ISIZE); by default the true size modulo 2^32.
 */
function zerosGzip(copies: number, declared?: number): Uint8Array {
  const out = new Uint8Array(10 + Math.ceil((3 + 8 + copies * 13 + 7) / 8) + 8);
  out.set([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);
  let pos = 10;
  let acc = 0;
  let bits = 0;
  const put = (value: number, count: number) => {
    acc |= value << bits;
    bits += count;
    while (bits >= 8) {
      out[pos++] = acc & 0xff;
      acc >>>= 8;
      bits -= 8;
    }
  };
  put(1, 1); // BFINAL
  put(1, 2); // BTYPE 01: fixed Huffman codes
  put(0x0c, 8); // literal 0 (code 00110000, sent most significant bit first)
  for (let i = 0; i < copies; i++) put(0xa3, 13); // length 258 (code 11000101), then distance code 0 (00000)
  put(0, 7); // end of block (code 0000000)
  if (bits > 0) put(0, 8 - bits);
  const size = declared ?? (1 + copies * 258) % 2 ** 32;
  const trailer = new DataView(out.buffer, pos, 8);
  trailer.setUint32(0, 0, true); // CRC-32: not checked by the reader, the envelope authenticates the bytes
  trailer.setUint32(4, size, true);
  return out.subarray(0, pos + 8);
}

function randomBytes(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  for (let at = 0; at < length; at += 65_536) crypto.getRandomValues(bytes.subarray(at, at + 65_536));
  return bytes;
}

function isZeros(bytes: Uint8Array, length: number): boolean {
  return bytes.length === length && bytes.every((byte) => byte === 0);
}

function refusal(result: ReturnType<typeof gunzipBounded>): string {
  if (result.ok) throw new Error(`expected a refusal, got ${result.data.length} bytes`);
  return result.reason;
}

describe('gzip for sync files', () => {
  it('round-trips text in any script, an empty payload and incompressible bytes exactly', () => {
    const payloads = [
      strToU8('កិច្ចប្រជុំជាមួយក្រសួងការងារ ការបណ្តុះបណ្តាលវិជ្ជាជីវៈ'),
      strToU8('บันทึกข้อตกลงความร่วมมือด้านการศึกษา'),
      strToU8('天津世界职业技术教育发展大会会议纪要'),
      new Uint8Array(0),
      randomBytes(100_000),
    ];
    for (const payload of payloads) {
      const result = gunzipBounded(gzip(payload), LIMIT);
      expect(result.ok && Buffer.from(result.data).equals(payload)).toBe(true);
    }
  });

  it('compresses the same payload to the same bytes every time, with no time or file name in them', () => {
    const payload = strToU8('ការប្រជុំ '.repeat(1000));
    const first = gzip(payload);
    expect(gzip(payload)).toEqual(first);
    expect([...first.subarray(3, 8)]).toEqual([0, 0, 0, 0, 0]); // no FNAME flag, MTIME 0
    expect(first.length).toBeLessThan(payload.length / 10);
  });

  it('builds a valid stream of zeros in the bomb helper, so the bomb tests test the limit and not the helper', () => {
    const stream = zerosGzip(1000);
    expect(isZeros(gunzipSync(stream), 1 + 258 * 1000)).toBe(true);
    const result = gunzipBounded(stream, LIMIT);
    expect(result.ok && isZeros(result.data, 1 + 258 * 1000)).toBe(true);
  });

  it('accepts a payload of exactly the limit and refuses one byte more, naming both sizes', () => {
    const payload = new Uint8Array(5000).fill(7);
    expect(gunzipBounded(gzip(payload), 5000).ok).toBe(true);
    expect(refusal(gunzipBounded(gzip(payload), 4999))).toBe(
      'it would unpack to 5,000 bytes, more than the 4,999 bytes a sync file may hold',
    );
  });

  it('refuses data that is not gzip, or too short to be', () => {
    expect(refusal(gunzipBounded(strToU8('{"not":"gzip at all, just some json text"}'), LIMIT))).toBe(
      'its compressed data is not gzip',
    );
    expect(refusal(gunzipBounded(gzip(new Uint8Array(0)).subarray(0, 19), LIMIT))).toBe(
      'its compressed data is not gzip',
    );
    expect(refusal(gunzipBounded(new Uint8Array(0), LIMIT))).toBe('its compressed data is not gzip');
  });

  it('refuses a stream that declares more than the limit before inflating any of it', () => {
    // A gigabyte of zeros, declared honestly.
    const bomb = zerosGzip(Math.floor(2 ** 30 / 258));
    const started = performance.now();
    expect(refusal(gunzipBounded(bomb, LIMIT))).toBe(
      'it would unpack to 1024 MiB, more than the 64 MiB a sync file may hold',
    );
    expect(performance.now() - started).toBeLessThan(200);
    // Compressed data that could not be inflated at all gets the same answer: it was never inflated.
    const garbage = randomBytes(1000);
    garbage.set([0x1f, 0x8b, 8, 0]);
    new DataView(garbage.buffer).setUint32(996, 3 * 2 ** 30, true);
    expect(refusal(gunzipBounded(garbage, LIMIT))).toBe(
      'it would unpack to 3072 MiB, more than the 64 MiB a sync file may hold',
    );
  });

  it('refuses a gigabyte of zeros that declares one megabyte, quickly and in bounded memory', () => {
    const liar = zerosGzip(Math.floor(2 ** 30 / 258), MiB);
    const rssBefore = process.memoryUsage().rss;
    const started = performance.now();
    expect(refusal(gunzipBounded(liar, LIMIT))).toBe('it unpacks to more than the size it declares');
    // Inflating the whole gigabyte takes several seconds and a gigabyte; stopping at the declared size does not.
    expect(performance.now() - started).toBeLessThan(2000);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(256 * MiB);
  });

  it('refuses a stream of more than 4 GiB whose 32-bit size field wraps around to a small number', () => {
    const copies = Math.ceil(2 ** 32 / 258); // 1 + 258 × copies = 2^32 + 243
    const wrapped = zerosGzip(copies);
    expect(new DataView(wrapped.buffer).getUint32(wrapped.length - 4, true)).toBe(243);
    expect(refusal(gunzipBounded(wrapped, LIMIT))).toBe('it unpacks to more than the size it declares');
  });

  it('refuses a stream that unpacks to less than it declares', () => {
    const honest = gzip(strToU8('ສະບາຍດີ '.repeat(100)));
    const liar = honest.slice();
    const view = new DataView(liar.buffer);
    view.setUint32(liar.length - 4, view.getUint32(liar.length - 4, true) + 1, true);
    expect(refusal(gunzipBounded(liar, LIMIT))).toBe('it unpacks to less than the size it declares');
  });

  it('refuses a stream whose deflate data is cut or broken', () => {
    const honest = gzip(randomBytes(10_000));
    const cut = new Uint8Array([...honest.subarray(0, 5000), ...honest.subarray(honest.length - 8)]);
    expect(refusal(gunzipBounded(cut, LIMIT))).toBe('its compressed data does not unpack');
    const broken = honest.slice();
    broken[10] = 0xff; // BTYPE 11 is reserved: invalid deflate
    expect(refusal(gunzipBounded(broken, LIMIT))).toBe('its compressed data does not unpack');
  });

  it('refuses everything when the limit is not a number, instead of allowing everything', () => {
    expect(refusal(gunzipBounded(gzip(strToU8('x')), Number.NaN))).toMatch(/^it would unpack to 1 bytes/);
  });

  it(
    'never throws and never returns more than the limit, whatever bytes it is given (fuzzed)',
    () => {
      const valid = gzip(strToU8('ការប្រជុំ meeting 会议 '.repeat(200)));
      const mutated = fc
        .array(fc.record({ at: fc.nat(valid.length - 1), value: fc.integer({ min: 0, max: 255 }) }), {
          minLength: 1,
          maxLength: 4,
        })
        .map((edits) => {
          const copy = valid.slice();
          for (const { at, value } of edits) copy[at] = value;
          return copy;
        });
      const limit = 4096;
      fc.assert(
        fc.property(fc.oneof(fc.uint8Array({ maxLength: 300 }), mutated), (bytes) => {
          const result = gunzipBounded(bytes, limit);
          if (result.ok) expect(result.data.length).toBeLessThanOrEqual(limit);
          else expect(result.reason).toMatch(/^its compressed data|^it (would )?unpacks? to/);
        }),
        { numRuns: RUNS },
      );
    },
    FUZZ_TIMEOUT,
  );
});
