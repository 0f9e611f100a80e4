/**
 * Names of the domain's fixed values (kinds, statuses, levels). They live in shared/ because the views
 * and the generated documents (minutes, reports, registers) must name them the same way.
 */
import type { Widen } from './widen';

export const labelsEn = {
  sessionKind: {
    'opening-ceremony': 'Opening ceremony',
    keynote: 'Keynote speech',
    'ministerial-roundtable': 'Ministerial roundtable',
    'parallel-session': 'Parallel session',
    'closing-ceremony': 'Closing ceremony',
    other: 'Other',
  },
  organizationKind: {
    university: 'University',
    college: 'College',
    government: 'Government body',
    'international-organization': 'International organization',
    company: 'Company',
    ngo: 'NGO',
    other: 'Other',
  },
  meetingKind: {
    bilateral: 'Bilateral',
    multilateral: 'Multilateral',
    'courtesy-call': 'Courtesy call',
    'signing-ceremony': 'Signing ceremony',
    other: 'Other',
  },
  meetingStatus: { planned: 'Planned', held: 'Held', cancelled: 'Cancelled' },
  confidentiality: { public: 'Public', internal: 'Internal', confidential: 'Confidential' },
  actionStatus: { open: 'Open', 'in-progress': 'In progress', done: 'Done', cancelled: 'Cancelled' },
  agreementKind: {
    mou: 'Memorandum of Understanding',
    moa: 'Memorandum of Agreement',
    loi: 'Letter of Intent',
    contract: 'Contract',
    other: 'Other',
  },
  agreementKindShort: { mou: 'MoU', moa: 'MoA', loi: 'LoI', contract: 'Contract', other: 'Other' },
  agreementStatus: {
    proposed: 'Proposed',
    drafting: 'Drafting',
    negotiating: 'Negotiating',
    signed: 'Signed',
    active: 'Active',
    expired: 'Expired',
    terminated: 'Terminated',
  },
} as const;

export const labelsZh: Widen<typeof labelsEn> = {
  sessionKind: {
    'opening-ceremony': '开幕式',
    keynote: '主旨演讲',
    'ministerial-roundtable': '部长圆桌会议',
    'parallel-session': '平行分论坛',
    'closing-ceremony': '闭幕式',
    other: '其他',
  },
  organizationKind: {
    university: '大学',
    college: '学院',
    government: '政府机构',
    'international-organization': '国际组织',
    company: '企业',
    ngo: '非政府组织',
    other: '其他',
  },
  meetingKind: {
    bilateral: '双边会谈',
    multilateral: '多边会谈',
    'courtesy-call': '礼节性拜会',
    'signing-ceremony': '签约仪式',
    other: '其他',
  },
  meetingStatus: { planned: '计划中', held: '已举行', cancelled: '已取消' },
  confidentiality: { public: '公开', internal: '内部', confidential: '机密' },
  actionStatus: { open: '待办', 'in-progress': '进行中', done: '已完成', cancelled: '已取消' },
  agreementKind: {
    mou: '谅解备忘录',
    moa: '合作协议备忘录',
    loi: '意向书',
    contract: '合同',
    other: '其他',
  },
  agreementKindShort: {
    mou: '谅解备忘录',
    moa: '协议备忘录',
    loi: '意向书',
    contract: '合同',
    other: '其他',
  },
  agreementStatus: {
    proposed: '已提议',
    drafting: '起草中',
    negotiating: '谈判中',
    signed: '已签署',
    active: '生效中',
    expired: '已到期',
    terminated: '已终止',
  },
};
