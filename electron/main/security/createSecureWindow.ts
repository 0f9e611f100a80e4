/**
 * The only place the app constructs a BrowserWindow (the main window and each hidden PDF window come
 * from here). The security preferences are written out on the constructor itself, after whatever the
 * caller passed, so no caller can weaken them and a static checker (electronegativity, `npm run
 * lint:electron`) sees them where the window is made. A unit test holds this literal equal to
 * SECURE_WEB_PREFERENCES, so the two cannot drift.
 */
import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import {
  type ExtraWebPreferences,
  pickExtra,
  recordWebPreferences,
  secureWebPreferences,
} from './secureWebPreferences';

export type SecureWindowOptions = Omit<BrowserWindowConstructorOptions, 'webPreferences'> & {
  webPreferences?: ExtraWebPreferences;
};

export function createSecureWindow(options: SecureWindowOptions = {}): BrowserWindow {
  const { webPreferences: extra = {}, ...windowOptions } = options;
  // Literal and inline: electronegativity does not follow a variable here.
  const window = new BrowserWindow({
    ...windowOptions,
    webPreferences: {
      ...pickExtra(extra),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  recordWebPreferences(window.webContents, secureWebPreferences(extra));
  return window;
}
