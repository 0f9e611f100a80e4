/**
 * The one main window: secure webPreferences plus the preload, restored to its last size and position,
 * shown only once its first paint is ready so the user never sees a blank frame.
 */
import { type BrowserWindow, screen } from 'electron';
import { createSecureWindow } from '../security/createSecureWindow';
import { fitToDisplays, loadWindowState, saveWindowState, type WindowState } from './windowState';

export interface MainWindowOptions {
  preloadPath: string;
  url: string;
  stateFile: string;
  iconPath?: string;
}

export async function createMainWindow(options: MainWindowOptions): Promise<BrowserWindow> {
  const saved = await loadWindowState(options.stateFile);
  const state = fitToDisplays(
    saved,
    screen.getAllDisplays().map((d) => d.workArea),
  );
  const window = createSecureWindow({
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Liaison',
    ...(options.iconPath ? { icon: options.iconPath } : {}),
    webPreferences: { preload: options.preloadPath },
  });
  window.once('ready-to-show', () => {
    if (state.maximized) window.maximize();
    window.show();
  });
  window.on('close', () => {
    const bounds = window.getNormalBounds();
    const next: WindowState = { ...bounds, maximized: window.isMaximized() };
    void saveWindowState(options.stateFile, next).catch(() => undefined);
  });
  await window.loadURL(options.url);
  return window;
}
