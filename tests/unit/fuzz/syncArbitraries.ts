/**
 * fast-check arbitraries for what sync files carry: clock stamps (up to the end of the year 9999, and
 * beyond it for the refusals), changes of every synced table, heads, headers and segments, and an AES key
 * imported rather than derived (PBKDF2 is slow on purpose; only the envelope's use of a key matters here).
 */
import fc from 'fast-check';
import { FORBIDDEN_KEYS } from '../../../shared/formats/archive/archiveLimits';
import { formatHlc, MAX_ACCEPTED_WALL } from '../../../shared/sync/hybridLogicalClock';
import { SYNCED_TABLE_NAMES } from '../../../shared/sync/syncedTables';
import type { Change } from '../../../shared/sync/change';
import type { ArchiveHeader, DeviceHead, Segment } from '../../../shared/sync/syncFiles';
import { toBase64, type EncryptionParams } from '../../../shared/sync/syncCrypto';
import { text, ulid } from './entityArbitraries';

const idChars = [...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_-'];
export const deviceId = fc.string({ unit: fc.constantFrom(...idChars), minLength: 1, maxLength: 32 });
export const archiveId = fc.string({ unit: fc.constantFrom(...idChars), minLength: 10, maxLength: 64 });

const wall = fc.oneof(
  fc.integer({ min: 0, max: MAX_ACCEPTED_WALL }),
  fc.constantFrom(Date.UTC(2100, 0, 1), MAX_ACCEPTED_WALL),
);
export const stamp = fc
  .record({ wall, counter: fc.integer({ min: 0, max: 0xffffff }), device: deviceId })
  .map(formatHlc);
/** A well-formed stamp after the year 9999 (the 48-bit wall clock reaches the year 10889). */
export const futureStamp = fc
  .record({
    wall: fc.integer({ min: MAX_ACCEPTED_WALL + 1, max: 2 ** 48 - 1 }),
    counter: fc.integer({ min: 0, max: 0xffffff }),
    device: deviceId,
  })
  .map(formatHlc);

const fieldName = fc
  .stringMatching(/^[A-Za-z][A-Za-z0-9]{0,12}$/)
  .filter((name) => !FORBIDDEN_KEYS.has(name));
/** Values records hold: text, numbers, flags, null, lists of ids. */
export const fieldValue = fc.oneof(
  text(60),
  fc.integer({ min: -1e15, max: 1e15 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n)),
  fc.boolean(),
  fc.constant(null),
  fc.array(ulid, { maxLength: 3 }),
);

export const change: fc.Arbitrary<Change> = fc.oneof(
  fc.record({
    table: fc.constantFrom(...SYNCED_TABLE_NAMES),
    id: ulid,
    op: fc.constant('upsert' as const),
    fields: fc.dictionary(
      fieldName,
      fc.record(
        { value: fieldValue, hlc: stamp, lineage: fc.array(stamp, { maxLength: 3 }) },
        { requiredKeys: ['value', 'hlc'] },
      ),
      { maxKeys: 4, noNullPrototype: true },
    ),
  }),
  fc.record({
    table: fc.constantFrom(...SYNCED_TABLE_NAMES),
    id: ulid,
    op: fc.constant('delete' as const),
    hlc: stamp,
    seen: fc.dictionary(fieldName, fc.array(stamp, { maxLength: 3 }), { maxKeys: 3, noNullPrototype: true }),
  }),
);

export const changes = fc.array(change, { maxLength: 6 });

export const segment: fc.Arbitrary<Segment> = fc.record({
  version: fc.constant(1 as const),
  archiveId,
  deviceId,
  seq: fc.integer({ min: 1, max: 999_999 }),
  changes,
});

const sha = fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 64, maxLength: 64 });
export const head: fc.Arbitrary<DeviceHead> = fc
  .record(
    {
      version: fc.constant(1 as const),
      archiveId,
      deviceId,
      deviceName: text(60),
      entries: fc.array(
        fc.record({
          sha256: sha,
          bytes: fc.nat(),
          changes: fc.integer({ min: 0, max: 5000 }),
        }),
        { maxLength: 5 },
      ),
    },
    { requiredKeys: ['version', 'archiveId', 'deviceId', 'entries'] },
  )
  .map(({ entries, ...rest }) => ({ ...rest, segments: entries.map((e, i) => ({ seq: i + 1, ...e })) }));

export const encryptionParams: fc.Arbitrary<EncryptionParams> = fc.record({
  cipher: fc.constant('AES-256-GCM' as const),
  kdf: fc.record({
    name: fc.constant('PBKDF2' as const),
    hash: fc.constant('SHA-512' as const),
    iterations: fc.integer({ min: 220_000, max: 10_000_000 }),
    salt: fc.uint8Array({ minLength: 16, maxLength: 16 }).map(toBase64),
  }),
  keyCheck: fc.uint8Array({ minLength: 1, maxLength: 80 }).map(toBase64),
});

export const header: fc.Arbitrary<ArchiveHeader> = fc.record({
  format: fc.constant('liaison-sync' as const),
  version: fc.constant(1),
  archiveId,
  createdAt: fc.integer({ min: 0, max: Date.UTC(9999, 11, 31) }).map((ms) => new Date(ms).toISOString()),
  encryption: fc.option(encryptionParams, { nil: null }),
});

export function importKey(): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', crypto.getRandomValues(new Uint8Array(32)), 'AES-GCM', false, [
    'encrypt',
    'decrypt',
  ]);
}

/** What a JSON round trip makes of a value (the expected result of writing and reading it). */
export function viaJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
