/**
 * Fuzzing the sealed-backup reader (shared/formats/backup: readSealedBackup, openSealedBackup), which
 * opens a backup written while encryption at rest was on, from userData or from a copy on a stick:
 * any archive sealed opens to the same bytes and header; damaged bytes are refused with a
 * SealedBackupError saying why (never another exception, never other bytes); random bytes and headers
 * announcing huge lengths are refused without allocating what they announce.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect } from 'vitest';
import { ENTITY_TABLE_NAMES } from '../../../shared/domain/entityTables';
import { openSealedBackup, sealBackup } from '../../../shared/formats/backup/sealedBackup';
import {
  encodeSealedBackupPrefix,
  readSealedBackup,
  SealedBackupError,
  type BackupKeyRecord,
  type SealedBackupHeader,
} from '../../../shared/formats/backup/sealedBackupFormat';
import { backupKey } from '../backup/backupTestFiles';
import { MAX_INSTANT } from './entityArbitraries';
import { edits, mutateBytes } from './mutations';
import { fuzzTimeout, MiB, memoryGrowth, reliabilityLog } from './reliabilityLog';

const { fuzz } = reliabilityLog(import.meta.url, 'Hostile input', 'Sealed backups');

let key: { keyRecord: BackupKeyRecord; dataKey: Uint8Array };
beforeAll(async () => {
  key = await backupKey();
});

const counts: fc.Arbitrary<SealedBackupHeader['archive']> = fc.record({
  createdAt: fc
    .oneof(
      fc.integer({ min: 0, max: MAX_INSTANT }),
      fc.integer({ min: Date.UTC(2100, 0, 1), max: Date.UTC(2101, 0, 1) }),
    )
    .map((t) => new Date(t).toISOString()),
  tables: fc.record(
    Object.fromEntries(ENTITY_TABLE_NAMES.map((t) => [t, fc.nat()])) as Record<string, fc.Arbitrary<number>>,
  ) as fc.Arbitrary<SealedBackupHeader['archive']['tables']>,
  blobs: fc.nat(),
});
const archive = fc.uint8Array({ maxLength: 2048 });

const seal = (bytes: Uint8Array, c: SealedBackupHeader['archive']) =>
  sealBackup({ archive: bytes, counts: c, keyRecord: key.keyRecord, dataKey: new Uint8Array(key.dataKey) });

/** The archive inside, or the SealedBackupError; anything else thrown fails the test. */
async function open(bytes: Uint8Array): Promise<Uint8Array | SealedBackupError> {
  try {
    return await openSealedBackup(readSealedBackup(bytes), key.dataKey);
  } catch (error) {
    if (!(error instanceof SealedBackupError)) throw error;
    expect(['not-sealed', 'newer-version', 'cut-short', 'damaged']).toContain(error.problem);
    return error;
  }
}

describe('sealed backups under fuzzing', { timeout: fuzzTimeout(10) }, () => {
  fuzz('any archive sealed opens to the same bytes, with the counts it was sealed with', () =>
    fc.asyncProperty(archive, counts, async (bytes, c) => {
      const sealed = await seal(bytes, c);
      expect(readSealedBackup(sealed).header.archive).toEqual(c);
      const opened = await open(sealed);
      expect(Buffer.from(opened as Uint8Array).equals(Buffer.from(bytes))).toBe(true);
    }),
  );

  fuzz('damaged sealed backups are refused with a SealedBackupError saying why, in bounded memory', () =>
    fc.asyncProperty(archive, counts, edits, async (bytes, c, damage) => {
      const sealed = await seal(bytes, c);
      const damaged = mutateBytes(sealed, damage);
      let opened: Uint8Array | SealedBackupError | undefined;
      const grown = await memoryGrowth(async () => (opened = await open(damaged)));
      expect(grown).toBeLessThan(64 * MiB);
      if (!(opened instanceof SealedBackupError)) {
        // Only edits that left the file as it was (a byte set to the value it had) may open.
        expect(Buffer.from(damaged).equals(Buffer.from(sealed))).toBe(true);
        expect(Buffer.from(opened!).equals(Buffer.from(bytes))).toBe(true);
      }
    }),
  );

  fuzz('random bytes, and headers announcing huge lengths, are refused without allocating them', () =>
    fc.asyncProperty(
      fc.oneof(
        fc.uint8Array({ maxLength: 512 }),
        fc
          .tuple(
            fc.constantFrom(0, 1, 2, 255),
            fc.constantFrom(0, 16, 65_536, 0x7fffffff, 0xffffffff),
            fc.uint8Array({ maxLength: 256 }),
          )
          .map(([version, length, rest]) => {
            const out = new Uint8Array(9 + rest.length);
            out.set([0x4c, 0x42, 0x41, 0x4b, version]);
            new DataView(out.buffer).setUint32(5, length, false);
            out.set(rest, 9);
            return out;
          }),
        // A valid header whose archive is far longer than the file: cut short, not read.
        fc.tuple(fc.constantFrom(16, 2 ** 31, Number.MAX_SAFE_INTEGER), counts).map(([sealedBytes, c]) => {
          const prefix = encodeSealedBackupPrefix({
            cipher: 'AES-256-GCM',
            key: 'HKDF-SHA-256/liaison-backup-v1',
            keyRecord: key.keyRecord,
            archive: c,
            sealedBytes,
          });
          return Uint8Array.of(...prefix, ...new Uint8Array(12));
        }),
      ),
      async (bytes) => {
        let opened: Uint8Array | SealedBackupError | undefined;
        const grown = await memoryGrowth(async () => (opened = await open(bytes)));
        expect(opened).toBeInstanceOf(SealedBackupError);
        expect(grown).toBeLessThan(64 * MiB);
      },
    ),
  );
});
