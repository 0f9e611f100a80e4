/**
 * Syncs this laptop's archive with a target (a folder, a WebDAV server): pull the other devices' new
 * segments and merge them, then push this laptop's changes as new segments of its own
 * (docs/sync-format.md, "Sync protocol").
 *
 * Nothing is lost when a sync stops half-way, whatever stops it (cancel, a dropped connection, a closed
 * lid): each segment is merged in one transaction together with the position that says it was read, and a
 * push writes a segment, then the head that lists it, then the local note of how far it got. The next sync
 * picks up from there; anything sent twice merges as a no-op.
 *
 * Before it changes anything, a sync stops and asks (a SyncQuestion) when the target belongs to another
 * archive, when it is empty although this laptop synced there before, or when the pull would delete
 * more than 10% of the records or more than 50.
 */
import type { Change } from '../../../shared/sync/change';
import { createEncryption, sha256Hex, type EncryptionParams } from '../../../shared/sync/syncCrypto';
import {
  decodeHead,
  decodeHeader,
  decodeSegment,
  encodeHead,
  encodeHeader,
  encodeSegment,
  newHeader,
  SEGMENT_RECORDS,
  SYNC_FORMAT_VERSION,
  type DeviceHead,
  type SegmentEntry,
} from '../../../shared/sync/syncFiles';
import { cutShort, damaged, tampered } from '../../../shared/sync/syncFileErrors';
import { HEADER_FILE, headPath, segmentPath } from '../../../shared/sync/syncPaths';
import { SyncTargetError, type SyncTransport } from '../../../shared/sync/SyncTransport';
import type { TargetSyncState } from '../db/sync/SyncStateStore';
import { guardDeletes } from './guardDeletes';
import { addMerged, emptyTotals, type MergeTotals } from './mergeTotals';
import { fetchBlobs, sendBlobs } from './syncBlobs';
import { EncryptionRequiredError } from './EncryptionRequiredError';
import type { SyncParts } from './SyncParts';
import { SyncQuestion, type SyncQuestionKind } from './SyncQuestion';

export type { ClockWarning } from './mergeTotals';

export interface SyncProgress {
  phase: 'pull' | 'push';
  done: number;
  total: number;
}

export interface SyncRequest {
  /** Names the target in this laptop's sync state and as the origin of what it merged from there. */
  key: string;
  transport: SyncTransport;
  /** The archive's passphrase, when the target is (or is to be made) encrypted. */
  passphrase?: string;
  /** A new target is encrypted with `passphrase` when this is set. */
  encryptNew?: boolean;
  /** The questions the user has answered "go ahead" to. */
  confirmed?: ReadonlySet<SyncQuestionKind>;
  signal?: AbortSignal;
  onProgress?(progress: SyncProgress): void;
}

export interface SyncReport extends MergeTotals {
  archiveId: string;
  encrypted: boolean;
  /** Records the push sent. */
  sent: number;
  finishedAt: string;
}

interface OpenTarget {
  archiveId: string;
  key: CryptoKey | null;
  state: TargetSyncState;
}

export class SyncEngine {
  constructor(private readonly parts: SyncParts) {}

  private get keys() {
    return this.parts.keys;
  }

  private now(): Date {
    return this.parts.now();
  }

  async sync(request: SyncRequest): Promise<SyncReport> {
    const target = await this.open(request);
    const pulled = await this.pull(request, target);
    const sent = await this.push(request, target);
    const finishedAt = this.now().toISOString();
    target.state.lastSync = finishedAt;
    await this.parts.state.saveTarget(request.key, target.state);
    return {
      archiveId: target.archiveId,
      encrypted: target.key !== null,
      ...pulled,
      sent,
      finishedAt,
    };
  }

