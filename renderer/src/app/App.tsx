/** The app frame: skip link, navigation, and the page of the current route. */
import { useEffect } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { HomePage } from '../home/HomePage';
import { SettingsPage } from '../settings/SettingsPage';
import { useTheme } from '../theme/applyTheme';
import { AppServicesContext, useServices, useSettings, type AppServices } from './AppServices';
import { NavBar } from './NavBar';
import { navigate, useRoute } from './router';
import { setAppState } from './readiness';

export function App({ services }: { services: AppServices }) {
  return (
    <AppServicesContext.Provider value={services}>
      <I18nextProvider i18n={services.i18n}>
        <AppFrame />
      </I18nextProvider>
    </AppServicesContext.Provider>
  );
}

function AppFrame() {
  const { t } = useTranslation();
  const { platform } = useServices();
  const route = useRoute();
  const theme = useSettings((s) => s.theme);
  useTheme(theme);

  useEffect(() => setAppState('ready'), []);
  useEffect(
    () =>
      platform.onMenuCommand((command) => {
        if (command === 'open-settings' || command === 'show-about') navigate({ name: 'settings' });
      }),
    [platform],
  );

  return (
    <div className="app-frame">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <NavBar route={route} />
      <main id="main" className="app-main" tabIndex={-1}>
        {route.name === 'settings' ? <SettingsPage /> : <HomePage />}
      </main>
    </div>
  );
}
