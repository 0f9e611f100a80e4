/** The meeting route: loads the meeting and its event, then hands them to the editor. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useRepos } from '../app/AppServices';
import { routeHref } from '../app/router';
import { MeetingConflictLink } from '../conflicts/MeetingConflictLink';
import { MeetingEditor } from './MeetingEditor';
import './meetings.css';

export function MeetingPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const repos = useRepos();
  const loaded = useLiveQuery(async () => {
    const meeting = await repos.meetings.get(id);
    if (!meeting) return { meeting: null, event: null };
    const event = meeting.eventId ? ((await repos.events.get(meeting.eventId)) ?? null) : null;
    return { meeting, event };
  }, [repos, id]);

  if (!loaded) {
    return (
      <section className="page" aria-labelledby="page-title" aria-busy="true">
        <h1 id="page-title">{t('meetings.title')}</h1>
        <p className="muted">{t('common.loading')}</p>
      </section>
    );
  }
  if (!loaded.meeting) {
    return (
      <section className="page" aria-labelledby="page-title">
        <h1 id="page-title">{t('meetings.title')}</h1>
        <p>{t('meetings.notFound')}</p>
        <a href={routeHref({ name: 'meetings' })}>{t('meetings.allMeetings')}</a>
      </section>
    );
  }
  return (
    <>
      <MeetingConflictLink meetingId={id} />
      <MeetingEditor meeting={loaded.meeting} event={loaded.event} />
    </>
  );
}
