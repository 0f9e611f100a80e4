/**
 * Opens everything the app needs on top of an open database, in the order start-up needs it. Shared by
 * the real start-up and the component tests, so both run the same wiring.
 */
import { pickLanguage } from '../../../shared/i18n/languages';
import { DEFAULT_SETTINGS } from '../../../shared/settings/appSettings';
import { ChangeCapture } from '../db/ChangeCapture';
import type { LiaisonDatabase } from '../db/LiaisonDatabase';
import { createRepositories } from '../db/repositories/createRepositories';
import { initI18n } from '../i18n/i18n';
import type { Platform } from '../platform/Platform';
import { inProcessChannel } from '../search/inProcessChannel';
import { SearchClient, workerChannel } from '../search/SearchClient';
import { inProcessSyncChannel } from '../sync/inProcessSyncChannel';
import { SyncClient, workerSyncChannel } from '../sync/SyncClient';
import { SettingsRepository } from '../settings/SettingsRepository';
import { createSettingsStore } from '../settings/settingsStore';
import { createStorageStatusStore, watchStorage } from '../storage/storageStatusStore';
import { applyTheme } from '../theme/applyTheme';
import type { AppServices } from './AppServices';

export async function createAppServices(
  db: LiaisonDatabase,
  platform: Platform,
  options: {
    languages?: readonly string[];
    now?: () => number;
    settingsRepository?: SettingsRepository;
  } = {},
): Promise<AppServices> {
  const now = options.now ?? Date.now;
  const settingsRepository = options.settingsRepository ?? new SettingsRepository(db);
  const settings = await settingsRepository.load({
    ...DEFAULT_SETTINGS,
    language: pickLanguage(options.languages ?? []),
  });
  applyTheme(settings.theme);
  const i18n = await initI18n(settings.language);
  const capture = await ChangeCapture.load(db, now);
  // jsdom (component tests) has no workers; there the same index runs in process.
  const search = new SearchClient(typeof Worker === 'undefined' ? inProcessChannel(db) : workerChannel());
  capture.onCommitted(() => search.changed());
  const repos = createRepositories(db, capture);
  const storage = createStorageStatusStore();
  watchStorage(storage, db, capture);
  const sync = new SyncClient(
    typeof Worker === 'undefined' ? inProcessSyncChannel(db, capture, repos) : workerSyncChannel(),
    platform.syncTargets,
    (newestStamp) => {
      // Edits made here after a merge must order after everything merged (docs/sync-format.md, the clock).
      if (newestStamp) capture.clock.receive(newestStamp);
      search.changed();
    },
  );
  // Encryption at rest: each worker opens its own connection, so it is handed the data key on every
  // unlock and told to drop it on every lock.
  const shareKey = () => {
    search.setEncryptionKey(db.encryption.exportKey());
    sync.setEncryptionKey(db.encryption.exportKey());
  };
  if (db.encryption.mode === 'unlocked') shareKey();
  db.encryption.onChange(shareKey);
  return {
    search,
    sync,
    db,
    repos,
    capture,
    platform,
    i18n,
    settings: createSettingsStore(settings, { repository: settingsRepository, i18n, platform }),
    storage,
    now,
  };
}
