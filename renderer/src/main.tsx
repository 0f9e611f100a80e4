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
import { createAppServices } from './app/createAppServices';
import { LiaisonDatabase, openDatabase } from './db/LiaisonDatabase';
import { initI18n } from './i18n/i18n';
import { hostPlatform as platform } from './platform/hostPlatform';
import './styles/app.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const root = createRoot(container);

async function boot(): Promise<void> {
  setAppState('loading');
  const db = await openDatabase(new LiaisonDatabase());
  const services = await createAppServices(db, platform, { languages: navigator.languages });
  void platform.setLanguage(services.settings.getState().language).catch(() => undefined);
  // Ask once at start that the browser never evicts the archive; the settings page shows the answer.
  void navigator.storage?.persist?.().catch(() => false);
  root.render(
    <StrictMode>
      <App services={services} />
    </StrictMode>,
  );
  // The index loads (or, the first time, builds) in its worker while the user starts working.
  services.search.start();
}

boot().catch(async (error: unknown) => {
  setAppState('failed');
  const i18n = await initI18n(pickLanguage(navigator.languages));
  root.render(<StartupError i18n={i18n} message={error instanceof Error ? error.message : String(error)} />);
});
