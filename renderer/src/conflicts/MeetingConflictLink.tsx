/**
 * On a meeting's page: a link to the first open conflict in the meeting's own text (agenda, minutes,
 * outcomes), so whoever edits the minutes sees that another version is waiting. Nothing when there is none.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useRepos } from '../app/AppServices';
import { routeHref } from '../app/router';

export function MeetingConflictLink({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const repos = useRepos();
  const open = useLiveQuery(
    async () =>
      (await repos.conflicts.forRecord(meetingId)).find(
        (conflict) => conflict.table === 'meetings' && conflict.resolution === 'open',
      ) ?? null,
    [repos, meetingId],
  );
  if (!open) return null;
  return (
    <p className="conflict-notice">
      <a className="button" href={routeHref({ name: 'conflict', id: open.id })}>
        {t('conflicts.meetingHasConflict')}
      </a>
    </p>
  );
}
