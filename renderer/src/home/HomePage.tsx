/**
 * The landing page: on an empty archive it offers to create an event or load the sample; otherwise it
 * shows the archive at a glance, each figure linking to its list.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useRepos, useSettings } from '../app/AppServices';
import { routeHref } from '../app/router';
import { LoadSampleButton } from '../sample/LoadSampleButton';

export function HomePage() {
  const { t, i18n } = useTranslation();
  const repos = useRepos();
  const currentEventId = useSettings((s) => s.currentEventId);
  const counts = useLiveQuery(
    async () => ({
      events: await repos.events.count(),
      meetings: await repos.meetings.count(),
      organizations: await repos.organizations.count(),
      agreements: await repos.agreements.count(),
      open: await repos.actionItems.countMatching({ ownerId: null, status: 'open' }),
    }),
    [repos],
  );
  const currentEvent = useLiveQuery(
    () => (currentEventId ? repos.events.get(currentEventId) : undefined),
    [repos, currentEventId],
  );
  if (!counts) return null;

  if (counts.events === 0) {
    return (
      <section aria-labelledby="home-title" className="page empty-state">
        <h1 id="home-title">{t('home.emptyTitle')}</h1>
        <p>{t('home.emptyIntro')}</p>
        <div className="button-row">
          <a className="button primary" href={routeHref({ name: 'events' })}>
            {t('home.createEvent')}
          </a>
        </div>
        <p className="muted">{t('sample.description')}</p>
        <LoadSampleButton />
      </section>
    );
  }

  const numbers = new Intl.NumberFormat(i18n.language);
  const figures = [
    { label: t('home.meetings'), value: counts.meetings, href: routeHref({ name: 'meetings' }) },
    {
      label: t('home.organizations'),
      value: counts.organizations,
      href: routeHref({ name: 'organizations' }),
    },
    { label: t('home.agreements'), value: counts.agreements, href: routeHref({ name: 'agreements' }) },
    { label: t('home.openFollowUps'), value: counts.open, href: routeHref({ name: 'followUps' }) },
  ];
  return (
    <section aria-labelledby="home-title" className="page">
      <h1 id="home-title">{t('home.title')}</h1>
      {currentEvent && <p dir="auto">{t('home.currentEvent', { name: currentEvent.name })}</p>}
      <h2 id="home-overview">{t('home.overview')}</h2>
      <ul className="figures" aria-labelledby="home-overview">
        {figures.map((figure) => (
          <li key={figure.label}>
            <a href={figure.href}>
              <span className="figure-value">{numbers.format(figure.value)}</span>
              <span className="figure-label">{figure.label}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
