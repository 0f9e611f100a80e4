/**
 * Shows whether the browser has promised to keep the archive (persistent storage) and how much room is
 * left, so a representative can act before the disk fills up at the venue.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatBytes } from '../lib/formatBytes';

interface StorageStatus {
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

async function readStorageStatus(): Promise<StorageStatus | null> {
  const storage = navigator.storage as StorageManager | undefined;
  if (!storage?.estimate) return null;
  const [persisted, estimate] = await Promise.all([
    storage.persisted ? storage.persisted() : Promise.resolve(null),
    storage.estimate(),
  ]);
  return { persisted, usage: estimate.usage ?? null, quota: estimate.quota ?? null };
}

export function StorageSection() {
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useState<StorageStatus | null | 'loading'>('loading');

  const refresh = useCallback(() => {
    readStorageStatus().then(setStatus, () => setStatus(null));
  }, []);
  useEffect(refresh, [refresh]);

  const requestPersist = async () => {
    await navigator.storage.persist();
    refresh();
  };

  return (
    <section className="settings-section" aria-labelledby="settings-storage">
      <h2 id="settings-storage">{t('settings.storage.title')}</h2>
      {status === null && <p>{t('settings.storage.unavailable')}</p>}
      {status !== null && status !== 'loading' && (
        <>
          <p data-testid="storage-persistence">
            {status.persisted === null
              ? t('settings.storage.unknown')
              : status.persisted
                ? t('settings.storage.persisted')
                : t('settings.storage.notPersisted')}
          </p>
          <dl className="facts">
            <dt>{t('settings.storage.used')}</dt>
            <dd>
              {status.usage !== null && status.quota !== null
                ? t('settings.storage.usageValue', {
                    used: formatBytes(status.usage, i18n.language),
                    quota: formatBytes(status.quota, i18n.language),
                  })
                : t('settings.storage.unknown')}
            </dd>
          </dl>
          <div className="button-row">
            {status.persisted === false && (
              <button type="button" onClick={() => void requestPersist()}>
                {t('settings.storage.requestPersist')}
              </button>
            )}
            <button type="button" onClick={refresh}>
              {t('settings.storage.refresh')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
