/**
 * The application menu, following each platform's conventions: on macOS the app menu comes first and
 * holds About, Settings and Quit; on Windows and Linux, Settings and Quit live in File and About in Help.
 * Commands the renderer implements are sent to it as `menu:command` events. Lock Liaison is enabled only
 * while the archive is unlocked: with encryption at rest off there is nothing to lock.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../../shared/ipc/contract';
import type { MenuStrings } from '../../../shared/i18n/menuStrings';

export interface MenuOptions {
  platform: NodeJS.Platform;
  strings: MenuStrings;
  appName: string;
  /** Development builds get reload and developer tools. */
  developer: boolean;
  /** The archive is encrypted and unlocked (the renderer says so over `app:set-lock-available`). */
  lockAvailable: boolean;
  send: (command: MenuCommand) => void;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { strings, send } = options;
  const mac = options.platform === 'darwin';
  const settings: MenuItemConstructorOptions = {
    id: 'settings',
    label: strings.settings,
    accelerator: 'CmdOrCtrl+,',
    click: () => send('open-settings'),
  };
  const about: MenuItemConstructorOptions = {
    id: 'about',
    label: strings.about,
    click: () => send('show-about'),
  };

  const appMenu: MenuItemConstructorOptions = {
    label: options.appName,
    submenu: [
      about,
      separator,
      settings,
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  };
  const file: MenuItemConstructorOptions = {
    id: 'file',
    label: strings.file,
    submenu: [
      {
        id: 'new-meeting',
        label: strings.newMeeting,
        accelerator: 'CmdOrCtrl+N',
        click: () => send('new-meeting'),
      },
      { id: 'search', label: strings.search, accelerator: 'CmdOrCtrl+K', click: () => send('search') },
      separator,
      {
        id: 'lock',
        label: strings.lock,
        // Free in this menu, in the roles' own shortcuts and in the page (Ctrl+N, Ctrl+K).
        accelerator: 'CmdOrCtrl+Shift+L',
        enabled: options.lockAvailable,
        click: () => send('lock'),
      },
      ...(mac
        ? [separator, { role: 'close' } as const]
        : [separator, settings, separator, { role: 'quit', label: strings.quit } as const]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    id: 'edit',
    label: strings.edit,
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(mac ? [{ role: 'pasteAndMatchStyle' } as const] : []),
      { role: 'delete' },
      separator,
      { role: 'selectAll' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    id: 'view',
    label: strings.view,
    submenu: [
      ...(options.developer
        ? [
            { role: 'reload' } as const,
            { role: 'forceReload' } as const,
            { role: 'toggleDevTools' } as const,
            separator,
          ]
        : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
    ],
  };
  const window: MenuItemConstructorOptions = {
    id: 'window',
    label: strings.window,
    role: 'window',
    submenu: mac
      ? [{ role: 'minimize' }, { role: 'zoom' }, separator, { role: 'front' }]
      : [{ role: 'minimize' }, { role: 'close' }],
  };
  const help: MenuItemConstructorOptions = {
    id: 'help',
    label: strings.help,
    role: 'help',
    submenu: mac ? [] : [about],
  };
  return [...(mac ? [appMenu] : []), file, edit, view, window, help];
}
