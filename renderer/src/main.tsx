/**
 * Renderer entry: opens the archive, loads settings, then renders the app. If the archive cannot be
 * opened the user sees why, and nothing is created in its place.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { pickLanguage } from '../../shared/i18n/languages';
import { App } from './app/App';
import { setAppState } from './app/readiness';
import { StartupError } from './app/StartupError';
import { LiaisonDatabase, openDatabase } from './db/LiaisonDatabase';
import { initI18n } from './i18n/i18n';
import { hostPlatform as platform } from './platform/hostPlatform';
import { SettingsRepository } from './settings/SettingsRepository';
import { createSettingsStore } from './settings/settingsStore';
import { applyTheme } from './theme/applyTheme';
import './styles/app.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const root = createRoot(container);

async function boot(): Promise<void> {
  setAppState('loading');
  const db = await openDatabase(new LiaisonDatabase());
  const repository = new SettingsRepository(db);
  const settings = await repository.load({ language: pickLanguage(navigator.languages), theme: 'system' });
  applyTheme(settings.theme);
  const i18n = await initI18n(settings.language);
  void platform.setLanguage(settings.language).catch(() => undefined);
  // Ask once at start that the browser never evicts the archive; the settings page shows the answer.
  void navigator.storage?.persist?.().catch(() => false);
  const settingsStore = createSettingsStore(settings, { repository, i18n, platform });
  root.render(
    <StrictMode>
      <App services={{ db, platform, i18n, settings: settingsStore }} />
    </StrictMode>,
  );
}

boot().catch(async (error: unknown) => {
  setAppState('failed');
  const i18n = await initI18n(pickLanguage(navigator.languages));
  root.render(<StartupError i18n={i18n} message={error instanceof Error ? error.message : String(error)} />);
});
