/**
 * Fuzzing the archive reader with damaged zips: any few bytes flipped, set, removed, inserted or cut off
 * anywhere in an export. The reader either reads exactly the original (the damage hit bytes it does not
 * use) or refuses the file with an ArchiveError that names the entry; it never throws anything else.
 */
import fc from 'fast-check';
import { describe, expect } from 'vitest';
import { ArchiveError } from '../../../shared/formats/archive/archiveIssue';
import { readArchive } from '../../../shared/formats/archive/readArchive';
import { archiveContents, completeArchive, expectSpecificArchiveError, writeArchive } from './archiveFiles';
import { edits, mutateBytes } from './mutations';
import { fuzzTimeout, reliabilityLog } from './reliabilityLog';

const { fuzz } = reliabilityLog(import.meta.url, 'Hostile input', 'Archive import');

describe('damaged archives under fuzzing', { timeout: fuzzTimeout(40) }, () => {
  fuzz(
    'damaged zip bytes are read as the original or refused with an ArchiveError naming the entry',
    () =>
      fc.asyncProperty(archiveContents, edits, async (generated, damage) => {
        const archive = await completeArchive(generated);
        const bytes = mutateBytes(writeArchive(archive), damage);
        let read;
        try {
          read = await readArchive(bytes);
        } catch (error) {
          if (!(error instanceof ArchiveError)) throw error;
          return expectSpecificArchiveError(error);
        }
        expect(read.tables).toEqual(archive.tables);
        expect(read.blobs).toEqual(archive.blobs);
      }),
    { msPerRun: 40 },
  );
});
