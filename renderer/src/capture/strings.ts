import type { Widen } from '../i18n/translation';

export const captureEn = {
  title: 'Log a meeting',
} as const;

export const captureZh: Widen<typeof captureEn> = {
  title: '记录会谈',
};
