/**
 * UI state of the per-device settings. Changing a setting updates the screen at once, then persists it;
 * if persisting fails the previous value comes back and the error is shown.
 */
import type { i18n } from 'i18next';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AppSettings, SettingKey } from '../../../shared/settings/appSettings';
import type { Platform } from '../platform/Platform';
import type { SettingsRepository } from './SettingsRepository';

export interface SettingsState extends AppSettings {
  error: string | null;
  update<K extends SettingKey>(key: K, value: AppSettings[K]): Promise<void>;
}

export function createSettingsStore(
  initial: AppSettings,
  deps: { repository: SettingsRepository; i18n: i18n; platform: Platform },
): StoreApi<SettingsState> {
  const sideEffects = async (key: SettingKey, settings: AppSettings) => {
    if (key === 'language') {
      await deps.i18n.changeLanguage(settings.language);
      await deps.platform.setLanguage(settings.language).catch(() => undefined);
    }
  };
  return createStore<SettingsState>()((set, get) => ({
    ...initial,
    error: null,
    async update(key, value) {
      const previous = get()[key];
      set({ [key]: value, error: null } as Partial<SettingsState>);
      try {
        await sideEffects(key, get());
        await deps.repository.set(key, value);
      } catch (error) {
        set({
          [key]: previous,
          error: error instanceof Error ? error.message : String(error),
        } as Partial<SettingsState>);
        await sideEffects(key, get());
      }
    },
  }));
}
