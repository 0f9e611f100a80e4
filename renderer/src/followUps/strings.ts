import type { Widen } from '../i18n/translation';

export const followUpsEn = {
  title: 'Follow-ups',
  intro:
    'Every action item from meetings and agreements: open ones first, then those in progress, then done and cancelled, each soonest due first.',
  filters: 'Filter follow-ups',
  owner: 'Owner',
  status: 'Status',
  anyStatus: 'Any status',
  item: 'Follow-up',
  due: 'Due',
  source: 'From',
  noOwner: 'Nobody yet',
  noDueDate: 'No due date',
  overdue: 'Overdue',
  statusOf: 'Status of “{{title}}”',
  fromMeeting: 'Meeting: ',
  fromAgreement: 'Agreement: ',
  empty: 'No follow-ups yet. They are added to meetings and agreements.',
  noMatches: 'No follow-up matches these filters.',
  clearFilters: 'Clear filters',
} as const;

export const followUpsZh: Widen<typeof followUpsEn> = {
  title: '后续事项',
  intro:
    '来自会谈和协议的所有待办事项：先列未开始的，再列进行中的，最后是已完成和已取消的，各自按截止日期先后排列。',
  filters: '筛选后续事项',
  owner: '负责人',
  status: '状态',
  anyStatus: '任何状态',
  item: '后续事项',
  due: '截止日期',
  source: '来源',
  noOwner: '尚未指定',
  noDueDate: '无截止日期',
  overdue: '已逾期',
  statusOf: '“{{title}}”的状态',
  fromMeeting: '会谈：',
  fromAgreement: '协议：',
  empty: '尚无后续事项。后续事项在会谈和协议中添加。',
  noMatches: '没有符合筛选条件的后续事项。',
  clearFilters: '清除筛选',
};
