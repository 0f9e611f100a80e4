/**
 * Fuzzing the readers of a sync target's files (shared/sync/syncFiles.ts): the archive header, device
 * heads and segments. Valid files round-trip exactly; JSON damaged inside an intact envelope is read as
 * JSON.parse reads it or refused with a SyncTargetError naming the file; no clock stamp after the year
 * 9999 gets through. The envelope itself is fuzzed in tests/unit/sync/syncCrypto.test.ts.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect } from 'vitest';
import type { Change } from '../../../shared/sync/change';
import { seal } from '../../../shared/sync/syncCrypto';
import {
  decodeHead,
  decodeHeader,
  decodeSegment,
  encodeHead,
  encodeHeader,
  encodeSegment,
} from '../../../shared/sync/syncFiles';
import { HEADER_FILE, headPath, segmentPath } from '../../../shared/sync/syncPaths';
import { SyncTargetError } from '../../../shared/sync/SyncTransport';
import { edits, mutateText } from './mutations';
import { fuzzTimeout, refusal, reliabilityLog } from './reliabilityLog';
import { futureStamp, head, header, importKey, segment, stamp, viaJson } from './syncArbitraries';

const { fuzz } = reliabilityLog(import.meta.url, 'Hostile input', 'Sync target files');
let key: CryptoKey;
beforeAll(async () => {
  key = await importKey();
});

/** A refusal must say which file, that it is damaged, and that nothing was applied. */
function expectNamed(error: SyncTargetError, describes: string): void {
  expect(error.code).toBe('corrupt');
  expect(error.message.startsWith(describes), error.message).toBe(true);
  expect(error.message).toMatch(/nothing from it was applied\.$/);
}

describe('sync files under fuzzing', { timeout: fuzzTimeout(20) }, () => {
  fuzz('segments of generated changes round-trip exactly, plain and encrypted', () =>
    fc.asyncProperty(segment, fc.boolean(), async (written, encrypted) => {
      const k = encrypted ? key : null;
      const read = await decodeSegment(await encodeSegment(written, k), written, k);
      expect(read).toEqual(viaJson(written));
    }),
  );

  fuzz('heads round-trip exactly, plain and encrypted', () =>
    fc.asyncProperty(head, fc.boolean(), async (written, encrypted) => {
      const k = encrypted ? key : null;
      const read = await decodeHead(await encodeHead(written, k), written.deviceId, written.archiveId, k);
      expect(read).toEqual(written);
    }),
  );

  fuzz('archive headers round-trip exactly, with and without encryption settings', () =>
    fc.property(header, (written) => {
      expect(decodeHeader(encodeHeader(written))).toEqual(written);
    }),
  );

  fuzz(
    'a segment with damaged JSON in an intact envelope is read as JSON.parse reads it, or refused naming it',
    () =>
      fc.asyncProperty(segment, edits, async (written, damage) => {
        const path = segmentPath(written.deviceId, written.seq);
        const damaged = mutateText(JSON.stringify(written), damage);
        let read;
        try {
          read = await decodeSegment(await seal(damaged, path, null), written, null);
        } catch (error) {
          if (!(error instanceof SyncTargetError)) throw error;
          return expectNamed(error, `Segment ${path} is damaged: `);
        }
        expect(read).toEqual(JSON.parse(new TextDecoder().decode(damaged)));
      }),
  );

  fuzz(
    'a head with damaged JSON in an intact envelope is read as JSON.parse reads it, or refused naming it',
    () =>
      fc.asyncProperty(head, edits, async (written, damage) => {
        const path = headPath(written.deviceId);
        const damaged = mutateText(JSON.stringify(written), damage);
        let read;
        try {
          read = await decodeHead(await seal(damaged, path, null), written.deviceId, written.archiveId, null);
        } catch (error) {
          if (!(error instanceof SyncTargetError)) throw error;
          return expectNamed(error, `The segment list ${path} is damaged: `);
        }
        expect(read).toEqual(JSON.parse(new TextDecoder().decode(damaged)));
      }),
  );

  fuzz('a damaged archive header is read as JSON.parse reads it, or refused naming it', () =>
    fc.property(header, edits, (written, damage) => {
      const damaged = mutateText(new TextDecoder().decode(encodeHeader(written)), damage);
      let read;
      try {
        read = decodeHeader(damaged);
      } catch (error) {
        if (!(error instanceof SyncTargetError)) throw error;
        expect(error.message).toMatch(
          error.code === 'failed'
            ? /^The archive header liaison-archive\.json was written by a newer version/
            : /^The archive header liaison-archive\.json is (damaged|not the header)/,
        );
        return;
      }
      expect(read).toEqual(JSON.parse(new TextDecoder().decode(damaged)));
    }),
  );

  fuzz('random bytes as an archive header are refused with a SyncTargetError', () =>
    fc.property(
      fc.oneof(
        fc.uint8Array({ maxLength: 300 }),
        fc.jsonValue().map((v) => new TextEncoder().encode(JSON.stringify(v))),
      ),
      (bytes) => {
        let error: unknown;
        try {
          decodeHeader(bytes);
        } catch (e) {
          error = e;
        }
        expect(error).toBeInstanceOf(SyncTargetError);
        expect((error as SyncTargetError).message).toContain(HEADER_FILE);
      },
    ),
  );

  fuzz(
    'a clock stamp after the year 9999 anywhere in a segment is refused, naming the segment and the stamp',
    () =>
      fc.asyncProperty(
        segment,
        stamp,
        futureStamp,
        fc.constantFrom('delete', 'seen', 'field', 'lineage'),
        fc.nat(),
        async (written, ok, future, place, where) => {
          const id = '01J0000000000000000000000A';
          const hostile: Change =
            place === 'delete' || place === 'seen'
              ? {
                  table: 'meetings',
                  id,
                  op: 'delete',
                  hlc: place === 'delete' ? future : ok,
                  seen: place === 'seen' ? { minutes: [ok, future] } : {},
                }
              : {
                  table: 'meetings',
                  id,
                  op: 'upsert',
                  fields: {
                    minutes:
                      place === 'field'
                        ? { value: 'x', hlc: future }
                        : { value: 'x', hlc: ok, lineage: [future] },
                  },
                };
          const changes = [...written.changes];
          changes.splice(where % (changes.length + 1), 0, hostile);
          const bytes = await encodeSegment({ ...written, changes }, null);
          const error = await refusal(SyncTargetError, () => decodeSegment(bytes, written, null));
          expectNamed(error, `Segment ${segmentPath(written.deviceId, written.seq)} is damaged: changes.`);
          expect(error.message).toContain('a clock stamp after the year 9999');
        },
      ),
  );
});
