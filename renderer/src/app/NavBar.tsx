import { useTranslation } from 'react-i18next';
import { routeHref, type Route } from './router';

const ITEMS = [
  { route: { name: 'home' }, label: 'nav.home' },
  { route: { name: 'settings' }, label: 'nav.settings' },
] as const satisfies ReadonlyArray<{ route: Route; label: string }>;

export function NavBar({ route }: { route: Route }) {
  const { t } = useTranslation();
  return (
    <nav className="app-nav" aria-label={t('nav.label')}>
      <div className="app-brand">
        <span className="app-brand-name">{t('app.name')}</span>
        <span className="app-brand-tagline">{t('app.tagline')}</span>
      </div>
      <ul>
        {ITEMS.map((item) => (
          <li key={item.route.name}>
            <a
              href={routeHref(item.route)}
              aria-current={route.name === item.route.name ? 'page' : undefined}
            >
              {t(item.label)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
