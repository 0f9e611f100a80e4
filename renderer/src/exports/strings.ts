import type { Widen } from '../i18n/translation';

export const exportsEn = {
  title: 'Import & export',
  documents: 'Documents (PDF)',
} as const;

export const exportsZh: Widen<typeof exportsEn> = {
  title: '导入与导出',
  documents: '文件（PDF）',
};
