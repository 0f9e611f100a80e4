/**
 * The conflicts view: every open conflict (text a sync merge kept because it lost to a concurrent edit),
 * a page at a time, and the selected one's two versions side by side. The selection is in the route
 * (`#/conflicts/<id>`), so a meeting can link to its conflict and Back returns to the list.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { TFunction } from 'i18next';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ValidationError } from '../../../shared/domain/validation';
import { useRepos, useServices, useSettings } from '../app/AppServices';
import { navigate, routeHref } from '../app/router';
import {
  CONFLICT_PAGE,
  ConflictAlreadyResolvedError,
  type ConflictChoice,
} from '../db/repositories/ConflictRepository';
import { StatusLine } from '../ui/StatusLine';
import { ConflictDetail } from './ConflictDetail';
import {
  deviceLabel,
  fieldLabel,
  loadConflictEntries,
  recordLabel,
  stampTime,
  type ConflictEntry,
} from './loadConflicts';
import './conflicts.css';

const OUTCOME = {
  'keep-current': 'conflicts.keptCurrent',
  'keep-other': 'conflicts.keptOther',
  merged: 'conflicts.merged',
} as const;

export function ConflictsPage({ selectedId }: { selectedId: string | null }) {
  const { t } = useTranslation();
  const repos = useRepos();
  const [pages, setPages] = useState(1);
  const [status, setStatus] = useState<string | null>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);
  const list = useLiveQuery(async () => {
    const limit = pages * CONFLICT_PAGE;
    const [conflicts, count] = await Promise.all([repos.conflicts.open(limit), repos.conflicts.countOpen()]);
    return { entries: await loadConflictEntries(repos, conflicts), count };
  }, [repos, pages]);
  const selected = useLiveQuery(async () => {
    if (selectedId === null) return null;
    const conflict = await repos.conflicts.get(selectedId);
    if (!conflict || conflict.resolution !== 'open') return 'not-open' as const;
    return (await loadConflictEntries(repos, [conflict]))[0]!;
  }, [repos, selectedId]);

  const resolve = async (entry: ConflictEntry, choice: ConflictChoice) => {
    setStatus(null);
    const record = recordLabel(t, entry);
    try {
      await repos.conflicts.resolve(entry.conflict.id, choice);
    } catch (error) {
      setStatus(failureMessage(t, error));
      return;
    }
    const dismissed = choice.kind === 'keep-current' && entry.subject.state !== 'live';
    setStatus(t(dismissed ? 'conflicts.dismissed' : OUTCOME[choice.kind], { record }));
    navigate({ name: 'conflicts' });
    // The resolved conflict's buttons are gone: continue from the list rather than from nowhere.
    listHeading.current?.focus();
  };

  return (
    <section className="page conflicts-page" aria-labelledby="page-title">
      <header className="page-header">
        <h1 id="page-title">{t('conflicts.title')}</h1>
      </header>
      <p className="muted">{t('conflicts.intro')}</p>
      <StatusLine testId="conflicts-status">{status}</StatusLine>
      {selected === 'not-open' && <p>{t('conflicts.notOpen')}</p>}
      {selected && selected !== 'not-open' && (
        <ConflictDetail
          key={selected.conflict.id}
          entry={selected}
          onResolve={(choice) => resolve(selected, choice)}
          onStatus={setStatus}
        />
      )}
      <section className="detail-section" aria-labelledby="conflicts-list-title">
        <h2 id="conflicts-list-title" ref={listHeading} tabIndex={-1}>
          {t('conflicts.listTitle')}
          {list && list.count > 0 && (
            <span className="badge warning conflicts-count">
              {t('conflicts.openCount', { count: list.count })}
            </span>
          )}
        </h2>
        {list === undefined ? (
          <p className="muted">{t('common.loading')}</p>
        ) : list.entries.length === 0 ? (
          <p className="muted">{t('conflicts.empty')}</p>
        ) : (
          <>
            <ul className="data-list conflict-list">
              {list.entries.map((entry) => (
                <ConflictListItem
                  key={entry.conflict.id}
                  entry={entry}
                  current={entry.conflict.id === selectedId}
                />
              ))}
            </ul>
            {list.entries.length < list.count && (
              <button type="button" className="form-actions" onClick={() => setPages((p) => p + 1)}>
                {t('conflicts.showMore')}
              </button>
            )}
          </>
        )}
      </section>
    </section>
  );
}

function failureMessage(t: TFunction, error: unknown): string {
  if (error instanceof ConflictAlreadyResolvedError) return t('conflicts.alreadyResolved');
  // A hand merge the record refuses (too long): its validation key, in words.
  const issue = error instanceof ValidationError ? error.issues[0]?.message : undefined;
  const message = issue?.startsWith('validation.')
    ? t(issue as 'validation.tooLong')
    : error instanceof Error
      ? error.message
      : String(error);
  return t('common.saveFailed', { message });
}

function ConflictListItem({ entry, current }: { entry: ConflictEntry; current: boolean }) {
  const { t, i18n } = useTranslation();
  const { capture } = useServices();
  const deviceName = useSettings((s) => s.deviceName);
  const { conflict } = entry;
  return (
    <li>
      <a
        href={routeHref({ name: 'conflict', id: conflict.id })}
        aria-current={current ? 'true' : undefined}
        dir="auto"
      >
        {t('conflicts.fieldOfRecord', {
          field: fieldLabel(t, conflict.field),
          record: recordLabel(t, entry),
        })}
      </a>
      <div className="muted">
        {t('conflicts.otherFrom', {
          device: deviceLabel(t, conflict.stamp, capture.deviceId, deviceName, entry.deviceNames),
          when: stampTime(conflict.stamp, i18n.language),
        })}
      </div>
    </li>
  );
}
