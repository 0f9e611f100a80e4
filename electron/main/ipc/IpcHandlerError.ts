/**
 * An error a handler throws on purpose, with a code and a message meant for the user. A SyncTargetError
 * keeps its code as the `reason`. Anything else a handler throws is reported as `failed` with its
 * message, never with a stack.
 */
import type { IpcError, IpcErrorCode } from '../../../shared/ipc/contract';
import { SyncTargetError } from '../../../shared/sync/SyncTransport';

export class IpcHandlerError extends Error {
  constructor(
    readonly code: IpcErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'IpcHandlerError';
  }
}

export function errorToIpcError(error: unknown): IpcError {
  if (error instanceof IpcHandlerError) return { code: error.code, message: error.message };
  if (error instanceof SyncTargetError) return { code: 'failed', message: error.message, reason: error.code };
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'failed', message };
}
