/**
 * A meeting's follow-ups: who does what by when. Overdue items (due before today in the meeting's zone,
 * still open or in progress) say so in words, not by colour alone.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTION_STATUSES, type ActionItem } from '../../../shared/domain/entities';
import { formatIsoDate, todayInZone } from '../../../shared/time/zonedTime';
import { useRepos, useServices } from '../app/AppServices';
import { isOverdue } from '../followUps/isOverdue';
import { OverdueBadge } from '../followUps/OverdueBadge';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { labelOptions } from '../ui/labelOptions';
import { namesById } from '../ui/recordsById';
import { ActionItemDialog } from './ActionItemDialog';

export function ActionItemsSection({ meetingId, zone }: { meetingId: string; zone: string }) {
  const { t, i18n } = useTranslation();
  const repos = useRepos();
  const { now } = useServices();
  const [editing, setEditing] = useState<ActionItem | 'new' | null>(null);
  const [deleting, setDeleting] = useState<ActionItem | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const loaded = useLiveQuery(async () => {
    const items = await repos.actionItems.forMeeting(meetingId);
    return {
      items,
      ownerNames: await namesById(
        repos.people,
        items.map((i) => i.ownerId),
      ),
    };
  }, [repos, meetingId]);
  const today = todayInZone(now(), zone);

  const setStatus = async (item: ActionItem, status: ActionItem['status']) => {
    setFailure(null);
    try {
      await repos.actionItems.update(item.id, { status });
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <section className="panel" aria-labelledby="meeting-actions-title">
      <div className="section-header">
        <h2 id="meeting-actions-title">{t('meetings.actions.title')}</h2>
        <button type="button" onClick={() => setEditing('new')}>
          {t('meetings.actions.add')}
        </button>
      </div>
      {failure && (
        <p className="error-banner" role="alert">
          {t('meetings.actions.saveFailed', { message: failure })}
        </p>
      )}
      {loaded && loaded.items.length === 0 && <p className="muted">{t('meetings.actions.none')}</p>}
      {loaded && loaded.items.length > 0 && (
        <table className="data-table action-items" aria-labelledby="meeting-actions-title">
          <thead>
            <tr>
              <th scope="col">{t('meetings.actions.columnTitle')}</th>
              <th scope="col">{t('meetings.actions.columnOwner')}</th>
              <th scope="col">{t('meetings.actions.columnDue')}</th>
              <th scope="col">{t('meetings.actions.columnStatus')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('meetings.actions.columnChanges')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {loaded.items.map((item) => (
              <tr key={item.id} className={isOverdue(item, today) ? 'overdue' : undefined}>
                <td dir="auto">{item.title}</td>
                <td dir="auto">
                  {item.ownerId
                    ? (loaded.ownerNames.get(item.ownerId) ?? t('common.unknown'))
                    : t('meetings.actions.noOwner')}
                </td>
                <td>
                  {item.dueDate ? formatIsoDate(item.dueDate, i18n.language) : t('meetings.actions.noDue')}
                  {isOverdue(item, today) && <OverdueBadge />}
                </td>
                <td>
                  <select
                    aria-label={t('meetings.actions.statusOf', { name: item.title })}
                    value={item.status}
                    onChange={(e) => void setStatus(item, e.target.value as ActionItem['status'])}
                  >
                    {labelOptions(t, 'actionStatus', ACTION_STATUSES).map((option) => (
                      <option key={option.value} value={option.value}>
                        {option.label}
                      </option>
                    ))}
                  </select>
                </td>
                <td className="row-actions">
                  <button
                    type="button"
                    aria-label={t('meetings.actions.edit', { name: item.title })}
                    onClick={() => setEditing(item)}
                  >
                    {t('common.edit')}
                  </button>
                  <button
                    type="button"
                    className="danger"
                    aria-label={t('meetings.actions.delete', { name: item.title })}
                    onClick={() => setDeleting(item)}
                  >
                    {t('common.delete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editing && (
        <ActionItemDialog
          key={editing === 'new' ? 'new' : editing.id}
          meetingId={meetingId}
          item={editing === 'new' ? null : editing}
          ownerName={
            editing !== 'new' && editing.ownerId ? (loaded?.ownerNames.get(editing.ownerId) ?? '') : ''
          }
          onClose={() => setEditing(null)}
        />
      )}
      <ConfirmDialog
        open={deleting !== null}
        title={t('meetings.actions.deleteTitle')}
        message={t('common.confirmDelete', { name: deleting?.title ?? '' })}
        confirmLabel={t('common.delete')}
        onConfirm={async () => {
          if (deleting) await repos.actionItems.delete(deleting.id);
        }}
        onClose={() => setDeleting(null)}
      />
    </section>
  );
}