  /** Reads (or writes) the archive header and applies the fail-safes about which archive this is. */
  private async open(request: SyncRequest): Promise<OpenTarget> {
    const { transport, key: targetKey } = request;
    const confirmed = request.confirmed ?? new Set();
    const bytes = await transport.read(HEADER_FILE);
    let state = await this.parts.state.target(targetKey);
    const ours = await this.parts.state.archiveId();
    const atRest = await this.parts.encryptedAtRest();

    if (bytes === null) {
      // Before any question or write: with encryption at rest on, a new target is encrypted or not made.
      if (atRest && !(request.encryptNew && request.passphrase))
        throw new EncryptionRequiredError('new-target');
      if (state && !confirmed.has('empty-target'))
        throw new SyncQuestion('empty-target', { lastSync: state.lastSync });
      if ((await transport.list('devices')).length > 0)
        throw new SyncTargetError(
          'corrupt',
          `The target holds devices’ files but no archive header (${HEADER_FILE}); it may still be copying. Nothing was changed.`,
        );
      const archiveId = ours ?? this.parts.newId();
      let encryption: EncryptionParams | null = null;
      let key: CryptoKey | null = null;
      if (request.encryptNew) {
        const created = await createEncryption(request.passphrase ?? '');
        encryption = created.params;
        key = created.key;
        this.keys.remember(archiveId, encryption, key);
      }
      await transport.write(HEADER_FILE, encodeHeader(newHeader(archiveId, encryption, this.now())));
      if (!ours) await this.parts.state.setArchiveId(archiveId);
      // Everything goes out again, including what came from this target before it was emptied.
      state = {
        archiveId,
        read: {},
        pushedSeq: 0,
        nextSegment: 1,
        resend: state !== null,
        encrypted: encryption !== null,
      };
      await this.parts.state.saveTarget(targetKey, state);
      return { archiveId, key, state };
    }

    const header = decodeHeader(bytes);
    // An archive's encryption is chosen once, in its header; a plain one cannot take this archive's text.
    if (atRest && header.encryption === null) {
      if (state && state.encrypted !== false)
        await this.parts.state.saveTarget(targetKey, { ...state, encrypted: false });
      throw new EncryptionRequiredError('plain-target');
    }
    if (ours && header.archiveId !== ours && !confirmed.has('other-archive'))
      throw new SyncQuestion('other-archive', {
        theirs: header.archiveId,
        ours,
        createdAt: header.createdAt,
      });
    const key = header.encryption
      ? await this.keys.unlock(header.archiveId, header.encryption, request.passphrase)
      : null;
    if (header.archiveId !== ours) await this.parts.state.setArchiveId(header.archiveId);
    const encrypted = header.encryption !== null;
    if (!state || state.archiveId !== header.archiveId) {
      state = { archiveId: header.archiveId, read: {}, pushedSeq: 0, nextSegment: 1, encrypted };
      await this.parts.state.saveTarget(targetKey, state);
    }
    state.encrypted = encrypted;
    return { archiveId: header.archiveId, key, state };
  }

  /** Merges every segment of the other devices that this laptop has not read yet. */
  private async pull(request: SyncRequest, target: OpenTarget) {
    const { transport, signal } = request;
    const totals = emptyTotals();
    const pending: Array<{ device: string; entry: SegmentEntry }> = [];
    const names: Record<string, string> = {};
    for (const device of (await transport.list('devices')).sort()) {
      if (device === this.parts.deviceId || !/^[0-9A-Za-z_-]{1,32}$/.test(device)) continue;
      const headBytes = await transport.read(headPath(device));
      if (headBytes === null) continue; // A device whose first segment is still being written.
      const head = await decodeHead(headBytes, device, target.archiveId, target.key);
      if (head.deviceName) names[device] = head.deviceName;
      const read = target.state.read[device] ?? 0;
      if (head.segments.length < read)
        throw damaged(
          headPath(device),
          `it lists ${head.segments.length} segments but this laptop already read ${read}; the target may have been restored from an older copy`,
        );
      for (const entry of head.segments.slice(read)) pending.push({ device, entry });
    }
    await this.parts.state.rememberDeviceNames(names);
    const total = pending.reduce((sum, { entry }) => sum + entry.changes, 0);
    let done = 0;
    request.onProgress?.({ phase: 'pull', done, total });

    // First fetch and check every new segment, and count what it would delete, before changing anything.
    const fetched: Uint8Array[] = [];
    const deletes: Change[] = [];
    for (const { device, entry } of pending) {
      signal?.throwIfAborted();
      const bytes = await this.fetchSegment(transport, device, entry);
      const segment = await decodeSegment(
        bytes,
        { deviceId: device, seq: entry.seq, archiveId: target.archiveId },
        target.key,
      );
      deletes.push(...segment.changes.filter((change) => change.op === 'delete'));
      fetched.push(bytes);
    }
    await guardDeletes(this.parts.applier, deletes, request.confirmed);

    for (let i = 0; i < pending.length; i++) {
      signal?.throwIfAborted();
      const { device, entry } = pending[i]!;
      const segment = await decodeSegment(
        fetched[i]!,
        { deviceId: device, seq: entry.seq, archiveId: target.archiveId },
        target.key,
      );
      await fetchBlobs(segment.changes, transport, target.key, this.parts.blobs);
      const state = target.state;
      const result = await this.parts.applier.apply(segment.changes, request.key, async () => {
        await this.parts.state.saveTarget(request.key, {
          ...state,
          read: { ...state.read, [device]: entry.seq },
        });
      });
      state.read = { ...state.read, [device]: entry.seq };
      fetched[i] = new Uint8Array(0);
      addMerged(totals, result, this.now());
      done += entry.changes;
      request.onProgress?.({ phase: 'pull', done, total });
    }
    return totals;
  }

