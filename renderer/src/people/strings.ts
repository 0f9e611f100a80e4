import type { Widen } from '../i18n/translation';

export const peopleEn = {
  title: 'People',
} as const;

export const peopleZh: Widen<typeof peopleEn> = {
  title: '人员',
};
