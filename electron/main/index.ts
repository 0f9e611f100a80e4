/**
 * Main-process entry: the trust boundary of the app. It owns windows, menus, files and dialogs, and
 * answers the renderer only through the typed, validated IPC contract.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, safeStorage, session } from 'electron';
import { join } from 'node:path';
import { APP_ENTRY_URL, APP_ORIGIN, APP_SCHEME, isUrlOnOrigins } from '../../shared/security/appOrigin';
import { MENU_STRINGS } from '../../shared/i18n/menuStrings';
import type { Language } from '../../shared/i18n/languages';
import type { MenuCommand } from '../../shared/ipc/contract';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './appProtocol';
import { BackupStore } from './backup/BackupStore';
import { preserveDatabaseFiles } from './backup/preserveDatabaseFiles';
import { QuitFlush } from './backup/QuitFlush';
import { FileGrants } from './files/fileGrants';
import { createIpcRegistry } from './ipc/createIpcRegistry';
import { registerHandlers } from './ipc/registerHandlers';
import { createLogger, type Logger } from './logging/Logger';
import { RotatingLog } from './logging/RotatingLog';
import { buildMenuTemplate } from './menu/buildMenuTemplate';
import { PdfPrinter } from './pdf/PdfPrinter';
import { setUpPrintSession } from './pdf/setUpPrintSession';
import { SyncTargets } from './sync/SyncTargets';
import { createSecureWindow } from './security/createSecureWindow';
import { guardWebContents } from './security/guardWebContents';
import { restrictPermissions } from './security/hardenWebContents';
import { openInBrowser } from './security/openInBrowser';
import { appliedWebPreferences } from './security/secureWebPreferences';
import { resolveUserDataOverride, TEST_MODE_ENV } from './userDataOverride';
import { createMainWindow } from './window/createMainWindow';

const here = import.meta.dirname;
const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];
const appOrigins = devServerUrl ? [APP_ORIGIN, new URL(devServerUrl).origin] : [APP_ORIGIN];

protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

const userDataOverride = resolveUserDataOverride(process.env, app.isPackaged);
if (userDataOverride) app.setPath('userData', userDataOverride);
if (!app.isPackaged && process.env[TEST_MODE_ENV] === '1') {
  // Read by tests/electron through Playwright's app.evaluate; never present in a packaged app.
  Object.assign(globalThis, { liaisonTestHooks: { appliedWebPreferences } });
}

let mainWindow: BrowserWindow | null = null;
let language: Language = 'en';
/** Whether the menu's Lock command is enabled: the renderer says so while the archive is unlocked. */
let lockAvailable = false;
// userData/logs/liaison.log, 1 MiB × 5 files. Codes, ids and sizes only (see logging/redactForLog.ts).
const log: Logger = createLogger(new RotatingLog({ dir: join(app.getPath('userData'), 'logs') }));

/** How long a closing window waits for the renderer's final backup before it closes anyway. */
const QUIT_BACKUP_WAIT_MS = 20_000;
let quitFlush: QuitFlush | null = null;
// A close held for the final backup cancels a quit in progress (macOS's Cmd+Q); it is resumed after.
let quitting = false;
app.on('before-quit', () => {
  quitting = true;
});

/**
 * Holds the window's first close until the renderer has written a final backup (or the wait ran out),
 * then closes it for real; a second close goes straight through.
 */
function flushBackupOnClose(window: BrowserWindow): void {
  let flushed = false;
  const flush = new QuitFlush({
    timeoutMs: QUIT_BACKUP_WAIT_MS,
    request: () => {
      if (window.webContents.isDestroyed() || window.webContents.isCrashed()) return false;
      window.webContents.send('backup:flush', {});
      return true;
    },
  });
  quitFlush = flush;
  window.on('close', (event) => {
    if (flushed) return;
    event.preventDefault();
    void flush.flush().then((outcome) => {
      log.info('backup.quit-flush', { outcome });
      flushed = true;
      if (!window.isDestroyed()) window.close();
      if (quitting) app.quit();
    });
  });
}

