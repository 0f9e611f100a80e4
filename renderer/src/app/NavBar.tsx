import { useTranslation } from 'react-i18next';
import { QuickCaptureLauncher } from '../capture/QuickCaptureLauncher';
import { OpenConflictsBadge } from '../conflicts/OpenConflictsBadge';
import { SearchLauncher } from '../search/SearchLauncher';
import { routeHref, type Route } from './router';

const ITEMS = [
  { route: { name: 'today' }, label: 'nav.today', matches: ['today', 'home'] },
  { route: { name: 'meetings' }, label: 'nav.meetings', matches: ['meetings', 'meeting'] },
  { route: { name: 'events' }, label: 'nav.events', matches: ['events', 'event'] },
  { route: { name: 'people' }, label: 'nav.people', matches: ['people', 'person'] },
  {
    route: { name: 'organizations' },
    label: 'nav.organizations',
    matches: ['organizations', 'organization'],
  },
  { route: { name: 'agreements' }, label: 'nav.agreements', matches: ['agreements', 'agreement'] },
  { route: { name: 'followUps' }, label: 'nav.followUps', matches: ['followUps'] },
  { route: { name: 'conflicts' }, label: 'nav.conflicts', matches: ['conflicts', 'conflict'] },
  { route: { name: 'sync' }, label: 'nav.sync', matches: ['sync'] },
  { route: { name: 'exports' }, label: 'nav.exports', matches: ['exports'] },
  { route: { name: 'settings' }, label: 'nav.settings', matches: ['settings'] },
] as const satisfies ReadonlyArray<{ route: Route; label: string; matches: readonly Route['name'][] }>;

export function NavBar({ route }: { route: Route }) {
  const { t } = useTranslation();
  return (
    <nav className="app-nav" aria-label={t('nav.label')}>
      <div className="app-brand">
        <span className="app-brand-name">{t('app.name')}</span>
        <span className="app-brand-tagline">{t('app.tagline')}</span>
      </div>
      <QuickCaptureLauncher />
      <SearchLauncher />
      <ul>
        {ITEMS.map((item) => (
          <li key={item.route.name}>
            <a
              href={routeHref(item.route)}
              aria-current={(item.matches as readonly string[]).includes(route.name) ? 'page' : undefined}
            >
              {t(item.label)}
              {item.route.name === 'conflicts' && <OpenConflictsBadge />}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
