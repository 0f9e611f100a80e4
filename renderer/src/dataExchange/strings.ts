import type { Widen } from '../i18n/translation';

export const exchangeEn = {
  title: 'Spreadsheets, calendars, contacts and archives',
} as const;

export const exchangeZh: Widen<typeof exchangeEn> = {
  title: '表格、日历、联系人和档案',
};
