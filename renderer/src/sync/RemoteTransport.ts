/**
 * A target's transport as the sync worker sees it: each call is posted to the app, which holds the bridge
 * to main (or, in tests, the target itself), and answered by message. A failure comes back as the
 * SyncTargetError main raised, so the engine cannot tell it from a transport in its own thread.
 */
import { SyncTargetError, type SyncTransport } from '../../../shared/sync/SyncTransport';
import type { FromSyncWorker, ToSyncWorker, TransportOp } from './syncProtocol';

type Pending = { resolve(value: unknown): void; reject(error: Error): void };

export class TransportCalls {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly post: (message: FromSyncWorker) => void) {}

  call(targetId: string, call: TransportOp): Promise<unknown> {
    const callId = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(callId, { resolve, reject });
      this.post({ type: 'transport', callId, targetId, call });
    });
  }

  settle(message: Extract<ToSyncWorker, { type: 'transport-result' }>): void {
    const pending = this.pending.get(message.callId);
    if (!pending) return;
    this.pending.delete(message.callId);
    if (message.ok) pending.resolve(message.value);
    else pending.reject(new SyncTargetError(message.code, message.message));
  }
}

export class RemoteTransport implements SyncTransport {
  constructor(
    private readonly calls: TransportCalls,
    private readonly targetId: string,
  ) {}

  async read(path: string): Promise<Uint8Array | null> {
    return (await this.calls.call(this.targetId, { op: 'read', path })) as Uint8Array | null;
  }

  async write(path: string, data: Uint8Array): Promise<void> {
    await this.calls.call(this.targetId, { op: 'write', path, data });
  }

  async list(folder: string): Promise<string[]> {
    return (await this.calls.call(this.targetId, { op: 'list', folder })) as string[];
  }
}
