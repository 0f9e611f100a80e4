/**
 * One person: their fields, saved as they are typed, then their meeting history, the agreements they
 * signed and their attachments.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../shared/domain/entities';
import { AgreementSummaryList } from '../agreements/AgreementSummaryList';
import { useRepos } from '../app/AppServices';
import { AttachmentList } from '../attachments/AttachmentList';
import { routeHref } from '../app/router';
import { AutosaveStatus } from '../ui/AutosaveStatus';
import { MeetingHistory } from '../meetings/MeetingHistory';
import { useAutosavedDraft } from '../ui/useAutosavedDraft';
import { PersonFields } from './PersonFields';
import './people.css';

export function PersonPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const repos = useRepos();
  const person = useLiveQuery(async () => (await repos.people.get(id)) ?? null, [repos, id]);
  if (person === undefined) return <p className="muted">{t('common.loading')}</p>;
  if (person === null) {
    return (
      <section className="page" aria-labelledby="page-title">
        <h1 id="page-title">{t('people.notFound')}</h1>
        <a href={routeHref({ name: 'people' })}>{t('people.allPeople')}</a>
      </section>
    );
  }
  return <PersonDetail person={person} />;
}

function PersonDetail({ person }: { person: Person }) {
  const { t } = useTranslation();
  const repos = useRepos();
  const { id } = person;
  const save = useCallback(
    (patch: Partial<Person>) =>
      repos.people.update(id, patch.email === undefined ? patch : { ...patch, email: patch.email.trim() }),
    [repos, id],
  );
  const { draft, setField, errors, state, failure } = useAutosavedDraft(person, save);
  const meetings = useLiveQuery(() => repos.meetings.forPerson(id), [repos, id]);
  // Re-read when their organization changes: the agreements are found through it.
  const agreements = useLiveQuery(
    () => repos.agreements.forSignatory(id),
    [repos, id, person.organizationId],
  );

  return (
    <section className="page person-page" aria-labelledby="page-title">
      <p>
        <a href={routeHref({ name: 'people' })}>{t('people.allPeople')}</a>
      </p>
      <h1 id="page-title" dir="auto">
        {person.name}
        {person.isDelegate && <span className="badge delegate-badge">{t('people.delegate')}</span>}
      </h1>
      {person.nativeName && (
        <p className="detail-subtitle native-name" dir="auto">
          {person.nativeName}
        </p>
      )}
      <section aria-labelledby="details-title">
        <h2 id="details-title">{t('people.details')}</h2>
        <PersonFields
          value={draft}
          // The draft's fields are the person's, less its id; TypeScript cannot see that K maps alike.
          onChange={(field, value) => setField(field, value as Person[typeof field])}
          errors={errors}
        />
        <AutosaveStatus state={state} failure={failure} />
      </section>
      <section className="detail-section" aria-labelledby="meetings-title">
        <h2 id="meetings-title">{t('people.meetings')}</h2>
        {meetings && <MeetingHistory meetings={meetings} emptyText={t('people.noMeetings')} />}
      </section>
      <section className="detail-section" aria-labelledby="agreements-title">
        <h2 id="agreements-title">{t('people.agreements')}</h2>
        {agreements && <AgreementSummaryList agreements={agreements} emptyText={t('people.noAgreements')} />}
      </section>
      <div className="detail-section">
        <AttachmentList owner={{ type: 'person', id }} />
      </div>
    </section>
  );
}
