/**
 * Folder and WebDAV targets, which only the desktop app can reach (main keeps their paths, URLs and
 * passwords; the page names a target by its id).
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncTargetInfo } from '../../../shared/ipc/contract';
import type { SyncTargetsApi } from '../platform/Platform';
import { StatusLine } from '../ui/StatusLine';
import type { SyncStatus } from './syncProtocol';
import { useSyncJobs } from './syncJobs';
import { targetKey } from './useSyncStatus';
import { TargetItem } from './TargetItem';
import { WebdavForm } from './WebdavForm';

interface TargetsSectionProps {
  api: SyncTargetsApi;
  targets: readonly SyncTargetInfo[] | null;
  status: SyncStatus | null;
  /** Reads the list of targets again after one was added or removed. */
  reload: () => void;
}

export function TargetsSection({ api, targets, status, reload }: TargetsSectionProps) {
  const { t } = useTranslation();
  const busy = useSyncJobs((s) => s.running !== null || s.question !== null);
  const [message, setMessage] = useState<{ text: string; alert: boolean } | null>(null);

  const added = (target: SyncTargetInfo) => {
    setMessage({ text: t('sync.targets.added', { label: target.label }), alert: false });
    reload();
  };

  const addFolder = async () => {
    setMessage(null);
    try {
      const result = await api.addFolder(t('sync.targets.chooseFolder'));
      if (!result.canceled) added(result.target);
    } catch (error) {
      setMessage({ text: error instanceof Error ? error.message : String(error), alert: true });
    }
  };

  return (
    <section className="panel sync-section" aria-labelledby="sync-targets-title">
      <h2 id="sync-targets-title">{t('sync.targets.title')}</h2>
      <p className="muted">{t('sync.targets.description')}</p>
      {targets !== null && targets.length === 0 && <p>{t('sync.targets.empty')}</p>}
      {targets !== null && targets.length > 0 && (
        <ul className="plain-list sync-targets" aria-label={t('sync.targets.listLabel')}>
          {targets.map((target) => (
            <TargetItem
              key={target.id}
              target={target}
              api={api}
              status={status?.targets[targetKey(target.id)]}
              onRemoved={(removed) => {
                setMessage({ text: t('sync.targets.removed', { label: removed.label }), alert: false });
                reload();
              }}
            />
          ))}
        </ul>
      )}
      <div className="button-row">
        <button type="button" disabled={busy} onClick={() => void addFolder()}>
          {t('sync.targets.addFolder')}
        </button>
      </div>
      <WebdavForm api={api} disabled={busy} onAdded={added} />
      {message?.alert ? (
        <p className="error-banner" role="alert" dir="auto">
          {message.text}
        </p>
      ) : (
        <StatusLine testId="targets-status">{message?.text}</StatusLine>
      )}
    </section>
  );
}

/** The targets main knows, read again whenever `reload` is called; null until first read. */
export function useSyncTargets(api: SyncTargetsApi | null | undefined) {
  const [targets, setTargets] = useState<SyncTargetInfo[] | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    if (!api) return;
    let live = true;
    api.list().then(
      (list) => live && setTargets(list),
      () => live && setTargets([]),
    );
    return () => {
      live = false;
    };
  }, [api, version]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { targets, reload };
}
