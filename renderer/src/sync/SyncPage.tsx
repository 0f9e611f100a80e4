/**
 * The Sync page: the bundle file (always) and, in the desktop app, folder and WebDAV targets; the one
 * running job with its progress and Cancel; what the last job came to. Jobs run in the sync worker, so
 * the page (and the rest of the app) stays usable while one runs.
 */
import { useTranslation } from 'react-i18next';
import { useServices } from '../app/AppServices';
import { BundleSection } from './BundleSection';
import { SyncJobPanel } from './SyncJobPanel';
import { TargetsSection, useSyncTargets } from './TargetsSection';
import { useSyncStatus } from './useSyncStatus';
import './sync.css';

export function SyncPage() {
  const { t } = useTranslation();
  const api = useServices().platform.syncTargets ?? null;
  const { targets, reload } = useSyncTargets(api);
  const status = useSyncStatus((targets ?? []).map((target) => target.id));
  return (
    <section className="page sync-page" aria-labelledby="page-title">
      <header className="page-header">
        <h1 id="page-title">{t('sync.title')}</h1>
      </header>
      <p className="muted">{t('sync.intro')}</p>
      <SyncJobPanel />
      <BundleSection status={status?.bundle} />
      {api && <TargetsSection api={api} targets={targets} status={status} reload={reload} />}
    </section>
  );
}
