/**
 * Fuzzing the sync bundle reader (shared/sync/syncBundle.ts, BundleReader): bundles of generated
 * changes and attachments round-trip exactly, plain and encrypted; damaged bundles are read as the
 * original or refused with a SyncTargetError; a zip directory that claims huge sizes allocates nothing.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect } from 'vitest';
import { BundleReader, BundleWriter, type BundleHeader } from '../../../shared/sync/syncBundle';
import { sha256Hex } from '../../../shared/sync/syncCrypto';
import { SyncTargetError } from '../../../shared/sync/SyncTransport';
import type { Change } from '../../../shared/sync/change';
import { text } from './entityArbitraries';
import { edits, mutateBytes } from './mutations';
import { fuzzTimeout, MiB, memoryGrowth, refusal, reliabilityLog } from './reliabilityLog';
import { archiveId, changes, deviceId, encryptionParams, importKey, viaJson } from './syncArbitraries';

const { fuzz } = reliabilityLog(import.meta.url, 'Hostile input', 'Sync bundle files');
let key: CryptoKey;
beforeAll(async () => {
  key = await importKey();
});

const bundleHeader: fc.Arbitrary<BundleHeader> = fc.record(
  {
    format: fc.constant('liaison-sync-bundle' as const),
    version: fc.constant(1),
    archiveId,
    bundleId: archiveId,
    deviceId,
    deviceName: text(60),
    createdAt: fc.integer({ min: 0, max: Date.UTC(9999, 11, 31) }).map((ms) => new Date(ms).toISOString()),
    everything: fc.boolean(),
    encryption: fc.option(encryptionParams, { nil: null }),
  },
  {
    requiredKeys: [
      'format',
      'version',
      'archiveId',
      'bundleId',
      'deviceId',
      'createdAt',
      'everything',
      'encryption',
    ],
  },
);

const bundle = fc.record({
  header: bundleHeader,
  parts: fc.array(changes, { maxLength: 3 }),
  blobs: fc.uniqueArray(fc.uint8Array({ maxLength: 64 }), { maxLength: 2, selector: (b) => b.join() }),
  encrypted: fc.boolean(),
});

async function writeBundle(
  b: { header: BundleHeader; parts: Change[][]; blobs: Uint8Array[] },
  k: CryptoKey | null,
) {
  const writer = new BundleWriter(b.header, k);
  for (const part of b.parts) await writer.addPart(part);
  for (const blob of b.blobs) await writer.addBlob(await sha256Hex(blob), blob);
  return writer.finish();
}

/** Everything a bundle holds, read the way the import reads it. */
async function readBundle(bytes: Uint8Array, k: CryptoKey | null) {
  const reader = new BundleReader(bytes);
  const manifest = await reader.manifest(k);
  const parts: Change[][] = [];
  for (const entry of manifest.parts) parts.push(await reader.part(entry, k));
  const blobs: Uint8Array[] = [];
  for (const sha of manifest.blobs) blobs.push(await reader.blob(sha, k));
  return { header: reader.header, parts, blobs };
}

describe('sync bundles under fuzzing', { timeout: fuzzTimeout(25) }, () => {
  fuzz('bundles of generated changes and attachments round-trip exactly, plain and encrypted', () =>
    fc.asyncProperty(bundle, async (b) => {
      const k = b.encrypted ? key : null;
      const read = await readBundle(await writeBundle(b, k), k);
      expect(read).toEqual({ header: b.header, parts: viaJson(b.parts), blobs: b.blobs });
    }),
  );

  fuzz('damaged bundle bytes are read as the original or refused with a SyncTargetError', () =>
    fc.asyncProperty(bundle, edits, async (b, damage) => {
      const k = b.encrypted ? key : null;
      const bytes = mutateBytes(await writeBundle(b, k), damage);
      let read;
      try {
        read = await readBundle(bytes, k);
      } catch (error) {
        if (!(error instanceof SyncTargetError)) throw error;
        expect(error.message).toMatch(/(nothing from it was applied|nothing was changed)\.$/);
        return;
      }
      expect(read).toEqual({ header: b.header, parts: viaJson(b.parts), blobs: b.blobs });
    }),
  );

  fuzz('random bytes are refused as not a bundle, with a SyncTargetError', () =>
    fc.asyncProperty(fc.uint8Array({ maxLength: 1024 }), async (bytes) => {
      const error = await refusal(SyncTargetError, () => readBundle(bytes, null));
      expect(error.message).toMatch(
        /^The bundle file is damaged or is not a Liaison sync bundle \(.+\); nothing from it was applied\.$/,
      );
    }),
  );

  fuzz('zip directories claiming huge sizes are refused without allocating what they claim', () =>
    fc.asyncProperty(
      bundle,
      fc.constantFrom(20, 24),
      fc.constantFrom(0x7fffffff, 0xfffffffe, 80 * MiB, 50 * MiB),
      fc.nat(),
      async (b, field, value, pick) => {
        const k = b.encrypted ? key : null;
        const bytes = await writeBundle(b, k);
        const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        const end = bytes.length - 22;
        let at = view.getUint32(end + 16, true);
        for (let i = 0; i < pick % view.getUint16(end + 10, true); i++)
          at +=
            46 +
            view.getUint16(at + 28, true) +
            view.getUint16(at + 30, true) +
            view.getUint16(at + 32, true);
        view.setUint32(at + field, value, true);
        const grown = await memoryGrowth(async () => {
          await refusal(SyncTargetError, () => readBundle(bytes, k));
        });
        expect(grown).toBeLessThan(64 * MiB);
      },
    ),
  );
});
