/**
 * The banner that says a save failed because storage is full, and what to do about it. An alert, so a
 * screen reader announces it at once wherever focus is; its Dismiss button is an ordinary button, reached
 * with Tab and pressed with Enter or Space.
 */
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { useServices } from '../app/AppServices';
import './storage.css';

export function StorageFullBanner() {
  const { t } = useTranslation();
  const { storage } = useServices();
  const full = useStore(storage, (s) => s.full);
  const dismiss = useStore(storage, (s) => s.dismiss);
  // An element with role="alert" is announced when it is inserted, so it only exists while there is
  // something to say (an always-present empty alert would also be one more "alert" on every page).
  if (!full) return null;
  return (
    <div role="alert" className="storage-full-region" aria-labelledby="storage-full-title">
      <div className="storage-full-banner">
        <div>
          <p id="storage-full-title" className="storage-full-title">
            {t('storage.fullTitle')}
          </p>
          <p>{t('storage.fullBody')}</p>
          <p>{t('storage.fullAction')}</p>
        </div>
        <button type="button" onClick={dismiss}>
          {t('storage.dismiss')}
        </button>
      </div>
    </div>
  );
}