  private async fetchSegment(
    transport: SyncTransport,
    device: string,
    entry: SegmentEntry,
  ): Promise<Uint8Array> {
    const path = segmentPath(device, entry.seq);
    const bytes = await transport.read(path);
    if (bytes === null) throw damaged(path, 'its device lists it but it is not on the target');
    if ((await sha256Hex(bytes)) === entry.sha256) return bytes;
    if (bytes.length < entry.bytes) throw cutShort(path);
    throw tampered(path, 'its SHA-256 differs from the one its device listed');
  }

  /** Sends this laptop's changes since the last push as new segments; returns the records sent. */
  private async push(request: SyncRequest, target: OpenTarget): Promise<number> {
    const { transport, signal } = request;
    const { outgoing } = this.parts;
    const state = target.state;
    const upTo = state.pending?.upTo ?? (await outgoing.lastSeq());
    if (upTo <= state.pushedSeq) return 0;
    const queue = await outgoing.queue({
      after: state.pushedSeq,
      upTo,
      ...(state.resend ? {} : { excludeOrigin: request.key }),
    });
    const me = this.parts.deviceId;
    const head = await this.ownHead(transport, target);
    const name = await this.parts.deviceName();
    if (name) head.deviceName = name;
    else delete head.deviceName;
    // The head on the target is the truth: a segment written but never listed is simply written again.
    let seq = head.segments.length + 1;
    let done = Math.min(state.pending?.done ?? 0, queue.length);
    let sent = 0;
    const blobsThere = new Set(await transport.list('blobs'));
    request.onProgress?.({ phase: 'push', done, total: queue.length });
    for await (const chunk of outgoing.changes(queue, SEGMENT_RECORDS, done)) {
      signal?.throwIfAborted();
      if (chunk.changes.length > 0) {
        await sendBlobs(chunk.changes, transport, target.key, this.parts.blobs, blobsThere);
        const bytes = await encodeSegment(
          {
            version: SYNC_FORMAT_VERSION,
            archiveId: target.archiveId,
            deviceId: me,
            seq,
            changes: chunk.changes,
          },
          target.key,
        );
        await transport.write(segmentPath(me, seq), bytes);
        head.segments.push({
          seq,
          sha256: await sha256Hex(bytes),
          bytes: bytes.length,
          changes: chunk.changes.length,
        });
        await transport.write(headPath(me), await encodeHead(head, target.key));
        seq++;
        sent += chunk.changes.length;
      }
      done += chunk.records;
      state.pending = { upTo, done };
      state.nextSegment = seq;
      await this.parts.state.saveTarget(request.key, state);
      request.onProgress?.({ phase: 'push', done, total: queue.length });
    }
    state.pushedSeq = upTo;
    delete state.pending;
    delete state.resend;
    await this.parts.state.saveTarget(request.key, state);
    return sent;
  }

  private async ownHead(transport: SyncTransport, target: OpenTarget): Promise<DeviceHead> {
    const me = this.parts.deviceId;
    const bytes = await transport.read(headPath(me));
    if (bytes === null)
      return { version: SYNC_FORMAT_VERSION, archiveId: target.archiveId, deviceId: me, segments: [] };
    return decodeHead(bytes, me, target.archiveId, target.key);
  }
}
