import type { Widen } from '../i18n/translation';

export const agreementsEn = {
  title: 'Agreements',
} as const;

export const agreementsZh: Widen<typeof agreementsEn> = {
  title: '协议',
};
