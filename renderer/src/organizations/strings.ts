import type { Widen } from '../i18n/translation';

export const organizationsEn = {
  title: 'Organizations',
} as const;

export const organizationsZh: Widen<typeof organizationsEn> = {
  title: '机构',
};
