import type { Widen } from '../i18n/translation';

export const searchEn = {
  title: 'Search',
  label: 'Search meetings, people, organizations and agreements',
  placeholder: 'Type a name, a word from the minutes, in any script…',
  results: 'Results',
  noResults: 'Nothing matches “{{query}}”.',
  indexing: 'Preparing search: {{done}} of {{total}} records…',
  failed: 'Search is not available: {{message}}',
  count: '{{count}} shown',
  kind: {
    meetings: 'Meeting',
    people: 'Person',
    organizations: 'Organization',
    agreements: 'Agreement',
  },
  shortcut: 'Ctrl+K',
} as const;

export const searchZh: Widen<typeof searchEn> = {
  title: '搜索',
  label: '搜索会谈、人员、机构和协议',
  placeholder: '输入名称或会谈纪要中的词语，任何文字均可…',
  results: '搜索结果',
  noResults: '没有与“{{query}}”匹配的内容。',
  indexing: '正在准备搜索：{{done}} / {{total}} 条记录…',
  failed: '搜索不可用：{{message}}',
  count: '显示 {{count}} 条',
  kind: {
    meetings: '会谈',
    people: '人员',
    organizations: '机构',
    agreements: '协议',
  },
  shortcut: 'Ctrl+K',
};
