/**
 * The one IPC contract: channel name → zod request schema → response type, plus the push events that
 * main sends to the renderer. Main validates every request against these schemas; the preload and the
 * renderer get their types from here, so the two sides cannot drift apart.
 */
import { z } from 'zod';
import type { IpcChannel, IpcEvent } from './channelNames';
import { SUPPORTED_LANGUAGES } from '../i18n/languages';

/** A schema for the request plus a phantom type for the response. */
interface ChannelSpec<Req extends z.ZodType, Res> {
  readonly request: Req;
  readonly response: Res;
}

function channel<Req extends z.ZodType>(request: Req) {
  return {
    returns: <Res>(): ChannelSpec<Req, Res> => ({ request, response: undefined as unknown as Res }),
  };
}

/** Paths are bounded so that a hostile renderer cannot make main allocate without limit. */
const filePath = z.string().min(1).max(4096);
/** Larger files (archives with attachments) are written in main, not shipped over IPC. */
export const MAX_IPC_FILE_BYTES = 256 * 1024 * 1024;
/** A delegation report of a large event is a few MB of HTML; 64 MB leaves room without being unbounded. */
export const MAX_DOCUMENT_HTML = 64 * 1024 * 1024;

const fileFilter = z
  .object({
    name: z.string().min(1).max(100),
    extensions: z
      .array(z.string().regex(/^[a-z0-9*]{1,10}$/i))
      .min(1)
      .max(10),
  })
  .strict();

export interface AppInfo {
  name: string;
  version: string;
  platform: string;
  arch: string;
  versions: { electron: string; chrome: string; node: string };
  paths: { userData: string; logs: string };
}

export type SaveFileResult = { canceled: true } | { canceled: false; path: string };
export type ChooseFolderResult = { canceled: true } | { canceled: false; path: string };

export const ipcContract = {
  'app:info': channel(z.object({}).strict()).returns<AppInfo>(),
  'app:set-language': channel(z.object({ language: z.enum(SUPPORTED_LANGUAGES) }).strict()).returns<null>(),
  'dialog:save-file': channel(
    z
      .object({
        title: z.string().max(200).optional(),
        defaultName: z.string().min(1).max(255),
        filters: z.array(fileFilter).max(10).optional(),
      })
      .strict(),
  ).returns<SaveFileResult>(),
  'dialog:choose-folder': channel(
    z.object({ title: z.string().max(200).optional() }).strict(),
  ).returns<ChooseFolderResult>(),
  'file:write-atomic': channel(
    z
      .object({
        path: filePath,
        data: z.union([
          z.string().max(MAX_IPC_FILE_BYTES),
          z.instanceof(Uint8Array).refine((d) => d.byteLength <= MAX_IPC_FILE_BYTES, 'File is too large'),
        ]),
      })
      .strict(),
  ).returns<{ path: string; bytes: number }>(),
  /** Prints a generated document (shared/documents) to PDF in a locked-down window and saves it. */
  'document:print-pdf': channel(
    z
      .object({
        html: z.string().min(1).max(MAX_DOCUMENT_HTML),
        path: filePath,
      })
      .strict(),
  ).returns<{ path: string; bytes: number }>(),
} satisfies Record<IpcChannel, ChannelSpec<z.ZodType, unknown>>;

export const MENU_COMMANDS = ['new-meeting', 'search', 'open-settings', 'show-about'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** Push events from main to the renderer, with their payloads. */
export interface IpcEventPayloads {
  'menu:command': { command: MenuCommand };
}
// Every declared event has a payload type, and every payload type is a declared event.
const _eventsComplete: Record<IpcEvent, unknown> = {} as IpcEventPayloads;
void _eventsComplete;

export type IpcContract = typeof ipcContract;
export type IpcRequest<C extends IpcChannel> = z.input<IpcContract[C]['request']>;
export type IpcParsedRequest<C extends IpcChannel> = z.output<IpcContract[C]['request']>;
export type IpcResponse<C extends IpcChannel> = IpcContract[C]['response'];
export type IpcEventPayload<E extends IpcEvent> = IpcEventPayloads[E];

export type IpcErrorCode = 'forbidden-sender' | 'bad-request' | 'not-permitted' | 'failed';
export interface IpcError {
  code: IpcErrorCode;
  message: string;
}
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/**
 * What the preload exposes on `window.liaison`: a typed invoke and a typed subscription, nothing else.
 */
export interface LiaisonBridge {
  invoke<C extends IpcChannel>(channel: C, request: IpcRequest<C>): Promise<IpcResult<IpcResponse<C>>>;
  on<E extends IpcEvent>(event: E, callback: (payload: IpcEventPayload<E>) => void): () => void;
}
