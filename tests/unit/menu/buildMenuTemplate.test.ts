import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate } from '../../../electron/main/menu/buildMenuTemplate';
import { MENU_STRINGS } from '../../../shared/i18n/menuStrings';

const build = (platform: NodeJS.Platform, send = vi.fn(), language: 'en' | 'zh-CN' = 'en') =>
  buildMenuTemplate({
    platform,
    strings: MENU_STRINGS[language],
    appName: 'Liaison',
    developer: false,
    send,
  });

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

  it('hides reload and developer tools outside development', () => {
    const view = submenu(build('linux')[2]);
    expect(view.some((item) => item.role === 'toggleDevTools' || item.role === 'reload')).toBe(false);
  });

  it('follows the UI language', () => {
    expect(labels(build('linux', vi.fn(), 'zh-CN'))).toEqual(['文件', '编辑', '视图', '窗口', '帮助']);
  });
});
