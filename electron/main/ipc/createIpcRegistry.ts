/**
 * The only place that calls `ipcMain.handle`. Every handler goes through this wrapper, which
 * (1) refuses requests from any frame but the app's own top-level page, (2) parses the request with the
 * channel's zod schema and names the offending field when it is invalid, (3) turns the handler's outcome
 * into an `IpcResult`, so the renderer never sees a raw exception, and (4) refuses to register a channel
 * twice. A unit test checks that every registered listener was made here. Refusals and failures are
 * logged by channel, code and field path only: the request itself may hold a password or note text.
 */
import type { IpcMainInvokeEvent } from 'electron';
import type { z } from 'zod';
import type { IpcChannel } from '../../../shared/ipc/channelNames';
import {
  ipcContract,
  type IpcError,
  type IpcParsedRequest,
  type IpcResponse,
  type IpcResult,
} from '../../../shared/ipc/contract';
import { silentLogger, type Logger } from '../logging/Logger';
import { errorToIpcError } from './IpcHandlerError';

export type IpcHandler<C extends IpcChannel> = (
  request: IpcParsedRequest<C>,
  event: IpcMainInvokeEvent,
) => Promise<IpcResponse<C>> | IpcResponse<C>;

type Listener = (event: IpcMainInvokeEvent, raw: unknown) => Promise<IpcResult<unknown>>;

/** The part of Electron's `ipcMain` the registry needs; tests pass a recorder instead. */
export interface IpcMainLike {
  handle(channel: string, listener: Listener): void;
}

/** Decides whether the frame that sent a request is the app's own page. */
export type SenderCheck = (frame: IpcMainInvokeEvent['senderFrame']) => boolean;

export interface IpcRegistry {
  handle<C extends IpcChannel>(channel: C, handler: IpcHandler<C>): void;
  /** Channels registered so far, in order. */
  channels(): IpcChannel[];
  /** True for listeners this registry created; used to prove no handler bypasses it. */
  isWrapped(listener: unknown): boolean;
}

export function describeZodError(channel: string, error: z.ZodError): string {
  const issues = error.issues.slice(0, 3).map((issue) => {
    const field = issue.path.length > 0 ? issue.path.join('.') : '(request)';
    return `${field}: ${issue.message}`;
  });
  return `Invalid request for ${channel}: ${issues.join('; ')}`;
}

/** Where each invalid field is and what kind of problem it has, never its value or the message. */
export function describeIssuesForLog(error: z.ZodError): Array<{ path: string; code: string }> {
  return error.issues.slice(0, 5).map((issue) => ({
    // Keys of records come from the request; only schema-like names are kept.
    path: issue.path
      .map((part) => (/^[A-Za-z0-9_-]{1,40}$/.test(String(part)) ? String(part) : '?'))
      .join('.'),
    code: issue.code,
  }));
}

function originOf(url: string | undefined): string {
  try {
    return url === undefined ? 'none' : new URL(url).origin;
  } catch {
    return 'unparseable';
  }
}

export function createIpcRegistry(
  ipcMain: IpcMainLike,
  isTrustedSender: SenderCheck,
  log: Logger = silentLogger,
): IpcRegistry {
  const registered = new Map<IpcChannel, Listener>();
  const wrapped = new WeakSet<object>();

  return {
    handle(channel, handler) {
      if (registered.has(channel)) throw new Error(`IPC channel "${channel}" is already registered`);
      const schema: z.ZodType = ipcContract[channel].request;
      const listener: Listener = async (event, raw) => {
        if (!isTrustedSender(event.senderFrame)) {
          log.warn('ipc.forbidden-sender', { channel, origin: originOf(event.senderFrame?.url) });
          return fail({
            code: 'forbidden-sender',
            message: `${channel} refused: the sender is not the app's page`,
          });
        }
        const parsed = schema.safeParse(raw);
        if (!parsed.success) {
          log.warn('ipc.bad-request', { channel, issues: describeIssuesForLog(parsed.error) });
          return fail({ code: 'bad-request', message: describeZodError(channel, parsed.error) });
        }
        try {
          const value = await handler(parsed.data as IpcParsedRequest<typeof channel>, event);
          return { ok: true, value };
        } catch (error) {
          const ipcError = errorToIpcError(error);
          log.warn('ipc.failed', { channel, code: ipcError.code, reason: ipcError.reason ?? null });
          return fail(ipcError);
        }
      };
      wrapped.add(listener);
      registered.set(channel, listener);
      ipcMain.handle(channel, listener);
    },
    channels: () => [...registered.keys()],
    isWrapped: (listener) => typeof listener === 'function' && wrapped.has(listener),
  };
}

function fail(error: IpcError): IpcResult<never> {
  return { ok: false, error };
}
