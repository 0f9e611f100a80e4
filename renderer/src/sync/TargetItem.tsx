/**
 * One folder or WebDAV target: where it is, when it last synced and what waits to go out, and its
 * Sync now, Test and Remove. A passphrase is asked per sync and never stored; a target this laptop has
 * not synced with yet may be encrypted with it on the first sync.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncTargetInfo } from '../../../shared/ipc/contract';
import { useServices } from '../app/AppServices';
import type { SyncTargetsApi } from '../platform/Platform';
import { useEncryptionMode } from '../security/useEncryptionMode';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { StatusLine } from '../ui/StatusLine';
import type { SyncStatus } from './syncProtocol';
import { useSyncJobs } from './syncJobs';
import { useSyncFormat } from './useSyncFormat';
import { targetKey } from './useSyncStatus';

interface TargetItemProps {
  target: SyncTargetInfo;
  status: SyncStatus['targets'][string] | undefined;
  api: SyncTargetsApi;
  onRemoved: (target: SyncTargetInfo) => void;
}

export function TargetItem({ target, status, api, onRemoved }: TargetItemProps) {
  const { t } = useTranslation();
  const format = useSyncFormat();
  const busy = useSyncJobs((s) => s.running !== null || s.question !== null);
  // No sync starts while encryption at rest is being turned on or off; the job panel says why.
  const changing = useSyncJobs((s) => s.encryptionChange !== null);
  const run = useSyncJobs((s) => s.run);
  const [passphrase, setPassphrase] = useState('');
  const [encryptNew, setEncryptNew] = useState(false);
  const [testing, setTesting] = useState(false);
  const [note, setNote] = useState<{ text: string; alert: boolean } | null>(null);
  const [removing, setRemoving] = useState(false);
  const id = useId();
  // With encryption at rest on, a target must be end-to-end encrypted (the sync engine refuses too).
  const required = useEncryptionMode(useServices().db) !== 'off';
  const neverSynced = status !== undefined && status.lastSync === null;
  const encrypting = neverSynced && (required || encryptNew);
  const encryptWithoutPassphrase = encrypting && passphrase === '';
  const plainRefused = required && status?.encrypted === false;

  const syncNow = () => {
    setNote(null);
    void run(
      {
        type: 'sync',
        key: targetKey(target.id),
        targetId: target.id,
        ...(passphrase ? { passphrase } : {}),
        ...(encrypting && passphrase ? { encryptNew: true } : {}),
        confirmed: [],
      },
      {
        target: target.label,
        finish: (result) => {
          if (result.type !== 'sync') throw new Error(`Unexpected ${result.type} result`);
          return Promise.resolve({ kind: 'synced', target: target.label, report: result.report });
        },
      },
    );
  };

  const test = async () => {
    setTesting(true);
    setNote(null);
    try {
      const result = await api.test(target.id);
      setNote(
        result.ok
          ? { text: t('sync.targets.testOk'), alert: false }
          : { text: `${result.message} ${t(`sync.hint.${result.reason}`)}`, alert: true },
      );
    } catch (error) {
      setNote({ text: error instanceof Error ? error.message : String(error), alert: true });
    } finally {
      setTesting(false);
    }
  };

  return (
    <li>
      <section className="sync-target" aria-labelledby={`${id}-label`}>
        <h3 id={`${id}-label`} dir="auto">
          {target.label}
        </h3>
        <ul className="plain-list sync-facts">
          <li dir="auto">
            {target.kind === 'folder'
              ? t('sync.targets.folder', { path: target.path })
              : t('sync.targets.webdav', { url: target.url, username: target.username })}
            {target.kind === 'webdav' && target.credentials !== 'os-keyring' && (
              <> ({t('sync.targets.plaintextStorage')})</>
            )}
          </li>
          <li>{t('sync.targets.lastSync', { when: status ? format.when(status.lastSync) : '…' })}</li>
          <li>{t('sync.targets.waiting', { n: status ? format.number(status.pending) : '…' })}</li>
        </ul>
        <div className="sync-target-options">
          <div className="field">
            <label htmlFor={`${id}-passphrase`}>
              {t(required && neverSynced ? 'sync.targets.passphraseRequired' : 'sync.targets.passphrase')}
            </label>
            <input
              id={`${id}-passphrase`}
              type="password"
              autoComplete="off"
              required={required && neverSynced}
              value={passphrase}
              aria-describedby={`${id}-passphrase-hint`}
              onChange={(event) => setPassphrase(event.target.value)}
            />
            <span id={`${id}-passphrase-hint`} className="field-hint">
              {t(required && neverSynced ? 'sync.targets.encryptRequired' : 'sync.targets.passphraseHint')}
            </span>
          </div>
          {neverSynced && !required && (
            <label className="choice">
              <input
                type="checkbox"
                checked={encryptNew}
                aria-describedby={`${id}-encrypt-hint`}
                onChange={(event) => setEncryptNew(event.target.checked)}
              />
              {t('sync.targets.encryptNew')}
              <span id={`${id}-encrypt-hint`} className="field-hint">
                {t('sync.targets.encryptNewHint')}
              </span>
            </label>
          )}
          {encryptWithoutPassphrase && (
            <p className="field-error">{t('sync.targets.encryptNeedsPassphrase')}</p>
          )}
          {plainRefused && (
            <p id={`${id}-plain`} className="field-error">
              {t('sync.targets.plainRefused')}
            </p>
          )}
        </div>
        <div className="button-row">
          <button
            type="button"
            className="primary"
            disabled={busy || changing || encryptWithoutPassphrase || plainRefused}
            aria-describedby={plainRefused ? `${id}-plain` : undefined}
            onClick={syncNow}
          >
            {t('sync.targets.syncNow')}
          </button>
          <button type="button" disabled={busy || testing} onClick={() => void test()}>
            {testing ? t('sync.targets.testing') : t('sync.targets.test')}
          </button>
          <button type="button" className="danger" disabled={busy} onClick={() => setRemoving(true)}>
            {t('sync.targets.remove')}
          </button>
        </div>
        {note?.alert ? (
          <p className="error-banner" role="alert" dir="auto">
            {note.text}
          </p>
        ) : (
          <StatusLine>{note?.text}</StatusLine>
        )}
        <ConfirmDialog
          open={removing}
          title={t('sync.targets.removeTitle')}
          message={t('sync.targets.removeMessage', { label: target.label })}
          confirmLabel={t('sync.targets.remove')}
          onConfirm={async () => {
            await api.remove(target.id);
            onRemoved(target);
          }}
          onClose={() => setRemoving(false)}
        />
      </section>
    </li>
  );
}
