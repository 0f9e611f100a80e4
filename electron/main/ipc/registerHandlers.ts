/**
 * Registers the handler of every channel in the IPC contract. Handlers reach the operating system only
 * through the services passed in, so tests can run them with Electron mocked.
 */
import { basename, join } from 'node:path';
import type { AppInfo, BackupInfo, BackupManifest } from '../../../shared/ipc/contract';
import type { Language } from '../../../shared/i18n/languages';
import { SyncTargetError } from '../../../shared/sync/SyncTransport';
import { describeFileError } from '../files/describeFileError';
import type { FileGrants } from '../files/fileGrants';
import { writeFileAtomic } from '../files/writeFileAtomic';
import { writeNewFileAtomic } from '../files/writeNewFileAtomic';
import { silentLogger, type Logger } from '../logging/Logger';
import type { SyncTargetsService } from '../sync/SyncTargets';
import { IpcHandlerError } from './IpcHandlerError';
import type { IpcRegistry } from './createIpcRegistry';

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface MainServices {
  appInfo(): AppInfo;
  setLanguage(language: Language): void;
  /**
   * Enables or disables the menu's Lock command (the renderer says whether the archive is unlocked).
   * Absent where no menu is built (tests of other channels); the request then changes nothing.
   */
  setLockAvailable?(available: boolean): void;
  documentsFolder(): string;
  showSaveDialog(options: {
    title?: string;
    defaultPath: string;
    filters?: FileFilter[];
  }): Promise<string | null>;
  showFolderDialog(options: { title?: string }): Promise<string | null>;
  /** Prints a generated document to PDF bytes (see pdf/PdfPrinter.ts). */
  printPdf(html: string): Promise<Uint8Array>;
  grants: FileGrants;
  /** Sync targets by id (sync/SyncTargets.ts). */
  syncTargets: SyncTargetsService;
  /** Main's log; failed requests are logged by the registry, sync outcomes here (codes and ids only). */
  log?: Logger;
  /** Automatic backups (backup/BackupStore.ts and the quit flush); absent, backup requests fail. */
  backups?: BackupServices;
}

export interface BackupServices {
  write(data: Uint8Array, manifest: BackupManifest, keep: number): Promise<BackupInfo>;
  list(): Promise<BackupInfo[]>;
  read(id: string): Promise<Uint8Array>;
  /** Deletes the backups in clear (encryption at rest was turned on); resolves with how many. */
  deleteClear(): Promise<number>;
  /** The renderer finished the final backup main asked for on close. */
  flushDone(): void;
  /** Copies the database files aside before a restore replaces a database that failed to open. */
  preserveDatabase(): Promise<{ path: string }>;
}

export function registerHandlers(registry: IpcRegistry, services: MainServices): void {
  registry.handle('app:info', () => services.appInfo());

  registry.handle('app:set-language', ({ language }) => {
    services.setLanguage(language);
    return null;
  });

  registry.handle('app:set-lock-available', ({ available }) => {
    services.setLockAvailable?.(available);
    return null;
  });

  registry.handle('dialog:save-file', async ({ title, defaultName, filters }) => {
    // Only the file name is taken from the renderer; the folder is the user's to choose.
    const defaultPath = join(services.documentsFolder(), basename(defaultName));
    const path = await services.showSaveDialog({ title, defaultPath, filters });
    if (path === null) return { canceled: true };
    services.grants.grantFile(path);
    return { canceled: false, path };
  });

  registry.handle('dialog:choose-folder', async ({ title }) => {
    const path = await services.showFolderDialog({ title });
    if (path === null) return { canceled: true };
    services.grants.grantFolder(path);
    return { canceled: false, path };
  });

  registry.handle('file:write-atomic', async ({ path, data }) => writeGranted(services, path, data));

  registry.handle('document:print-pdf', async ({ html, path }) => {
    // Check the destination before the (slow) printing, so a refused path fails at once.
    ensureWritable(services, path);
    return writeGranted(services, path, await services.printPdf(html));
  });

  registry.handle('document:print-pdf-into-folder', async ({ html, folder, fileName }) => {
    // The contract lets only a plain file name through, so this path is a direct child of `folder`.
    const path = join(folder, fileName);
    ensureWritable(services, path);
    const pdf = await services.printPdf(html);
    try {
      return await writeNewFileAtomic(folder, fileName, pdf);
    } catch (error) {
      throw new IpcHandlerError('failed', describeFileError(error, path));
    }
  });

  registerSyncHandlers(registry, services.syncTargets, services.log ?? silentLogger);
  registerBackupHandlers(registry, services.backups);
}

function registerBackupHandlers(registry: IpcRegistry, backups: BackupServices | undefined): void {
  const store = () => {
    if (!backups) throw new IpcHandlerError('failed', 'Backups are not available.');
    return backups;
  };
  // Requests name a backup by id only (checked by the contract); the store builds every path itself.
  registry.handle('backup:write', ({ data, manifest, keep }) => store().write(data, manifest, keep));
  registry.handle('backup:list', () => store().list());
  registry.handle('backup:read', ({ id }) => store().read(id));
  registry.handle('backup:delete-clear', async () => ({ deleted: await store().deleteClear() }));
  registry.handle('backup:flush-done', () => {
    store().flushDone();
    return null;
  });
  registry.handle('backup:preserve-database', () => store().preserveDatabase());
}

function registerSyncHandlers(registry: IpcRegistry, targets: SyncTargetsService, log: Logger): void {
  registry.handle('sync:targets', () => targets.list());
  registry.handle('sync:add-folder', ({ title }) => targets.addFolder(title));
  registry.handle('sync:add-webdav', async (request) => {
    const result = await targets.addWebdav(request);
    // The outcome only: the URL, user name and password stay out of the log.
    log.info('sync.webdav-added', result.stored ? { stored: true, id: result.target.id } : result);
    return result;
  });
  registry.handle('sync:remove-target', async ({ id }) => {
    await targets.remove(id);
    return null;
  });
  registry.handle('sync:test-target', async ({ id }) => {
    try {
      await (await targets.transport(id)).probe();
      return { ok: true };
    } catch (error) {
      if (!(error instanceof SyncTargetError)) throw error;
      log.warn('sync.target-test-failed', { id, reason: error.code });
      return { ok: false, reason: error.code, message: error.message };
    }
  });
  registry.handle('sync:read', async ({ targetId, path }) => (await targets.transport(targetId)).read(path));
  registry.handle('sync:write', async ({ targetId, path, data }) => {
    await (await targets.transport(targetId)).write(path, data);
    return null;
  });
  registry.handle('sync:list', async ({ targetId, folder }) =>
    (await targets.transport(targetId)).list(folder),
  );
}

function ensureWritable(services: MainServices, path: string): void {
  if (!services.grants.isWritable(path)) {
    throw new IpcHandlerError(
      'not-permitted',
      'Liaison only writes files you chose in a save or folder dialog.',
    );
  }
}

async function writeGranted(services: MainServices, path: string, data: string | Uint8Array) {
  ensureWritable(services, path);
  try {
    return await writeFileAtomic(path, data);
  } catch (error) {
    throw new IpcHandlerError('failed', describeFileError(error, path));
  }
}
