/**
 * One organization: its fields, saved as they are typed, then its people, its meeting history and its
 * agreements, each read through an index.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organization } from '../../../shared/domain/entities';
import { AgreementSummaryList } from '../agreements/AgreementSummaryList';
import { useRepos } from '../app/AppServices';
import { routeHref } from '../app/router';
import { AutosaveStatus } from '../ui/AutosaveStatus';
import { MeetingHistory } from '../meetings/MeetingHistory';
import { useAutosavedDraft } from '../ui/useAutosavedDraft';
import { OrganizationFields } from './OrganizationFields';

export function OrganizationPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const repos = useRepos();
  const organization = useLiveQuery(async () => (await repos.organizations.get(id)) ?? null, [repos, id]);
  if (organization === undefined) return <p className="muted">{t('common.loading')}</p>;
  if (organization === null) {
    return (
      <section className="page" aria-labelledby="page-title">
        <h1 id="page-title">{t('organizations.notFound')}</h1>
        <a href={routeHref({ name: 'organizations' })}>{t('organizations.allOrganizations')}</a>
      </section>
    );
  }
  return <OrganizationDetail organization={organization} />;
}

function OrganizationDetail({ organization }: { organization: Organization }) {
  const { t } = useTranslation();
  const repos = useRepos();
  const { id } = organization;
  const save = useCallback(
    (patch: Partial<Organization>) => repos.organizations.update(id, patch),
    [repos, id],
  );
  const { draft, setField, errors, state, failure } = useAutosavedDraft(organization, save);
  const people = useLiveQuery(() => repos.people.forOrganization(id), [repos, id]);
  const meetings = useLiveQuery(() => repos.meetings.forOrganization(id), [repos, id]);
  const agreements = useLiveQuery(() => repos.agreements.forParty(id), [repos, id]);

  return (
    <section className="page organization-page" aria-labelledby="page-title">
      <p>
        <a href={routeHref({ name: 'organizations' })}>{t('organizations.allOrganizations')}</a>
      </p>
      <h1 id="page-title" dir="auto">
        {organization.name}
      </h1>
      {organization.nativeName && (
        <p className="detail-subtitle native-name" dir="auto">
          {organization.nativeName}
        </p>
      )}
      <section aria-labelledby="details-title">
        <h2 id="details-title">{t('organizations.details')}</h2>
        <OrganizationFields
          value={draft}
          // The draft's fields are the organization's, less its id; TypeScript cannot see that K maps alike.
          onChange={(field, value) => setField(field, value as Organization[typeof field])}
          errors={errors}
        />
        <AutosaveStatus state={state} failure={failure} />
      </section>
      <section className="detail-section" aria-labelledby="people-title">
        <h2 id="people-title">{t('organizations.people')}</h2>
        {people && people.length === 0 && <p className="muted">{t('organizations.noPeople')}</p>}
        {people && people.length > 0 && (
          <ul className="data-list">
            {people.map((person) => (
              <li key={person.id}>
                <a href={routeHref({ name: 'person', id: person.id })} dir="auto">
                  {person.name}
                </a>{' '}
                {person.nativeName && (
                  <span className="muted native-name" dir="auto">
                    {person.nativeName}
                  </span>
                )}
                {person.title && (
                  <div className="muted" dir="auto">
                    {person.title}
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="detail-section" aria-labelledby="meetings-title">
        <h2 id="meetings-title">{t('organizations.meetings')}</h2>
        {meetings && <MeetingHistory meetings={meetings} emptyText={t('organizations.noMeetings')} />}
      </section>
      <section className="detail-section" aria-labelledby="agreements-title">
        <h2 id="agreements-title">{t('organizations.agreements')}</h2>
        {agreements && (
          <AgreementSummaryList agreements={agreements} emptyText={t('organizations.noAgreements')} />
        )}
      </section>
    </section>
  );
}
