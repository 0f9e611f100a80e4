/**
 * Runs sync jobs (a target sync, a bundle export or import, a status read) and reports on them by
 * message: in the sync worker, so a long merge never freezes the window, and in process where there are
 * no workers (component tests). Each job can be cancelled; cancelling stops it between segments, where
 * everything merged so far is committed and the next sync resumes.
 */
import { SyncTargetError } from '../../../shared/sync/SyncTransport';
import { EncryptionRequiredError } from './EncryptionRequiredError';
import { BUNDLE_KEY, SyncBundles, type ExportedBundle } from './SyncBundles';
import { SyncEngine, type SyncProgress } from './SyncEngine';
import type { SyncParts } from './SyncParts';
import { SyncQuestion, type SyncQuestionKind } from './SyncQuestion';
import type {
  FromSyncWorker,
  SyncJobError,
  SyncJobRequest,
  SyncJobResult,
  SyncStatus,
  ToSyncWorker,
} from './syncProtocol';
import { RemoteTransport, TransportCalls } from './RemoteTransport';

export class SyncService {
  private readonly jobs = new Map<number, AbortController>();
  private readonly exported = new Map<number, ExportedBundle>();
  private readonly calls: TransportCalls;

  constructor(
    /** Fresh parts per job, so the clock starts from the stamp the app last stored. */
    private readonly openParts: () => Promise<SyncParts>,
    private readonly post: (message: FromSyncWorker) => void,
  ) {
    this.calls = new TransportCalls(post);
  }

  receive(message: ToSyncWorker): void {
    switch (message.type) {
      case 'start':
        void this.run(message.id, message.job);
        break;
      case 'cancel':
        this.jobs.get(message.id)?.abort();
        break;
      case 'bundle-saved': {
        const bundle = this.exported.get(message.id);
        this.exported.delete(message.id);
        void bundle?.markSent();
        break;
      }
      case 'transport-result':
        this.calls.settle(message);
        break;
    }
  }

  private async run(id: number, job: SyncJobRequest): Promise<void> {
    const controller = new AbortController();
    this.jobs.set(id, controller);
    const signal = controller.signal;
    const onProgress = (progress: SyncProgress) => this.post({ type: 'progress', id, progress });
    try {
      const parts = await this.openParts();
      const result = await this.perform(id, job, parts, { signal, onProgress });
      this.post({ type: 'done', id, result });
    } catch (error) {
      this.post({ type: 'failed', id, error: describeJobError(error) });
    } finally {
      this.jobs.delete(id);
    }
  }

  private async perform(
    id: number,
    job: SyncJobRequest,
    parts: SyncParts,
    control: {
      signal: AbortSignal;
      onProgress: NonNullable<Parameters<SyncEngine['sync']>[0]['onProgress']>;
    },
  ): Promise<SyncJobResult> {
    const confirmed = (request: { confirmed: SyncQuestionKind[] }) => new Set(request.confirmed);
    switch (job.type) {
      case 'sync': {
        const report = await new SyncEngine(parts).sync({
          key: job.key,
          transport: new RemoteTransport(this.calls, job.targetId),
          ...(job.passphrase ? { passphrase: job.passphrase } : {}),
          ...(job.encryptNew ? { encryptNew: true } : {}),
          confirmed: confirmed(job),
          ...control,
        });
        return { type: 'sync', report };
      }
      case 'export-bundle': {
        const bundle = await new SyncBundles(parts).export({
          everything: job.everything,
          ...(job.passphrase ? { passphrase: job.passphrase } : {}),
          ...control,
        });
        this.exported.set(id, bundle);
        return {
          type: 'export-bundle',
          bytes: bundle.bytes,
          fileName: bundle.fileName,
          records: bundle.records,
        };
      }
      case 'import-bundle': {
        const report = await new SyncBundles(parts).import(job.bytes, {
          ...(job.passphrase ? { passphrase: job.passphrase } : {}),
          confirmed: confirmed(job),
          ...control,
        });
        return { type: 'import-bundle', report };
      }
      case 'status':
        return { type: 'status', status: await readStatus(parts, job.keys) };
    }
  }
}

async function readStatus(parts: SyncParts, keys: readonly string[]): Promise<SyncStatus> {
  const upTo = await parts.outgoing.lastSeq();
  const targets: SyncStatus['targets'] = {};
  for (const key of keys) {
    const state = await parts.state.target(key);
    const queue = await parts.outgoing.queue({ after: state?.pushedSeq ?? 0, upTo, excludeOrigin: key });
    targets[key] = {
      lastSync: state?.lastSync ?? null,
      pending: queue.length,
      encrypted: state?.encrypted ?? null,
    };
  }
  const bundle = await parts.state.target(BUNDLE_KEY);
  return {
    targets,
    bundle: {
      lastSync: bundle?.lastSync ?? null,
      pending: (await parts.outgoing.queue({ after: bundle?.pushedSeq ?? 0, upTo })).length,
    },
  };
}

export function describeJobError(error: unknown): SyncJobError {
  if (error instanceof SyncQuestion)
    return { kind: 'question', question: error.kind, details: error.details, message: error.message };
  if (error instanceof SyncTargetError) return { kind: 'target', code: error.code, message: error.message };
  if (error instanceof EncryptionRequiredError)
    return { kind: 'encryption-required', reason: error.reason, message: error.message };
  if (error instanceof DOMException && error.name === 'AbortError') return { kind: 'aborted' };
  if (error instanceof Error && error.name === 'AbortError') return { kind: 'aborted' };
  return { kind: 'other', message: error instanceof Error ? error.message : String(error) };
}
