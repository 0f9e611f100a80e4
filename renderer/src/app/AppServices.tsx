/**
 * The services a running app shares: database, repositories, platform and stores. Provided through
 * context so component tests can hand in their own.
 */
import { createContext, useContext } from 'react';
import type { i18n } from 'i18next';
import type { StoreApi } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { LiaisonDatabase } from '../db/LiaisonDatabase';
import type { Platform } from '../platform/Platform';
import type { SettingsState } from '../settings/settingsStore';

export interface AppServices {
  db: LiaisonDatabase;
  platform: Platform;
  i18n: i18n;
  settings: StoreApi<SettingsState>;
}

export const AppServicesContext = createContext<AppServices | null>(null);

export function useServices(): AppServices {
  const services = useContext(AppServicesContext);
  if (!services) throw new Error('useServices() needs an <AppServicesContext.Provider>');
  return services;
}

export function useSettings<T>(selector: (state: SettingsState) => T): T {
  return useStore(useServices().settings, selector);
}
