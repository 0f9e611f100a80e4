/** Renders the whole app with a fresh fake-indexeddb database and a recording platform. */
import { render } from '@testing-library/react';
import { vi } from 'vitest';
import type { Person } from '../../shared/domain/entities';
import type { AppSettings } from '../../shared/settings/appSettings';
import { App } from '../../renderer/src/app/App';
import type { AppServices } from '../../renderer/src/app/AppServices';
import { createAppServices } from '../../renderer/src/app/createAppServices';
import { LiaisonDatabase, openDatabase } from '../../renderer/src/db/LiaisonDatabase';
import type { Platform } from '../../renderer/src/platform/Platform';
import { SettingsRepository } from '../../renderer/src/settings/SettingsRepository';

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
    printAssetsBase: () => 'http://localhost/print-assets/',
    printDocument: vi.fn(() =>
      Promise.resolve({ status: 'saved' as const, location: '/home/rep/Documents/minutes.pdf' }),
    ),
    chooseFolder: vi.fn(() => Promise.resolve('/home/rep/Documents/Minutes')),
    printDocumentInto: vi.fn((folder: string, fileName: string) => Promise.resolve(`${folder}/${fileName}`)),
    onMenuCommand: vi.fn(() => () => undefined),
    setLockAvailable: vi.fn(() => Promise.resolve()),
    ...overrides,
  };
}

export interface RenderAppOptions {
  settings?: Partial<AppSettings>;
  /** Skip first-run setup by creating a delegate for this laptop (default true). */
  setUp?: boolean;
  platform?: Platform;
  /** Replaces settings persistence (to simulate failures). */
  failingSettingsWrites?: Error;
  now?: () => number;
}

export async function renderApp(options: RenderAppOptions = {}) {
  const db = await openDatabase(new LiaisonDatabase(`component-${++counter}`));
  await db.settings.bulkPut(
    Object.entries({ theme: 'light', ...options.settings }).map(([key, value]) => ({ key, value })),
  );
  const settingsRepository = new SettingsRepository(db);
  const platform = options.platform ?? fakePlatform();
  const services = await createAppServices(db, platform, {
    languages: ['en'],
    ...(options.now ? { now: options.now } : {}),
    settingsRepository,
  });
  if (options.setUp !== false && services.settings.getState().selfPersonId === null) {
    const me = await services.repos.people.create({
      name: 'Li Wei',
      nativeName: '李伟',
      title: 'Director',
      organizationId: null,
      email: '',
      phone: '',
      isDelegate: true,
      notes: '',
    });
    await services.settings.getState().update('selfPersonId', me.id);
    await services.settings.getState().update('deviceName', 'Test laptop');
  }
  if (options.failingSettingsWrites) {
    const error = options.failingSettingsWrites;
    settingsRepository.set = vi.fn(() => Promise.reject(error));
  }
  const view = render(<App services={services} />);
  return { ...view, ...services };
}

/**
 * Starts the search index, as the app does at start-up, and waits until it is ready: finding a name by
 * a later word or in its native script needs it (NameFinder). Start it after loading what it must hold.
 */
export async function startSearch(app: Pick<AppServices, 'search'>): Promise<void> {
  app.search.start();
  if (!(await app.search.settled())) throw new Error('The search index did not start.');
}

/** The people whose name in their own script starts with `start` (a test archive is small: read whole). */
export async function peopleWithNativeName(
  app: Pick<AppServices, 'repos'>,
  start: string,
): Promise<Person[]> {
  return (await app.repos.people.list(1000)).filter((p) => p.nativeName.startsWith(start));
}
