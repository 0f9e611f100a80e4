/** The app frame: skip link, navigation, quick capture, and the page of the current route. */
import { useEffect } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { AgreementPage } from '../agreements/AgreementPage';
import { AgreementsPage } from '../agreements/AgreementsPage';
import { ConflictsPage } from '../conflicts/ConflictsPage';
import { EventPage } from '../events/EventPage';
import { EventsPage } from '../events/EventsPage';
import { ExportsPage } from '../exports/ExportsPage';
import { FollowUpsPage } from '../followUps/FollowUpsPage';
import { HomePage } from '../home/HomePage';
import { MeetingPage } from '../meetings/MeetingPage';
import { MeetingsPage } from '../meetings/MeetingsPage';
import { OrganizationPage } from '../organizations/OrganizationPage';
import { OrganizationsPage } from '../organizations/OrganizationsPage';
import { PeoplePage } from '../people/PeoplePage';
import { PersonPage } from '../people/PersonPage';
import { followEncryptionChanges } from '../db/encryptionChanges';
import { LockScreen } from '../security/LockScreen';
import { useEncryptionMode } from '../security/useEncryptionMode';
import { useIdleLock } from '../security/useIdleLock';
import { useLockCommand } from '../security/useLockCommand';
import { SettingsPage } from '../settings/SettingsPage';
import { SetupPage } from '../setup/SetupPage';
import { StorageFullBanner } from '../storage/StorageFullBanner';
import { SyncPage } from '../sync/SyncPage';
import { useTheme } from '../theme/applyTheme';
import { TodayPage } from '../today/TodayPage';
import { AppServicesContext, useServices, useSettings, type AppServices } from './AppServices';
import { NavBar } from './NavBar';
import { setAppState } from './readiness';
import { navigate, useRoute, type Route } from './router';

export function App({ services }: { services: AppServices }) {
  return (
    <AppServicesContext.Provider value={services}>
      <I18nextProvider i18n={services.i18n}>
        <AppFrame />
      </I18nextProvider>
    </AppServicesContext.Provider>
  );
}

function RoutedPage({ route }: { route: Route }) {
  switch (route.name) {
    case 'home':
      return <HomePage />;
    case 'today':
      return <TodayPage />;
    case 'events':
      return <EventsPage />;
    case 'event':
      return <EventPage key={route.id} id={route.id} />;
    case 'meetings':
      return <MeetingsPage />;
    case 'meeting':
      return <MeetingPage key={route.id} id={route.id} />;
    case 'people':
      return <PeoplePage />;
    case 'person':
      return <PersonPage key={route.id} id={route.id} />;
    case 'organizations':
      return <OrganizationsPage />;
    case 'organization':
      return <OrganizationPage key={route.id} id={route.id} />;
    case 'agreements':
      return <AgreementsPage />;
    case 'agreement':
      return <AgreementPage key={route.id} id={route.id} />;
    case 'followUps':
      return <FollowUpsPage />;
    // One element for the list and a selected conflict, so its status message outlives the selection.
    case 'conflicts':
      return <ConflictsPage selectedId={null} />;
    case 'conflict':
      return <ConflictsPage selectedId={route.id} />;
    case 'sync':
      return <SyncPage />;
    case 'exports':
      return <ExportsPage />;
    case 'settings':
      return <SettingsPage />;
  }
}

function AppFrame() {
  const { t } = useTranslation();
  const { platform, db } = useServices();
  const encryption = useEncryptionMode(db);
  useIdleLock(db);
  useLockCommand(db, platform);
  // Another tab turning encryption on or off locks this one, or lets it carry on in clear.
  useEffect(() => followEncryptionChanges(db), [db]);
  const route = useRoute();
  const theme = useSettings((s) => s.theme);
  const selfPersonId = useSettings((s) => s.selfPersonId);
  useTheme(theme);

  useEffect(() => setAppState('ready'), []);
  useEffect(
    () =>
      platform.onMenuCommand((command) => {
        if (command === 'open-settings' || command === 'show-about') navigate({ name: 'settings' });
      }),
    [platform],
  );

  // While locked nothing behind this screen may render: every page reads sensitive text.
  if (encryption === 'locked') return <LockScreen />;

  // The banner also covers first-run setup, where loading the sample event is the first big write.
  if (selfPersonId === null)
    return (
      <>
        <StorageFullBanner />
        <SetupPage />
      </>
    );

  return (
    <div className="app-frame">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <NavBar route={route} />
      <main id="main" className="app-main" tabIndex={-1}>
        <StorageFullBanner />
        <RoutedPage route={route} />
      </main>
    </div>
  );
}
