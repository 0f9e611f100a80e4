/**
 * The app's side of sync: starts jobs in the sync worker (in process where there are no workers), serves
 * the worker's calls to folder and WebDAV targets through the platform, and turns its answers back into
 * the errors the UI knows: a SyncQuestion to ask, a SyncTargetError to explain, an AbortError when
 * cancelled. After a job that merged anything, the app's clock moves past the newest stamp merged.
 */
import { SyncTargetError } from '../../../shared/sync/SyncTransport';
import type { SyncTargetsApi } from '../platform/Platform';
import { EncryptionRequiredError } from './EncryptionRequiredError';
import type { SyncProgress } from './SyncEngine';
import { SyncQuestion } from './SyncQuestion';
import type {
  FromSyncWorker,
  SyncJobError,
  SyncJobRequest,
  SyncJobResult,
  ToSyncWorker,
} from './syncProtocol';

export interface SyncChannel {
  send(message: ToSyncWorker): void;
  onMessage(listener: (message: FromSyncWorker) => void): void;
}

export interface SyncJob<R extends SyncJobResult = SyncJobResult> {
  id: number;
  result: Promise<R>;
  cancel(): void;
}

type ResultOf<T extends SyncJobRequest['type']> = Extract<SyncJobResult, { type: T }>;

interface Running {
  resolve(result: SyncJobResult): void;
  reject(error: Error): void;
  onProgress?: ((progress: SyncProgress) => void) | undefined;
}

export class SyncClient {
  private nextId = 1;
  private readonly running = new Map<number, Running>();

  constructor(
    private readonly channel: SyncChannel,
    private readonly targets: SyncTargetsApi | null | undefined,
    /** Called after a job merged changes, with the newest stamp merged. */
    private readonly onMerged: (newestStamp: string | null) => void,
  ) {
    channel.onMessage((message) => this.receive(message));
  }

  start<T extends SyncJobRequest['type']>(
    job: Extract<SyncJobRequest, { type: T }>,
    onProgress?: (progress: SyncProgress) => void,
  ): SyncJob<ResultOf<T>> {
    const id = this.nextId++;
    const result = new Promise<SyncJobResult>((resolve, reject) => {
      this.running.set(id, { resolve, reject, onProgress });
    });
    this.channel.send({ type: 'start', id, job });
    return {
      id,
      result: result as Promise<ResultOf<T>>,
      cancel: () => this.channel.send({ type: 'cancel', id }),
    };
  }

  /** Encryption at rest: the worker's connection gets the data key after an unlock, and drops it on lock. */
  setEncryptionKey(key: Uint8Array | null): void {
    this.channel.send({ type: 'encryption-key', key });
  }

  /** The exported bundle of job `id` is saved: the next bundle starts after it. */
  bundleSaved(id: number): void {
    this.channel.send({ type: 'bundle-saved', id });
  }

  private receive(message: FromSyncWorker): void {
    switch (message.type) {
      case 'progress':
        this.running.get(message.id)?.onProgress?.(message.progress);
        break;
      case 'done': {
        const job = this.running.get(message.id);
        this.running.delete(message.id);
        const { result } = message;
        if (result.type === 'sync' || result.type === 'import-bundle')
          this.onMerged(result.report.newestStamp);
        job?.resolve(result);
        break;
      }
      case 'failed': {
        const job = this.running.get(message.id);
        this.running.delete(message.id);
        // A job stopped part-way may still have merged segments before it.
        this.onMerged(null);
        job?.reject(toError(message.error));
        break;
      }
      case 'transport':
        void this.serve(message);
        break;
    }
  }

  private async serve(message: Extract<FromSyncWorker, { type: 'transport' }>): Promise<void> {
    const { callId, call } = message;
    try {
      if (!this.targets)
        throw new SyncTargetError('failed', 'Folder and WebDAV targets need the desktop app.');
      const transport = this.targets.transport(message.targetId);
      const value =
        call.op === 'read'
          ? await transport.read(call.path)
          : call.op === 'list'
            ? await transport.list(call.folder)
            : (await transport.write(call.path, call.data), null);
      this.channel.send({ type: 'transport-result', callId, ok: true, value });
    } catch (error) {
      const known = error instanceof SyncTargetError ? error : new SyncTargetError('failed', String(error));
      this.channel.send({
        type: 'transport-result',
        callId,
        ok: false,
        code: known.code,
        message: known.message,
      });
    }
  }
}

function toError(error: SyncJobError): Error {
  switch (error.kind) {
    case 'question':
      return new SyncQuestion(error.question, error.details);
    case 'target':
      return new SyncTargetError(error.code, error.message);
    case 'encryption-required':
      return new EncryptionRequiredError(error.reason);
    case 'aborted':
      return new DOMException('The sync was cancelled.', 'AbortError');
    default:
      return new Error(error.message);
  }
}

export function workerSyncChannel(): SyncChannel {
  const worker = new Worker(new URL('./syncWorker.ts', import.meta.url), { type: 'module', name: 'sync' });
  return {
    send: (message) => worker.postMessage(message),
    onMessage: (listener) =>
      worker.addEventListener('message', (event: MessageEvent<FromSyncWorker>) => listener(event.data)),
  };
}
