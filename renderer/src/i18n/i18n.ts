/**
 * The i18next instance of the renderer. Every visible string goes through it; English is the fallback
 * so a missing translation shows English rather than a key.
 */
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../shared/i18n/languages';
import { en } from './locales/en';
import { zhCN } from './locales/zh-CN';

export const resources = {
  en: { translation: en },
  'zh-CN': { translation: zhCN },
} as const;

export async function initI18n(language: Language): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false }, // React escapes.
    returnNull: false,
  });
  document.documentElement.lang = language;
  instance.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
  });
  return instance;
}
