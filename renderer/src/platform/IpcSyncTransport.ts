/**
 * A sync target of the desktop app, seen from the renderer: every call goes over the bridge to main, which
 * holds the target's folder or URL and password. Failures come back as the same SyncTargetError (code and
 * message) that main raised, so the sync engine cannot tell it from a transport in its own process.
 */
import type { IpcChannel } from '../../../shared/ipc/channelNames';
import type { IpcRequest, IpcResponse, LiaisonBridge } from '../../../shared/ipc/contract';
import { SyncTargetError, type SyncTransport } from '../../../shared/sync/SyncTransport';

export class IpcSyncTransport implements SyncTransport {
  constructor(
    private readonly bridge: LiaisonBridge,
    readonly targetId: string,
  ) {}

  read(path: string): Promise<Uint8Array | null> {
    return this.call('sync:read', { targetId: this.targetId, path });
  }

  async write(path: string, data: Uint8Array): Promise<void> {
    // IPC cannot carry a view of shared memory; copy it into a plain buffer then.
    const bytes =
      data.buffer instanceof ArrayBuffer ? (data as Uint8Array<ArrayBuffer>) : new Uint8Array(data);
    await this.call('sync:write', { targetId: this.targetId, path, data: bytes });
  }

  list(folder: string): Promise<string[]> {
    return this.call('sync:list', { targetId: this.targetId, folder });
  }

  private async call<C extends IpcChannel>(channel: C, request: IpcRequest<C>): Promise<IpcResponse<C>> {
    let result;
    try {
      result = await this.bridge.invoke(channel, request);
    } catch (error) {
      // Only a broken bridge rejects; main answers every request with a result.
      throw new SyncTargetError('failed', `Liaison's main process did not answer: ${String(error)}`, {
        cause: error,
      });
    }
    if (!result.ok) throw new SyncTargetError(result.error.reason ?? 'failed', result.error.message);
    return result.value;
  }
}
