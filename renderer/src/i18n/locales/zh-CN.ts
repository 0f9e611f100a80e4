/** 简体中文界面文字。 */
import type { Translation } from '../translation';
import { commonZh, validationZh } from './commonStrings';
import { labelsZh } from '../../../../shared/i18n/labels';
import { eventsZh } from '../../events/strings';
import { todayZh } from '../../today/strings';
import { meetingsZh } from '../../meetings/strings';
import { attachmentsZh } from '../../attachments/strings';
import { peopleZh } from '../../people/strings';
import { organizationsZh } from '../../organizations/strings';
import { agreementsZh } from '../../agreements/strings';
import { followUpsZh } from '../../followUps/strings';
import { conflictsZh } from '../../conflicts/strings';
import { captureZh } from '../../capture/strings';
import { setupZh } from '../../setup/strings';
import { sampleZh } from '../../sample/strings';
import { searchZh } from '../../search/strings';
import { exportsZh } from '../../exports/strings';
import { exchangeZh } from '../../dataExchange/strings';
import { syncZh } from '../../sync/strings';
import { backupZh } from '../../backup/strings';
import { storageZh } from '../../storage/strings';
import { securityZh } from '../../security/strings';

export const zhCN: Translation = {
  common: commonZh,
  validation: validationZh,
  labels: labelsZh,
  events: eventsZh,
  today: todayZh,
  meetings: meetingsZh,
  attachments: attachmentsZh,
  people: peopleZh,
  organizations: organizationsZh,
  agreements: agreementsZh,
  followUps: followUpsZh,
  conflicts: conflictsZh,
  capture: captureZh,
  setup: setupZh,
  sample: sampleZh,
  search: searchZh,
  exports: exportsZh,
  exchange: exchangeZh,
  sync: syncZh,
  backup: backupZh,
  storage: storageZh,
  security: securityZh,
  app: {
    name: 'Liaison',
    tagline: '代表团的会谈与协议',
    skipToContent: '跳到主要内容',
    loading: '正在打开档案…',
    startFailed: 'Liaison 无法启动',
    startFailedHelp: '您的数据未被改动。请关闭其他 Liaison 窗口后重新加载。',
    reload: '重新加载',
  },
  nav: {
    label: '主导航',
    today: '今日',
    meetings: '会谈',
    events: '活动与议程',
    people: '人员',
    organizations: '机构',
    agreements: '协议',
    followUps: '后续事项',
    conflicts: '冲突',
    sync: '同步',
    exports: '导入与导出',
    newMeeting: '记录会谈',
    home: '首页',
    settings: '设置',
  },
  home: {
    title: '欢迎使用 Liaison',
    intro:
      'Liaison 将代表团的会谈、人员、机构和协议保存在本机，无需网络即可使用，并在出访结束后合并所有成员的记录。',
    emptyTitle: '档案为空',
    emptyIntro: '创建活动后即可开始记录会谈，也可以载入示例会议先了解一下。',
    createEvent: '创建活动',
    overview: '档案概览',
    meetings: '会谈',
    organizations: '机构',
    agreements: '协议',
    openFollowUps: '待办后续事项',
    currentEvent: '当前活动：{{name}}',
    logMeeting: '记录会谈（Ctrl+N）',
  },
  settings: {
    title: '设置',
    language: {
      title: '语言',
      label: '界面语言',
    },
    theme: {
      title: '主题',
      label: '颜色主题',
      light: '浅色',
      dark: '深色',
      system: '跟随系统',
    },
    device: {
      title: '本机',
      name: '本机名称',
      nameHint: '合并所有成员的记录时，用于区分这台电脑的更改。',
      self: '本机使用者',
      selfHint: '您的笔记作者，以及您记录的会谈的默认参会人。',
    },
    letterhead: {
      title: '文件信头',
      name: '机构名称',
      logo: '标志（PNG、JPEG 或 WebP，不超过 512 KB）',
      logoPreview: '信头标志',
      removeLogo: '移除标志',
      logoTooLarge: '{{name}} 超过 512 KB，请选择较小的图片。',
      logoType: '{{name}} 不是 PNG、JPEG 或 WebP 图片。',
    },
    synthetic: {
      title: '大型测试档案',
      description:
        '用于在机构规模下试用 Liaison：添加一份包含六种文字名称的生成档案。其中人员和机构均为虚构。',
      size: '规模',
      meetings: '{{formatted}} 场会谈及相关记录',
      load: '添加合成档案',
      progressLabel: '正在添加合成档案',
      running: '正在添加记录：{{done}} / {{total}}…',
      done: '已添加 {{done}} 条记录，用时 {{seconds}} 秒。',
      cancelled: '已在 {{done}} 条记录后取消；已添加的记录保留。',
    },
    sample: {
      title: '示例数据',
    },
    storage: {
      title: '本机存储',
      persisted: '已受保护，不会被自动清理',
      notPersisted: '未受保护：磁盘空间不足时浏览器可能清除数据',
      unknown: '未知',
      requestPersist: '保护存储',
      used: '已用',
      available: 'Liaison 可用空间',
      usageValue: '{{used}} / {{quota}}',
      refresh: '刷新',
      unavailable: '此浏览器不提供存储信息。',
    },
    about: {
      title: '关于',
      version: '版本',
      platform: '平台',
      desktop: '桌面应用（{{platform}}，{{arch}}）',
      web: '网页浏览器',
      electron: 'Electron',
      chrome: 'Chromium',
      dataFolder: '数据文件夹',
      browserStorage: '此浏览器为 {{origin}} 保存的数据',
    },
  },
  languages: {
    en: 'English',
    'zh-CN': '简体中文',
  },
  errors: {
    generic: '出现错误：{{message}}',
  },
};