function sendMenuCommand(command: MenuCommand): void {
  mainWindow?.webContents.send('menu:command', { command });
}

function installMenu(): void {
  const template = buildMenuTemplate({
    platform: process.platform,
    strings: MENU_STRINGS[language],
    appName: app.name,
    developer: !app.isPackaged,
    lockAvailable,
    send: sendMenuCommand,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

// Registered before any window exists, so no webContents escapes the guard (guardWebContents.ts).
app.on('web-contents-created', (_event, contents) =>
  guardWebContents(contents, {
    appOrigins,
    openInBrowser: (url) => void openInBrowser(url),
    log,
    allowDevTools: !app.isPackaged,
  }),
);

async function start(): Promise<void> {
  log.info('app.start', {
    version: app.getVersion(),
    electron: process.versions.electron ?? '',
    platform: process.platform,
    packaged: app.isPackaged,
  });
  const rendererRoot = join(here, '../renderer');
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererRoot));
  const printer = new PdfPrinter((webPreferences) => createSecureWindow({ show: false, webPreferences }));
  setUpPrintSession(printer, rendererRoot, log);
  restrictPermissions(session.defaultSession, log);

  const grants = new FileGrants();
  const registry = createIpcRegistry(
    ipcMain,
    (frame) => frame !== null && frame.parent === null && isUrlOnOrigins(frame.url, appOrigins),
    log,
  );
  const showFolderDialog = async ({ title }: { title?: string }) => {
    const options = {
      title,
      properties: ['openDirectory', 'createDirectory'] as Array<'openDirectory' | 'createDirectory'>,
    };
    const result = mainWindow
      ? await dialog.showOpenDialog(mainWindow, options)
      : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  };
  const syncTargets = new SyncTargets({
    userDataDir: app.getPath('userData'),
    safeStorage,
    platform: process.platform,
    chooseFolder: (title) => showFolderDialog({ title }),
  });
  const backupStore = new BackupStore({ dir: join(app.getPath('userData'), 'backups'), log });
  registerHandlers(registry, {
    backups: {
      write: (data, manifest, keep) => backupStore.write(data, manifest, keep),
      list: () => backupStore.list(),
      read: (id) => backupStore.read(id),
      deleteClear: () => backupStore.deleteClear(),
      flushDone: () => quitFlush?.done(),
      preserveDatabase: () => preserveDatabaseFiles(app.getPath('userData'), Date.now()),
    },
    grants,
    syncTargets,
    printPdf: (html) => printer.print(html),
    log,
    appInfo: () => ({
      name: app.getName(),
      version: app.getVersion(),
      platform: process.platform,
      arch: process.arch,
      versions: {
        electron: process.versions.electron ?? '',
        chrome: process.versions.chrome ?? '',
        node: process.versions.node,
      },
      paths: { userData: app.getPath('userData'), logs: app.getPath('logs') },
    }),
    setLanguage: (next) => {
      language = next;
      installMenu();
    },
    setLockAvailable: (available) => {
      if (available === lockAvailable) return;
      lockAvailable = available;
      installMenu();
    },
    documentsFolder: () => app.getPath('documents'),
    showSaveDialog: async (options) => {
      const result = mainWindow
        ? await dialog.showSaveDialog(mainWindow, options)
        : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    showFolderDialog,
  });

  installMenu();
  mainWindow = await createMainWindow({
    preloadPath: join(here, '../preload/index.cjs'),
    url: devServerUrl ?? APP_ENTRY_URL,
    stateFile: join(app.getPath('userData'), 'window-state.json'),
    iconPath: join(here, '../../resources/icon.png'),
  });
  flushBackupOnClose(mainWindow);
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  log.info('app.ready', { windows: BrowserWindow.getAllWindows().length });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0 && app.isReady()) void start();
  });
  void app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      log.error('app.start-failed', { error });
      throw error;
    });
}
