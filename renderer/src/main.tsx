/**
 * Renderer entry: opens the archive, loads settings, then renders the app. If the archive cannot be
 * opened the user sees why, and nothing is created in its place: on the desktop, a database that does
 * not open can be restored from the latest automatic backup once the user confirmed (backup/restoreAtStartup).
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { pickLanguage } from '../../shared/i18n/languages';
import { App } from './app/App';
import { setAppState } from './app/readiness';
import { StartupError } from './app/StartupError';
import { createAppServices } from './app/createAppServices';
import {
  canRestoreAfter,
  createStartupRecovery,
  isRestorePending,
  RestorePendingError,
} from './backup/restoreAtStartup';
import { startAutomaticBackups } from './backup/startAutomaticBackups';
import { LiaisonDatabase, openDatabase } from './db/LiaisonDatabase';
import { initI18n } from './i18n/i18n';
import { hostPlatform as platform } from './platform/hostPlatform';
import './styles/app.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const root = createRoot(container);

// Main asks for a final backup when the window closes, and waits for the answer (bounded). It must get
// one even when the app never started, so the listener is there from the first moment.
let flushBackup: () => Promise<unknown> = () => Promise.resolve();
platform.backups?.onFlushRequest(() => flushBackup().then(() => undefined));

async function boot(): Promise<void> {
  setAppState('loading');
  // An interrupted restore left a partly rebuilt archive: it is offered again rather than opened.
  if (platform.backups && isRestorePending(localStorage)) throw new RestorePendingError();
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
  // Off the start-up path: the first backup is due a minute after start at the earliest.
  if (platform.backups)
    void startAutomaticBackups(services, platform.backups).then(
      (scheduler) => (flushBackup = () => scheduler.flush()),
      () => undefined,
    );
}

boot().catch(async (error: unknown) => {
  setAppState('failed');
  const i18n = await initI18n(pickLanguage(navigator.languages));
  const recovery =
    platform.backups && canRestoreAfter(error)
      ? createStartupRecovery({
          backups: platform.backups,
          database: () => new LiaisonDatabase(),
          storage: localStorage,
        })
      : null;
  const message =
    error instanceof RestorePendingError
      ? i18n.t('backup.startup.pending')
      : error instanceof Error
        ? error.message
        : String(error);
  root.render(<StartupError i18n={i18n} message={message} recovery={recovery} />);
});
