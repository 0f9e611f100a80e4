import type { Widen } from '../i18n/translation';

export const followUpsEn = {
  title: 'Follow-ups',
} as const;

export const followUpsZh: Widen<typeof followUpsEn> = {
  title: '后续事项',
};
