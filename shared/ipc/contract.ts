/**
 * The one IPC contract: channel name → zod request schema → response type, plus the push events that
 * main sends to the renderer. Main validates every request against these schemas; the preload and the
 * renderer get their types from here, so the two sides cannot drift apart.
 */
import { z } from 'zod';
import type { IpcChannel, IpcEvent } from './channelNames';
import { fileNameProblem } from '../files/portableFileName';
import { ArchiveManifest } from '../formats/archive/archiveFormat';
import { SUPPORTED_LANGUAGES } from '../i18n/languages';
import { BackupsKept } from '../settings/appSettings';
import { isSyncFilePath, isSyncFolderPath } from '../sync/syncPaths';
import type { SyncTargetErrorCode } from '../sync/SyncTransport';
import { MAX_WEBDAV_URL_LENGTH, webdavUrlProblem } from '../sync/webdavUrl';

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

/**
 * The largest file a sync target moves, in either direction. Segments and attachments stay below it; main
 * also refuses to read a larger file from a target, so a hostile target cannot exhaust its memory.
 */
export const MAX_SYNC_FILE_BYTES = 64 * 1024 * 1024;

/** Sync targets are named by id only: the renderer never hands main a folder path or URL to sync with. */
const syncTargetId = z.string().regex(/^[0-9A-Za-z_-]{1,64}$/, 'Not a sync target id');
const syncFile = z.string().max(200).refine(isSyncFilePath, 'Not the path of a sync file');
const syncFolder = z.string().max(100).refine(isSyncFolderPath, 'Not the path of a sync folder');

/**
 * A backup travels over IPC whole, so it is bounded: well above an archive of 100,000 meetings with
 * their attachments' usual sizes, and far below what would exhaust main's memory while it verifies one.
 */
export const MAX_BACKUP_BYTES = 512 * 1024 * 1024;
/**
 * Backups are named by id only (the time main wrote them, to the millisecond, in UTC): the renderer
 * never hands main a path, so no request can name a file outside userData/backups.
 */
export const BACKUP_ID_PATTERN = /^\d{8}T\d{9}Z$/;
const backupId = z.string().regex(BACKUP_ID_PATTERN, 'Not a backup id');
const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'Not a SHA-256 in lower-case hex');

/** What the renderer says a backup holds; main checks it against the bytes it wrote. */
export const BackupManifest = z
  .object({
    /** The archive's own createdAt. */
    createdAt: z.iso.datetime(),
    sha256: sha256Hex,
    tables: ArchiveManifest.shape.tables,
    blobs: ArchiveManifest.shape.blobs,
    /** The outbox position the backup includes; the scheduler backs up again only once it moved. */
    outboxSeq: z.number().int().min(0),
    /**
     * A sealed backup (encryption at rest was on): the archive is encrypted inside an envelope whose
     * header main checks (shared/formats/backup); otherwise the archive zip in clear.
     */
    encrypted: z.boolean(),
  })
  .strict();
export type BackupManifest = z.infer<typeof BackupManifest>;

/** A verified backup as listed: its manifest, where main put it, and its size on disk. */
export interface BackupInfo extends BackupManifest {
  id: string;
  fileName: string;
  bytes: number;
  /** When main wrote and verified it (ISO 8601, UTC). */
  writtenAt: string;
}

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

export type SyncTargetKind = 'folder' | 'webdav';
/**
 * How a WebDAV password is kept: `os-keyring` by the system's keychain or keyring; `basic-text` by
 * Electron's fallback on Linux without a keyring (obfuscated with a fixed key, readable by anyone with the
 * file); `plaintext` as is, where no encryption exists at all. The last two only after the user agreed.
 */
export type CredentialStorage = 'os-keyring' | 'basic-text' | 'plaintext';

/** A sync target as the renderer sees it. The password never leaves main. */
export type SyncTargetInfo =
  | { id: string; kind: 'folder'; label: string; path: string }
  | {
      id: string;
      kind: 'webdav';
      label: string;
      url: string;
      username: string;
      credentials: CredentialStorage;
    };

export type AddFolderTargetResult = { canceled: true } | { canceled: false; target: SyncTargetInfo };
/**
 * `stored: false` when the password could only be kept without real encryption: `plaintext-backend` on
 * Linux without a keyring, `encryption-unavailable` where the system offers none. Ask the user, then send
 * the request again with `allowPlaintext: true`.
 */
export type AddWebdavTargetResult =
  | { stored: true; target: SyncTargetInfo }
  | { stored: false; reason: 'plaintext-backend' | 'encryption-unavailable' };
export type SyncTargetTestResult = { ok: true } | { ok: false; reason: SyncTargetErrorCode; message: string };

export type SaveFileResult = { canceled: true } | { canceled: false; path: string };
export type ChooseFolderResult = { canceled: true } | { canceled: false; path: string };

