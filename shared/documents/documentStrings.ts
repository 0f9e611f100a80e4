/**
 * The words of generated documents, in English and Simplified Chinese. The page footer ("Page x of y")
 * and the confidentiality marking are in resources/print/print.css, whose named pages must say the same
 * (a unit test compares them).
 */
import type { Language } from '../i18n/languages';
import type { Widen } from '../i18n/widen';

const en = {
  minutesTitle: 'Minutes of meeting',
  event: 'Event',
  date: 'Date',
  time: 'Time',
  location: 'Location',
  timeZoneNote: 'Times in {{zone}}',
  ourDelegation: 'Our delegation',
  counterparts: 'Counterparts',
  agenda: 'Agenda',
  minutes: 'Minutes',
  outcomes: 'Outcomes and decisions',
  notes: 'Notes',
  notesBy: 'Notes by {{name}}',
  actionItems: 'Action items',
  action: 'Action',
  owner: 'Owner',
  due: 'Due',
  status: 'Status',
  none: '—',
  agreementsSigned: 'Agreements signed at this meeting',
  signatures: 'Signatures',
  signatureFor: 'For {{party}}',
  signatureName: 'Name and title',
  signatureDate: 'Date',
  reportTitle: 'Delegation report',
  summary: 'Summary',
  figures: 'In figures',
  meetingsHeld: 'Meetings held',
  partnersMet: 'Partners met',
  countries: 'Countries',
  agreementsSigned2: 'Agreements signed',
  openFollowUps: 'Open follow-ups',
  partnersByCountry: 'Partners met by country',
  country: 'Country',
  partners: 'Partners',
  unknownCountry: 'Country not recorded',
  notHeld: 'Meetings not held',
  notHeldNote: 'Planned or cancelled: not counted above, and without minutes.',
  registerTitle: 'Agreements register',
  title: 'Title',
  kind: 'Kind',
  parties: 'Parties',
  signedOn: 'Signed on',
  validUntil: 'Valid until',
  generated: 'Generated {{date}} ({{zone}})',
  redacted: 'Redacted: confidential meetings and personal notes are left out.',
  redactedRegister: 'Redacted: agreements linked to confidential meetings are left out.',
  summaryLead:
    'During {{event}}, our representatives met with {{partners}} from {{countries}}, including {{examples}}.',
  summaryLeadNoEvent: 'Our representatives met with {{partners}} from {{countries}}, including {{examples}}.',
  summarySigned: 'They signed {{agreements}}.',
  summaryNoneSigned: 'No agreement was signed.',
  summaryFollowUps: '{{count}} follow-ups remain open.',
  partnerCount_one: '{{count}} partner',
  partnerCount_other: '{{count}} partners',
  countryCount_one: '{{count}} country',
  countryCount_other: '{{count}} countries',
  and: 'and',
} as const;

const zh: Widen<typeof en> = {
  minutesTitle: '会谈纪要',
  event: '活动',
  date: '日期',
  time: '时间',
  location: '地点',
  timeZoneNote: '时间按 {{zone}}',
  ourDelegation: '我方人员',
  counterparts: '对方机构',
  agenda: '议程',
  minutes: '会谈内容',
  outcomes: '成果与决定',
  notes: '笔记',
  notesBy: '{{name}}的笔记',
  actionItems: '后续事项',
  action: '事项',
  owner: '负责人',
  due: '截止日期',
  status: '状态',
  none: '—',
  agreementsSigned: '会上签署的协议',
  signatures: '签字',
  signatureFor: '代表{{party}}',
  signatureName: '姓名及职务',
  signatureDate: '日期',
  reportTitle: '代表团出访报告',
  summary: '概述',
  figures: '数据一览',
  meetingsHeld: '举行会谈',
  partnersMet: '会见合作伙伴',
  countries: '国家和地区',
  agreementsSigned2: '签署协议',
  openFollowUps: '待办后续事项',
  partnersByCountry: '按国家和地区统计的合作伙伴',
  country: '国家或地区',
  partners: '合作伙伴',
  unknownCountry: '未记录国家或地区',
  notHeld: '未举行的会谈',
  notHeldNote: '计划中或已取消的会谈：不计入上述数据，也不附纪要。',
  registerTitle: '协议登记簿',
  title: '标题',
  kind: '类型',
  parties: '协议方',
  signedOn: '签署日期',
  validUntil: '有效期至',
  generated: '生成于 {{date}}（{{zone}}）',
  redacted: '已删减：不含机密会谈和个人笔记。',
  redactedRegister: '已删减：不含与机密会谈相关的协议。',
  summaryLead: '{{event}}期间，我方代表会见了来自{{countries}}的{{partners}}，包括{{examples}}。',
  summaryLeadNoEvent: '我方代表会见了来自{{countries}}的{{partners}}，包括{{examples}}。',
  summarySigned: '双方签署了{{agreements}}。',
  summaryNoneSigned: '未签署协议。',
  summaryFollowUps: '尚有 {{count}} 项后续事项待办。',
  partnerCount_one: '{{count}} 个合作伙伴',
  partnerCount_other: '{{count}} 个合作伙伴',
  countryCount_one: '{{count}} 个国家和地区',
  countryCount_other: '{{count}} 个国家和地区',
  and: '和',
};

export type DocumentStrings = typeof en;
export type DocumentStringKey = keyof DocumentStrings;

export const DOCUMENT_STRINGS: Record<Language, Widen<DocumentStrings>> = { en, 'zh-CN': zh };

/** A document string with its {{placeholders}} filled in (values are plain text; templates escape them). */
export function documentText(
  language: Language,
  key: DocumentStringKey,
  values: Record<string, string | number> = {},
): string {
  return DOCUMENT_STRINGS[language][key].replace(/\{\{(\w+)\}\}/g, (_, name: string) =>
    String(values[name] ?? ''),
  );
}

/** The plural form of a counted phrase (English has two; Chinese one). */
export function countText(language: Language, key: 'partnerCount' | 'countryCount', count: number): string {
  const form = new Intl.PluralRules(language).select(count) === 'one' ? 'one' : 'other';
  return documentText(language, `${key}_${form}` as DocumentStringKey, { count });
}
