/**
 * Sync bundle files: the target that needs no network and no shared folder, and the only one in web
 * mode. Export writes every change since the previous bundle (or the whole archive) into one file; import
 * merges a bundle from another laptop, part by part, each part in one transaction. Importing a bundle
 * twice, or bundles out of order, is harmless: merging is idempotent and order does not matter.
 */
import { BundleReader, BundleWriter, BUNDLE_EXTENSION } from '../../../shared/sync/syncBundle';
import type { Change } from '../../../shared/sync/change';
import { createEncryption } from '../../../shared/sync/syncCrypto';
import { SEGMENT_RECORDS, SYNC_FORMAT_VERSION } from '../../../shared/sync/syncFiles';
import type { TargetSyncState } from '../db/sync/SyncStateStore';
import { EncryptionRequiredError } from './EncryptionRequiredError';
import { guardDeletes } from './guardDeletes';
import { blobsNeeded } from './syncBlobs';
import { addMerged, emptyTotals, type MergeTotals } from './mergeTotals';
import type { SyncProgress } from './SyncEngine';
import type { SyncParts } from './SyncParts';
import { SyncQuestion, type SyncQuestionKind } from './SyncQuestion';

/** Bundles keep their "sent up to" position under this key, like a target. */
export const BUNDLE_KEY = 'bundle';

export interface BundleExportRequest {
  /** The whole archive, rather than what changed since the previous bundle. */
  everything: boolean;
  /** Encrypts the bundle when set; required while encryption at rest is on. */
  passphrase?: string;
  signal?: AbortSignal;
  onProgress?(progress: SyncProgress): void;
}

export interface ExportedBundle {
  bytes: Uint8Array<ArrayBuffer>;
  fileName: string;
  records: number;
  /** Call once the file is safely saved: the next bundle then starts after this one. */
  markSent(): Promise<void>;
}

export interface BundleImportRequest {
  passphrase?: string;
  confirmed?: ReadonlySet<SyncQuestionKind>;
  signal?: AbortSignal;
  onProgress?(progress: SyncProgress): void;
}

export interface BundleImportReport extends MergeTotals {
  /** The laptop that wrote the bundle. */
  fromDevice: string;
}

export class SyncBundles {
  constructor(private readonly parts: SyncParts) {}

  /** How many records the next "changes since the last bundle" export would carry. */
  async pendingCount(): Promise<number> {
    const state = await this.parts.state.target(BUNDLE_KEY);
    const upTo = await this.parts.outgoing.lastSeq();
    return (await this.parts.outgoing.queue({ after: state?.pushedSeq ?? 0, upTo })).length;
  }

  async export(request: BundleExportRequest): Promise<ExportedBundle> {
    const { parts } = this;
    if (!request.passphrase && (await parts.encryptedAtRest())) throw new EncryptionRequiredError('bundle');
    let archiveId = await parts.state.archiveId();
    if (!archiveId) {
      archiveId = parts.newId();
      await parts.state.setArchiveId(archiveId);
    }
    const state: TargetSyncState = (await parts.state.target(BUNDLE_KEY)) ?? {
      archiveId,
      read: {},
      pushedSeq: 0,
      nextSegment: 1,
    };
    const encryption = request.passphrase ? await createEncryption(request.passphrase) : null;
    const now = parts.now();
    const bundleId = parts.newId();
    const deviceName = await parts.deviceName();
    const writer = new BundleWriter(
      {
        format: 'liaison-sync-bundle',
        version: SYNC_FORMAT_VERSION,
        archiveId,
        bundleId,
        deviceId: parts.deviceId,
        ...(deviceName ? { deviceName } : {}),
        createdAt: now.toISOString(),
        everything: request.everything,
        encryption: encryption?.params ?? null,
      },
      encryption?.key ?? null,
    );
    const upTo = await parts.outgoing.lastSeq();
    // Bundles carry what came from elsewhere too: the laptop reading it may not have it yet.
    const queue = request.everything
      ? await parts.outgoing.everything()
      : await parts.outgoing.queue({ after: state.pushedSeq, upTo });
    let done = 0;
    request.onProgress?.({ phase: 'push', done, total: queue.length });
    for await (const chunk of parts.outgoing.changes(queue, SEGMENT_RECORDS)) {
      request.signal?.throwIfAborted();
      if (chunk.changes.length > 0) {
        for (const sha of blobsNeeded(chunk.changes).keys()) {
          const content = await parts.blobs.read(sha);
          if (content) await writer.addBlob(sha, content);
        }
        await writer.addPart(chunk.changes);
      }
      done += chunk.records;
      request.onProgress?.({ phase: 'push', done, total: queue.length });
    }
    const bytes = await writer.finish();
    const stamp = now.toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
    return {
      bytes,
      fileName: `liaison-${stamp}-${parts.deviceId.slice(-6).toLowerCase()}${BUNDLE_EXTENSION}`,
      records: queue.length,
      markSent: async () => {
        await parts.state.saveTarget(BUNDLE_KEY, {
          ...state,
          pushedSeq: Math.max(state.pushedSeq, upTo),
          lastSync: now.toISOString(),
        });
      },
    };
  }

  async import(bytes: Uint8Array, request: BundleImportRequest = {}): Promise<BundleImportReport> {
    const { parts } = this;
    const reader = new BundleReader(bytes);
    const { header } = reader;
    const ours = await parts.state.archiveId();
    if (ours && header.archiveId !== ours && !request.confirmed?.has('other-archive'))
      throw new SyncQuestion('other-archive', {
        theirs: header.archiveId,
        ours,
        createdAt: header.createdAt,
      });
    const key = header.encryption
      ? await parts.keys.unlock(header.archiveId, header.encryption, request.passphrase)
      : null;
    const manifest = await reader.manifest(key);
    const total = manifest.parts.reduce((sum, part) => sum + part.changes, 0);
    request.onProgress?.({ phase: 'pull', done: 0, total });

    // Every part is read and checked, and the deletes counted, before anything is merged.
    const batches: Change[][] = [];
    for (const part of manifest.parts) {
      request.signal?.throwIfAborted();
      batches.push(await reader.part(part, key));
    }
    await guardDeletes(
      parts.applier,
      batches.flatMap((changes) => changes.filter((change) => change.op === 'delete')),
      request.confirmed,
    );
    if (header.archiveId !== ours) await parts.state.setArchiveId(header.archiveId);
    if (header.deviceName) await parts.state.rememberDeviceNames({ [header.deviceId]: header.deviceName });

    const report: BundleImportReport = { fromDevice: header.deviceId, ...emptyTotals() };
    let done = 0;
    for (const changes of batches) {
      request.signal?.throwIfAborted();
      const needed = [...blobsNeeded(changes).entries()];
      const present = await parts.blobs.present(needed.map(([sha]) => sha));
      for (const [sha, type] of needed) {
        if (present.has(sha) || !reader.hasBlob(sha)) continue;
        await parts.blobs.put(sha, await reader.blob(sha, key), type || undefined);
      }
      const result = await parts.applier.apply(changes, `${BUNDLE_KEY}:${header.deviceId}`);
      addMerged(report, result, parts.now());
      done += changes.length;
      request.onProgress?.({ phase: 'pull', done, total });
    }
    return report;
  }
}
