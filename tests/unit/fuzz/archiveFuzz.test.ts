/**
 * Fuzzing the archive reader (shared/formats/archive): generated archives round-trip exactly; damaged
 * ones are refused with an ArchiveError naming the entry; headers that claim
 * huge sizes do not make it allocate them.
 */
import fc from 'fast-check';
import { describe, expect } from 'vitest';
import { ArchiveError } from '../../../shared/formats/archive/archiveIssue';
import { readArchive } from '../../../shared/formats/archive/readArchive';
import { archiveContents, completeArchive, expectSpecificArchiveError, writeArchive } from './archiveFiles';
import { fuzzTimeout, MiB, memoryGrowth, refusal, reliabilityLog } from './reliabilityLog';

const { fuzz } = reliabilityLog(import.meta.url, 'Hostile input', 'Archive import');

describe('archive import under fuzzing', { timeout: fuzzTimeout(40) }, () => {
  fuzz(
    'generated archives of every table (any Unicode, any ULID, dates to 9999) round-trip exactly',
    () =>
      fc.asyncProperty(archiveContents, async (generated) => {
        const archive = await completeArchive(generated);
        const read = await readArchive(writeArchive(archive));
        expect(read.manifest).toEqual(archive.manifest);
        expect(read.tables).toEqual(archive.tables);
        expect(read.blobs).toEqual(archive.blobs);
      }),
    { msPerRun: 40 },
  );

  fuzz('random bytes are refused with an ArchiveError, never another exception', () =>
    fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), async (bytes) => {
      expectSpecificArchiveError(await refusal(ArchiveError, () => readArchive(bytes)));
    }),
  );

  fuzz(
    'zip directories claiming huge sizes, counts and offsets are refused without allocating what they claim',
    () =>
      fc.asyncProperty(
        archiveContents,
        fc.array(
          fc.record({
            field: fc.constantFrom(10, 16, 20, 24, 28, 30, 42),
            value: fc.oneof(fc.constantFrom(0, 1, 0xffff, 0x7fffffff, 0xfffffffe, 0xffffffff), fc.nat()),
          }),
          { minLength: 1, maxLength: 3 },
        ),
        fc.nat(),
        async (generated, patches, entryPick) => {
          const archive = await completeArchive(generated);
          const bytes = writeArchive(archive);
          const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
          const end = bytes.length - 22;
          const count = view.getUint16(end + 10, true);
          let at = view.getUint32(end + 16, true);
          for (let i = 0; i < entryPick % count; i++)
            at +=
              46 +
              view.getUint16(at + 28, true) +
              view.getUint16(at + 30, true) +
              view.getUint16(at + 32, true);
          for (const { field, value } of patches) {
            if (field === 28 || field === 30 || field === 10)
              view.setUint16(at + field, value & 0xffff, true);
            else view.setUint32(at + field, value >>> 0, true);
          }
          const grown = await memoryGrowth(async () => {
            try {
              await readArchive(bytes);
            } catch (error) {
              if (!(error instanceof ArchiveError)) throw error;
              expectSpecificArchiveError(error);
            }
          });
          expect(grown).toBeLessThan(64 * MiB);
        },
      ),
    { msPerRun: 40 },
  );
});
