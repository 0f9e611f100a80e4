/**
 * What the renderer needs from its host. The desktop app implements it over the preload bridge, a plain
 * browser with web APIs; nothing else in the renderer knows which one it runs on.
 */
import type {
  AddFolderTargetResult,
  AddWebdavTargetResult,
  AppInfo,
  BackupInfo,
  BackupManifest,
  MenuCommand,
  SyncTargetInfo,
  SyncTargetTestResult,
} from '../../../shared/ipc/contract';
import type { Language } from '../../../shared/i18n/languages';
import type { SyncTransport } from '../../../shared/sync/SyncTransport';

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface FileToSave {
  suggestedName: string;
  mimeType: string;
  data: string | Uint8Array<ArrayBuffer>;
  filters?: FileFilter[];
  title?: string;
}

export type SaveOutcome = { status: 'saved'; location: string } | { status: 'canceled' };

/** A generated document (shared/documents) to turn into a PDF. */
export interface DocumentToPrint {
  /** The full HTML, whose print assets are under `printAssetsBase()`. */
  html: string;
  /** File name offered for the PDF, e.g. "Minutes - Prek Leap.pdf". */
  suggestedName: string;
}

export type PrintOutcome = SaveOutcome | { status: 'printed' };

/** A WebDAV target as the settings form collects it. */
export interface WebdavTargetRequest {
  url: string;
  username: string;
  password: string;
  /** Set only after the user agreed to keep the password without the system keyring. */
  allowPlaintext?: boolean;
}

/**
 * The folder and WebDAV sync targets of the desktop app. Main keeps each target's folder, URL and
 * password; the renderer names a target by its id. Failures of the methods that touch a target reject with
 * a SyncTargetError (code and message for the user); the others with a PlatformError.
 */
export interface SyncTargetsApi {
  list(): Promise<SyncTargetInfo[]>;
  /** Opens the native folder dialog; `{ canceled: true }` when the user closes it. */
  addFolder(dialogTitle?: string): Promise<AddFolderTargetResult>;
  /** `{ stored: false, reason }` means: ask before keeping the password unencrypted (see the type). */
  addWebdav(request: WebdavTargetRequest): Promise<AddWebdavTargetResult>;
  remove(id: string): Promise<void>;
  /** Whether the target can be reached and written now; resolves with the reason when not. */
  test(id: string): Promise<SyncTargetTestResult>;
  /** The transport that reads and writes the target's files, for the sync engine. */
  transport(id: string): SyncTransport;
}

/**
 * The automatic backups the desktop app keeps in userData/backups. Main writes, verifies and rotates
 * them; the renderer produces the archive and names a backup by id. Failures reject with a PlatformError.
 */
export interface BackupsApi {
  /** Stores a backup; resolves once main has verified it from disk and rotated out the oldest. */
  write(data: Uint8Array<ArrayBuffer>, manifest: BackupManifest, keep: number): Promise<BackupInfo>;
  /** Verified backups, newest first. */
  list(): Promise<BackupInfo[]>;
  read(id: string): Promise<Uint8Array<ArrayBuffer>>;
  /** Deletes every backup that holds the archive in clear (encryption was turned on); resolves with how many. */
  deleteClear(): Promise<number>;
  /**
   * Main asks for a final backup when the window closes; `flush` runs, and main is told it finished
   * (also when it failed) so the window can close.
   */
  onFlushRequest(flush: () => Promise<void>): () => void;
  /** Copies the database files aside (before a restore replaces a database that failed to open). */
  preserveDatabase(): Promise<string>;
}

export interface Platform {
  readonly kind: 'desktop' | 'web';
  appInfo(): Promise<AppInfo>;
  /** Lets the host follow the UI language (the desktop menu does). */
  setLanguage(language: Language): Promise<void>;
  /** Asks where to save (desktop) or downloads (web), then writes the file atomically. */
  saveFile(file: FileToSave): Promise<SaveOutcome>;
  /** The absolute URL documents load their stylesheets and fonts from. */
  printAssetsBase(): string;
  /**
   * Turns a document into a PDF. The desktop app asks where to save it and prints it there; a browser
   * opens its print dialog, where "Save as PDF" is one of the printers.
   */
  printDocument(document: DocumentToPrint): Promise<PrintOutcome>;
  /** Desktop only: asks for a folder to save several documents into (null if canceled). */
  chooseFolder(title: string): Promise<string | null>;
  /**
   * Desktop only: prints a document into `fileName` (a portable name, shared/files/portableFileName)
   * inside a folder chosen with chooseFolder. Nothing there is replaced: when the name is taken, the next
   * free "name (2).pdf" is used. Resolves with the path really written.
   */
  printDocumentInto(folder: string, fileName: string, html: string): Promise<string>;
  /**
   * Folder and WebDAV sync targets. Null (or absent) in web mode, where the sync bundle file is the only
   * target: a UI shows those settings only when this is set.
   */
  readonly syncTargets?: SyncTargetsApi | null;
  /** Automatic backups: desktop only. Null (or absent) in web mode, which has no main process. */
  readonly backups?: BackupsApi | null;
  /** Commands chosen in the native menu; the web has none, so it never calls back. */
  onMenuCommand(callback: (command: MenuCommand) => void): () => void;
  /** Enables the native menu's Lock command while the archive is unlocked; the web has no menu. */
  setLockAvailable(available: boolean): Promise<void>;
}

/** A host operation failed; the message is meant for the user. */
export class PlatformError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'PlatformError';
  }
}
