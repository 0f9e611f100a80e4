import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate } from '../../../electron/main/menu/buildMenuTemplate';
import { MENU_STRINGS } from '../../../shared/i18n/menuStrings';

const build = (
  platform: NodeJS.Platform,
  send = vi.fn(),
  language: 'en' | 'zh-CN' = 'en',
  lockAvailable = false,
) =>
  buildMenuTemplate({
    platform,
    strings: MENU_STRINGS[language],
    appName: 'Liaison',
    developer: false,
    lockAvailable,
    send,
  });

/** The shortcuts Electron gives the roles this menu uses (lib/browser/api/menu-item-roles.ts). */
const ROLE_ACCELERATORS = [
  'CmdOrCtrl+W',
  'CmdOrCtrl+C',
  'CmdOrCtrl+X',
  'CmdOrCtrl+V',
  'Shift+CmdOrCtrl+V',
  'Cmd+Option+Shift+V',
  'Shift+CmdOrCtrl+R',
  'Cmd+H',
  'Cmd+Alt+H',
  'CmdOrCtrl+M',
  'CmdOrCtrl+Q',
  'Ctrl+Y',
  'Shift+CmdOrCtrl+Z',
  'CmdOrCtrl+R',
  'CmdOrCtrl+0',
  'CmdOrCtrl+A',
  'Alt+Cmd+I',
  'Ctrl+Shift+I',
  'Ctrl+Cmd+F',
  'F11',
  'CmdOrCtrl+Z',
  'CmdOrCtrl+Plus',
  'CmdOrCtrl+-',
];
/** The keys a shortcut stands for, spelt one way: CmdOrCtrl is Cmd on macOS and Ctrl elsewhere. */
const keysOf = (accelerator: string): string[] => {
  const spelt = accelerator
    .replace(/CommandOrControl/g, 'CmdOrCtrl')
    .replace(/Command/g, 'Cmd')
    .replace(/Control/g, 'Ctrl')
    .replace(/Option/g, 'Alt');
  return [...new Set(['Cmd', 'Ctrl'].map((mod) => spelt.replace(/CmdOrCtrl/g, mod)))].map((keys) =>
    keys.split('+').sort().join('+'),
  );
};
const accelerators = (items: MenuItemConstructorOptions[]): string[] =>
  items.flatMap((item) => [
    ...(typeof item.accelerator === 'string' ? [item.accelerator] : []),
    ...accelerators(submenu(item)),
  ]);

const labels = (items: MenuItemConstructorOptions[]) => items.map((item) => item.label);
const submenu = (item: MenuItemConstructorOptions | undefined) =>
  (item?.submenu ?? []) as MenuItemConstructorOptions[];
const find = (items: MenuItemConstructorOptions[], id: string): MenuItemConstructorOptions | undefined => {
  for (const item of items) {
    if (item.id === id) return item;
    const inner = find(submenu(item), id);
    if (inner) return inner;
  }
  return undefined;
};

describe('the application menu', () => {
  it.each(['win32', 'linux'] as const)('on %s has File, Edit, View, Window and Help', (platform) => {
    const menu = build(platform);
    expect(labels(menu)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    expect(submenu(menu[0]).some((item) => item.role === 'quit')).toBe(true);
    expect(find(submenu(menu[4]), 'about')).toBeDefined();
  });

  it('on macOS starts with the app menu holding About, Settings and Quit', () => {
    const menu = build('darwin');
    expect(labels(menu)).toEqual(['Liaison', 'File', 'Edit', 'View', 'Window', 'Help']);
    const appMenu = submenu(menu[0]);
    expect(appMenu[0]?.id).toBe('about');
    expect(appMenu.some((item) => item.id === 'settings')).toBe(true);
    expect(appMenu.at(-1)?.role).toBe('quit');
    expect(submenu(menu[1]).some((item) => item.role === 'quit')).toBe(false);
  });

  it('sends New Meeting, Search and Settings to the renderer with the usual shortcuts', () => {
    const send = vi.fn();
    const menu = build('linux', send);
    const newMeeting = find(menu, 'new-meeting')!;
    expect(newMeeting.accelerator).toBe('CmdOrCtrl+N');
    expect(find(menu, 'search')!.accelerator).toBe('CmdOrCtrl+K');
    expect(find(menu, 'settings')!.accelerator).toBe('CmdOrCtrl+,');
    (newMeeting.click as () => void)();
    (find(menu, 'settings')!.click as () => void)();
    expect(send.mock.calls).toEqual([['new-meeting'], ['open-settings']]);
  });

  it.each(['darwin', 'win32', 'linux'] as const)(
    'on %s has Lock Liaison with Ctrl/Cmd+Shift+L, enabled only while there is something to lock, which sends lock',
    (platform) => {
      const send = vi.fn();
      const locked = find(build(platform, send, 'en', false), 'lock')!;
      expect(locked.label).toBe('Lock Liaison');
      expect(locked.accelerator).toBe('CmdOrCtrl+Shift+L');
      expect(locked.enabled).toBe(false);
      const unlocked = find(build(platform, send, 'en', true), 'lock')!;
      expect(unlocked.enabled).toBe(true);
      (unlocked.click as () => void)();
      expect(send.mock.calls).toEqual([['lock']]);
    },
  );

  it.each(['darwin', 'win32', 'linux'] as const)(
    'on %s gives every shortcut one command, none taken from a role',
    (platform) => {
      const own = accelerators(build(platform, vi.fn(), 'en', true)).flatMap(keysOf);
      expect(new Set(own).size).toBe(own.length);
      const taken = new Set(ROLE_ACCELERATORS.flatMap(keysOf));
      expect(own.filter((keys) => taken.has(keys))).toEqual([]);
      // The comparison does catch a clash: Ctrl+Shift+I is the developer tools' on Windows and Linux.
      expect(taken.has(keysOf('CmdOrCtrl+Shift+I')[1]!)).toBe(true);
    },
  );

  it('hides reload and developer tools outside development', () => {
    const view = submenu(build('linux')[2]);
    expect(view.some((item) => item.role === 'toggleDevTools' || item.role === 'reload')).toBe(false);
  });

  it('follows the UI language', () => {
    expect(labels(build('linux', vi.fn(), 'zh-CN'))).toEqual(['文件', '编辑', '视图', '窗口', '帮助']);
    expect(find(build('linux', vi.fn(), 'zh-CN'), 'lock')!.label).toBe('锁定 Liaison');
  });
});
