/**
 * Settings → Security: turn encryption at rest on or off (TurnOffEncryption), change the passphrase,
 * lock now, idle time. Turning it on also replaces the backups written in clear with a sealed one
 * (backup/replaceClearBackups.ts); a new passphrase gets a sealed backup at once, so the newest backup
 * opens with it. Turning encryption on or off is refused while a sync runs or waits on its question,
 * and no sync starts while it runs (sync/syncJobs.ts, `withoutSync`, says why).
 */
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../app/AppServices';
import { activeBackups } from '../backup/activeBackups';
import { replaceClearBackups, type ClearBackupsReplaced } from '../backup/replaceClearBackups';
import { KeyStore } from '../db/KeyStore';
import { WrongPassphraseError } from '../db/keyRecord';
import { syncInProgress, useSyncJobs } from '../sync/syncJobs';
import { SyncRunningError } from '../sync/SyncRunningError';
import { PassphraseField } from './PassphraseField';
import { passphraseStrength } from './passphraseStrength';
import { syncBlockedMessage } from './syncBlockedMessage';
import { TurnOffEncryption } from './TurnOffEncryption';
import { useEncryptionMode } from './useEncryptionMode';
import { LOCK_KEYSHORTCUTS } from './useLockCommand';
import { useTurningOff } from './useTurningOff';

type Status = { kind: 'idle' } | { kind: 'busy'; text: string } | { kind: 'done' | 'error'; text: string };

export function SecuritySection() {
  const { t } = useTranslation();
  const { db, platform } = useServices();
  const keys = useMemo(() => new KeyStore(db), [db]);
  const mode = useEncryptionMode(db);
  const turningOff = useTurningOff(db);
  const sync = useSyncJobs(syncInProgress);
  const withoutSync = useSyncJobs((s) => s.withoutSync);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const [current, setCurrent] = useState('');
  const [idle, setIdle] = useState('');

  useEffect(() => {
    void keys.lockAfterMinutes().then((minutes) => setIdle(String(minutes)));
  }, [keys]);

  const describe = (error: unknown) =>
    error instanceof WrongPassphraseError
      ? t('security.wrong')
      : error instanceof SyncRunningError
        ? t(syncBlockedMessage(error.sync, error.direction))
        : t('security.failed', { message: error instanceof Error ? error.message : String(error) });

  /** `work` may add to the done message (what happened to the backups). */
  const run = async (work: () => Promise<string | void>, done: string) => {
    setStatus({ kind: 'busy', text: t('security.working') });
    try {
      const more = await work();
      setStatus({ kind: 'done', text: more ? `${done} ${more}` : done });
      setFirst('');
      setSecond('');
      setCurrent('');
    } catch (error) {
      setStatus({ kind: 'error', text: describe(error) });
    }
  };

  const mismatch = second.length > 0 && first !== second;
  const ready = first.length > 0 && first === second && status.kind !== 'busy';

  const backupsReplaced = (outcome: ClearBackupsReplaced) => {
    const n = outcome.deleted;
    if (outcome.sealError !== null)
      return t('backup.afterEncryption.sealFailed', { n, message: outcome.sealError });
    return outcome.sealed
      ? t('backup.afterEncryption.replaced', { n })
      : t('backup.afterEncryption.deletedOnly', { n });
  };
  const turnOn = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      await withoutSync('encrypt', () =>
        keys.enable(first, ({ done, total }) =>
          setStatus({ kind: 'busy', text: t('security.turningOn', { done, total }) }),
        ),
      );
      if (platform.backups)
        return backupsReplaced(await replaceClearBackups(platform.backups, activeBackups()));
    }, t('security.turnedOn'));
  };
  const change = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      await keys.changePassphrase(current, first);
      // Backups keep the key record they were written with; the newest should open with the new one.
      void activeBackups()
        ?.flush(true)
        .catch(() => false);
    }, t('security.changed'));
  };
  const saveIdle = (event: FormEvent) => {
    event.preventDefault();
    void run(() => keys.setLockAfterMinutes(Number(idle)), t('security.idleSaved'));
  };

  const newPassphraseFields = (label: string) => (
    <>
      <PassphraseField label={label} value={first} onChange={setFirst} autoComplete="new-password" />
      {first.length > 0 && <p>{t(`security.strength_${passphraseStrength(first)}`)}</p>}
      <PassphraseField
        label={t('security.repeat')}
        value={second}
        onChange={setSecond}
        autoComplete="new-password"
      />
      {mismatch && <p>{t('security.mismatch')}</p>}
    </>
  );

  return (
    <section className="settings-section" aria-labelledby="settings-security">
      <h2 id="settings-security">{t('security.title')}</h2>
      <p>{mode === 'off' ? t('security.off') : turningOff ? t('security.pending') : t('security.on')}</p>
      {mode === 'off' ? (
        <form onSubmit={turnOn} aria-label={t('security.turnOn')}>
          <p>{t('security.explainOn')}</p>
          {platform.backups && <p>{t('backup.encryptionNotice')}</p>}
          {newPassphraseFields(t('security.passphrase'))}
          {sync && <p id="security-turn-on-sync">{t(syncBlockedMessage(sync, 'encrypt'))}</p>}
          <button
            type="submit"
            disabled={!ready || sync !== null}
            aria-describedby={sync ? 'security-turn-on-sync' : undefined}
          >
            {t('security.turnOn')}
          </button>
        </form>
      ) : (
        <>
          <button type="button" onClick={() => keys.lock()} aria-keyshortcuts={LOCK_KEYSHORTCUTS}>
            {t('security.lockNow')}
          </button>
          <p>{t('security.lockShortcut')}</p>
          <form onSubmit={change} aria-label={t('security.change')}>
            <PassphraseField label={t('security.current')} value={current} onChange={setCurrent} />
            {newPassphraseFields(t('security.newPassphrase'))}
            <button type="submit" disabled={!ready || current.length === 0}>
              {t('security.change')}
            </button>
          </form>
          <form onSubmit={saveIdle} aria-label={t('security.idle')}>
            <label>
              {t('security.idle')}
              <input
                type="number"
                min={1}
                max={1440}
                step={1}
                value={idle}
                onChange={(event) => setIdle(event.target.value)}
              />
            </label>
            <button type="submit">{t('common.save')}</button>
          </form>
          <TurnOffEncryption
            keys={keys}
            turningOff={turningOff}
            backups={Boolean(platform.backups)}
            report={(kind, text) => setStatus({ kind, text })}
            describe={describe}
          />
        </>
      )}
      <p role="status">{status.kind === 'idle' ? '' : status.text}</p>
    </section>
  );
}
