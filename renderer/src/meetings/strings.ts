import type { Widen } from '../i18n/translation';

export const meetingsEn = {
  title: 'Meetings',
} as const;

export const meetingsZh: Widen<typeof meetingsEn> = {
  title: '会谈',
};