export const ipcContract = {
  'app:info': channel(z.object({}).strict()).returns<AppInfo>(),
  'app:set-language': channel(z.object({ language: z.enum(SUPPORTED_LANGUAGES) }).strict()).returns<null>(),
  /** Enables the menu's Lock command while the archive is unlocked (encryption at rest), disables it otherwise. */
  'app:set-lock-available': channel(z.object({ available: z.boolean() }).strict()).returns<null>(),
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
  /**
   * Prints a document into a folder the user chose (dialog:choose-folder) under `fileName`, or under the
   * next free "name (2).pdf" when that is taken: nothing in the folder is ever replaced. Resolves with the
   * path really written. The name is a plain portable file name, so it cannot reach outside the folder.
   */
  'document:print-pdf-into-folder': channel(
    z
      .object({
        html: z.string().min(1).max(MAX_DOCUMENT_HTML),
        folder: filePath,
        fileName: z
          .string()
          .max(255)
          .superRefine((name, context) => {
            const problem = fileNameProblem(name);
            if (problem !== null) context.addIssue({ code: 'custom', message: problem });
          }),
      })
      .strict(),
  ).returns<{ path: string; bytes: number }>(),
  /** The configured sync targets. */
  'sync:targets': channel(z.object({}).strict()).returns<SyncTargetInfo[]>(),
  /** Opens the native folder dialog; only a folder the user picked there becomes a target. */
  'sync:add-folder': channel(
    z.object({ title: z.string().max(200).optional() }).strict(),
  ).returns<AddFolderTargetResult>(),
  /** Adds a WebDAV target, or updates the password of the one with the same URL and user name. */
  'sync:add-webdav': channel(
    z
      .object({
        url: z
          .string()
          .max(MAX_WEBDAV_URL_LENGTH)
          .superRefine((url, context) => {
            const problem = webdavUrlProblem(url);
            if (problem !== null) context.addIssue({ code: 'custom', message: problem });
          }),
        // Basic authentication cannot carry a colon in the user name.
        username: z
          .string()
          .min(1)
          .max(256)
          .regex(/^[^:\p{Cc}]+$/u, 'A user name has no colon and no control characters'),
        password: z.string().min(1).max(1024),
        allowPlaintext: z.boolean().optional(),
      })
      .strict(),
  ).returns<AddWebdavTargetResult>(),
  'sync:remove-target': channel(z.object({ id: syncTargetId }).strict()).returns<null>(),
  /** Checks that a target can be reached and written; a failure is a result, not an error. */
  'sync:test-target': channel(z.object({ id: syncTargetId }).strict()).returns<SyncTargetTestResult>(),
  'sync:read': channel(
    z.object({ targetId: syncTargetId, path: syncFile }).strict(),
  ).returns<Uint8Array | null>(),
  'sync:write': channel(
    z
      .object({
        targetId: syncTargetId,
        path: syncFile,
        data: z
          .instanceof(Uint8Array)
          .refine((d) => d.byteLength <= MAX_SYNC_FILE_BYTES, 'File is larger than a sync file may be'),
      })
      .strict(),
  ).returns<null>(),
  'sync:list': channel(z.object({ targetId: syncTargetId, folder: syncFolder }).strict()).returns<string[]>(),
  /**
   * Writes an automatic backup into userData/backups, verifies it from disk, then removes the oldest
   * beyond `keep`. Fails (and keeps every older backup) when the file does not verify.
   */
  'backup:write': channel(
    z
      .object({
        data: z
          .instanceof(Uint8Array)
          .refine((d) => d.byteLength > 0 && d.byteLength <= MAX_BACKUP_BYTES, 'Not the size of a backup'),
        manifest: BackupManifest,
        keep: BackupsKept,
      })
      .strict(),
  ).returns<BackupInfo>(),
  /** The verified backups, newest first. */
  'backup:list': channel(z.object({}).strict()).returns<BackupInfo[]>(),
  /** A backup's bytes, checked against its SHA-256 again. */
  'backup:read': channel(z.object({ id: backupId }).strict()).returns<Uint8Array>(),
  /**
   * Deletes every backup that holds the archive in clear (and what a cut-short clear write left behind),
   * keeping the sealed ones: encryption at rest was turned on.
   */
  'backup:delete-clear': channel(z.object({}).strict()).returns<{ deleted: number }>(),
  /** The renderer's answer to `backup:flush`: its final backup is written (or there was nothing new). */
  'backup:flush-done': channel(z.object({}).strict()).returns<null>(),
  /**
   * Copies the archive's database files aside (userData/preserved-archives/<time>) before a restore
   * replaces a database that failed to open, so the broken one is kept.
   */
  'backup:preserve-database': channel(z.object({}).strict()).returns<{ path: string }>(),
} satisfies Record<IpcChannel, ChannelSpec<z.ZodType, unknown>>;

export const MENU_COMMANDS = ['new-meeting', 'search', 'open-settings', 'show-about', 'lock'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
/** The payload of `menu:command`; the renderer checks it before acting on it. */
export const MenuCommandEvent = z.object({ command: z.enum(MENU_COMMANDS) }).strict();

/** Push events from main to the renderer, with their payloads. */
export interface IpcEventPayloads {
  'menu:command': z.infer<typeof MenuCommandEvent>;
  /** The window is closing: write a final backup if anything changed, then answer `backup:flush-done`. */
  'backup:flush': Record<string, never>;
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
  /** Set when a sync target failed: why, so the renderer can rebuild the SyncTargetError. */
  reason?: SyncTargetErrorCode;
}
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/**
 * What the preload exposes on `window.liaison`: a typed invoke and a typed subscription, nothing else.
 */
export interface LiaisonBridge {
  invoke<C extends IpcChannel>(channel: C, request: IpcRequest<C>): Promise<IpcResult<IpcResponse<C>>>;
  on<E extends IpcEvent>(event: E, callback: (payload: IpcEventPayload<E>) => void): () => void;
}
