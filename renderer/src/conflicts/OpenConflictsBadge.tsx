/** How many conflicts wait to be resolved, beside "Conflicts" in the navigation; nothing when none do. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useRepos } from '../app/AppServices';
import './conflicts.css';

export function OpenConflictsBadge() {
  const { t } = useTranslation();
  const repos = useRepos();
  const count = useLiveQuery(() => repos.conflicts.countOpen(), [repos]) ?? 0;
  if (count === 0) return null;
  return (
    <span className="badge warning nav-badge" data-testid="open-conflicts">
      {/* The number is seen; the words are heard, so the link reads "Conflicts, 2 open". */}
      <span aria-hidden="true">{count}</span>
      <span className="visually-hidden">{t('conflicts.navCount', { count })}</span>
    </span>
  );
}
