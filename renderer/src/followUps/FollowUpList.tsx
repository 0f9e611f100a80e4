/**
 * A short list of action items (an agreement's or a meeting's) with owner, due date and status; overdue
 * ones carry the Overdue badge.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { ActionItem } from '../../../shared/domain/entities';
import { formatIsoDate, todayInZone } from '../../../shared/time/zonedTime';
import { useRepos, useServices } from '../app/AppServices';
import { namesById } from '../ui/recordsById';
import { laptopZone } from '../ui/zoneLabels';
import { isOverdue } from './isOverdue';
import { OverdueBadge } from './OverdueBadge';
import './followUps.css';

interface FollowUpListProps {
  items: readonly ActionItem[];
  emptyText: string;
}

export function FollowUpList({ items, emptyText }: FollowUpListProps) {
  const { t, i18n } = useTranslation();
  const repos = useRepos();
  const { now } = useServices();
  const ownerKey = [...new Set(items.map((i) => i.ownerId).filter((id): id is string => id !== null))].join(
    ',',
  );
  const context = useLiveQuery(async () => {
    const owners = await namesById(repos.people, ownerKey.split(',').filter(Boolean));
    return { owners, today: todayInZone(now(), laptopZone()) };
  }, [repos, ownerKey, now]);

  if (items.length === 0) return <p className="muted">{emptyText}</p>;
  // Wait for today's date rather than show an overdue item unmarked for a moment.
  if (!context) return null;
  return (
    <ul className="data-list follow-up-list">
      {items.map((item) => {
        const overdue = isOverdue(item, context.today);
        return (
          <li key={item.id} className={overdue ? 'overdue' : undefined}>
            <span dir="auto">{item.title}</span>
            {overdue && <OverdueBadge />}
            <div className="follow-up-meta">
              <span dir="auto">
                {(item.ownerId && context.owners.get(item.ownerId)) || t('followUps.noOwner')}
              </span>
              {' · '}
              {item.dueDate ? formatIsoDate(item.dueDate, i18n.language) : t('followUps.noDueDate')}
              {' · '}
              {t(`labels.actionStatus.${item.status}`)}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
