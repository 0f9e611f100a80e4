/**
 * Labels of the native application menu. They live in shared/ because the main process builds the menu
 * while the renderer owns the chosen language; roles (Copy, Paste, …) are localized by the OS instead.
 */
import type { Language } from './languages';

export interface MenuStrings {
  file: string;
  edit: string;
  view: string;
  window: string;
  help: string;
  newMeeting: string;
  search: string;
  lock: string;
  settings: string;
  about: string;
  quit: string;
}

export const MENU_STRINGS: Record<Language, MenuStrings> = {
  en: {
    file: 'File',
    edit: 'Edit',
    view: 'View',
    window: 'Window',
    help: 'Help',
    newMeeting: 'New Meeting',
    search: 'Search…',
    lock: 'Lock Liaison',
    settings: 'Settings…',
    about: 'About Liaison',
    quit: 'Quit',
  },
  'zh-CN': {
    file: '文件',
    edit: '编辑',
    view: '视图',
    window: '窗口',
    help: '帮助',
    newMeeting: '新建会谈',
    search: '搜索…',
    lock: '锁定 Liaison',
    settings: '设置…',
    about: '关于 Liaison',
    quit: '退出',
  },
};
