/** Renders the whole app with a fresh fake-indexeddb database and a recording platform. */
import { render } from '@testing-library/react';
import { vi } from 'vitest';
import type { AppSettings } from '../../shared/settings/appSettings';
import { App } from '../../renderer/src/app/App';
import { LiaisonDatabase, openDatabase } from '../../renderer/src/db/LiaisonDatabase';
import { initI18n } from '../../renderer/src/i18n/i18n';
import type { Platform } from '../../renderer/src/platform/Platform';
import { SettingsRepository } from '../../renderer/src/settings/SettingsRepository';
import { createSettingsStore } from '../../renderer/src/settings/settingsStore';

let counter = 0;

export function fakePlatform(overrides: Partial<Platform> = {}): Platform {
  return {
    kind: 'desktop',
    appInfo: vi.fn(() =>
      Promise.resolve({
        name: 'Liaison',
        version: '9.8.7',
        platform: 'linux',
        arch: 'x64',
        versions: { electron: '45.5.0', chrome: '140.0.1', node: '22.1.0' },
        paths: { userData: '/home/rep/.config/Liaison', logs: '/home/rep/.config/Liaison/logs' },
      }),
    ),
    setLanguage: vi.fn(() => Promise.resolve()),
    saveFile: vi.fn(() => Promise.resolve({ status: 'canceled' as const })),
    onMenuCommand: vi.fn(() => () => undefined),
    ...overrides,
  };
}

export async function renderApp(
  options: { settings?: Partial<AppSettings>; platform?: Platform; repository?: SettingsRepository } = {},
) {
  const db = await openDatabase(new LiaisonDatabase(`component-${++counter}`));
  const repository = options.repository ?? new SettingsRepository(db);
  const settings: AppSettings = { language: 'en', theme: 'light', ...options.settings };
  const i18n = await initI18n(settings.language);
  const platform = options.platform ?? fakePlatform();
  const store = createSettingsStore(settings, { repository, i18n, platform });
  const view = render(<App services={{ db, platform, i18n, settings: store }} />);
  return { ...view, db, platform, store, i18n };
}
