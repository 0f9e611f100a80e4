/**
 * The services a running app shares: database, repositories, change capture, platform and stores.
 * Provided through context so component tests can hand in their own.
 */
import { createContext, useContext, useMemo } from 'react';
import type { i18n } from 'i18next';
import type { StoreApi } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { ChangeCapture } from '../db/ChangeCapture';
import type { LiaisonDatabase } from '../db/LiaisonDatabase';
import type { Repositories } from '../db/repositories/createRepositories';
import type { Platform } from '../platform/Platform';
import { NameFinder } from '../search/NameFinder';
import type { SearchClient } from '../search/SearchClient';
import type { SettingsState } from '../settings/settingsStore';
import type { StorageStatusState } from '../storage/storageStatusStore';
import type { SyncClient } from '../sync/SyncClient';

export interface AppServices {
  db: LiaisonDatabase;
  repos: Repositories;
  capture: ChangeCapture;
  platform: Platform;
  i18n: i18n;
  settings: StoreApi<SettingsState>;
  /** Whether a write just failed for lack of space (the disk-full banner). */
  storage: StoreApi<StorageStatusState>;
  search: SearchClient;
  /** Sync jobs (targets and bundle files), run in the sync worker. */
  sync: SyncClient;
  /** The current time; tests pin it. */
  now: () => number;
}

export const AppServicesContext = createContext<AppServices | null>(null);

export function useServices(): AppServices {
  const services = useContext(AppServicesContext);
  if (!services) throw new Error('useServices() needs an <AppServicesContext.Provider>');
  return services;
}

export function useRepos(): Repositories {
  return useServices().repos;
}

/**
 * Finds people and organizations by name. Until the search index is ready a look-up finds names by
 * their start only, and a catch-up (after an import or a sync) makes more names findable: the finder is
 * new for each revision of the index, so every look-up that depends on it runs again.
 */
export function useNames(): NameFinder {
  const { repos, search } = useServices();
  const revision = useStore(search.status, (status) => (status.state === 'ready' ? status.revision : 0));
  return useMemo(() => new NameFinder(repos, search, revision), [repos, search, revision]);
}

export function useSettings<T>(selector: (state: SettingsState) => T): T {
  return useStore(useServices().settings, selector);
}
