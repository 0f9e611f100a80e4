import type { Widen } from '../i18n/translation';

export const eventsEn = {
  title: 'Events',
} as const;

export const eventsZh: Widen<typeof eventsEn> = {
  title: '活动',
};
