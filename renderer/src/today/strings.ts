import type { Widen } from '../i18n/translation';

export const todayEn = {
  title: 'Today',
} as const;

export const todayZh: Widen<typeof todayEn> = {
  title: '今日',
};
