/**
 * What sync needs from a target (a folder, a WebDAV server): read, write and list files by their path
 * relative to the target's root (shared/sync/syncPaths.ts). The desktop app implements it in main, behind
 * IPC; the sync engine and its tests only see this interface.
 */
export interface SyncTransport {
  /** A file's bytes, or null when there is no such file. */
  read(path: string): Promise<Uint8Array | null>;
  /**
   * Writes a whole file. Either the new content is there afterwards or the old one (or none) still is:
   * never a partial file under `path`. Creates the folders on the way.
   */
  write(path: string, data: Uint8Array): Promise<void>;
  /** The names directly inside a folder (files and folders alike); [] when the folder does not exist. */
  list(folder: string): Promise<string[]>;
}

/** Why a target failed, so the UI can say what to do. */
export type SyncTargetErrorCode =
  /** The folder (or the server's base collection) does not exist or is not mounted. */
  | 'missing'
  /** The target cannot be written: a read-only folder or share, or the server refuses writes. */
  | 'read-only'
  /** The disk or the server's quota is full. */
  | 'full'
  /** The server did not answer, or the network is down. */
  | 'unreachable'
  /** The server refused the user name or password. */
  | 'unauthorized'
  /** The server answered with an error (5xx and the like). */
  | 'server'
  /** The target's files are not what Liaison wrote: truncated, tampered or from elsewhere. */
  | 'corrupt'
  /** The target belongs to another archive. */
  | 'other-archive'
  /** The passphrase does not open the target. */
  | 'wrong-passphrase'
  /** Anything else. */
  | 'failed';

/** A target failed; `message` is meant for the user and says what happened and what to do. */
export class SyncTargetError extends Error {
  constructor(
    readonly code: SyncTargetErrorCode,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'SyncTargetError';
  }
}
