import type { Widen } from '../i18n/translation';

export const sampleEn = {
  load: 'Load sample event',
  loading: 'Loading the sample event…',
  loaded:
    'The sample conference in Tianjin is loaded: 3 partners, 4 meetings, 1 agreement. Its people are fictional.',
  alreadyLoaded: 'The sample event is already in the archive.',
  description:
    'Fills the archive with the 2024 World Vocational and Technical Education Development Conference in Tianjin, with partners from Cambodia, Laos and Thailand. Its people are fictional.',
} as const;

export const sampleZh: Widen<typeof sampleEn> = {
  load: '载入示例活动',
  loading: '正在载入示例活动…',
  loaded: '已载入天津示例会议：3 个合作伙伴、4 场会谈、1 份协议。其中人物均为虚构。',
  alreadyLoaded: '示例活动已在档案中。',
  description:
    '载入 2024 世界职业技术教育发展大会（天津）及来自柬埔寨、老挝和泰国的合作伙伴。其中人物均为虚构。',
};
