import type { Widen } from '../i18n/translation';

export const attachmentsEn = {
  title: 'Attachments',
} as const;

export const attachmentsZh: Widen<typeof attachmentsEn> = {
  title: '附件',
};
