/**
 * What the user sees when the archive did not open. Nothing is ever created in its place silently: on
 * the desktop, when the database itself is unreadable, it offers a restore from the latest automatic
 * backup, which keeps the broken archive (copied aside) and happens only after the user confirmed. A
 * sealed backup asks for its passphrase on the confirmation; a wrong one says so there and touches nothing.
 */
import type { i18n } from 'i18next';
import { useEffect, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../shared/ipc/contract';
import { SealedBackupError } from '../../../shared/formats/backup/sealedBackupFormat';
import { describeBackupFailure, totalRecords } from '../backup/describeBackupFailure';
import type { StartupRecovery } from '../backup/restoreAtStartup';
import { SealedBackupPrompt } from '../backup/SealedBackupPrompt';

export function StartupError({
  i18n,
  message,
  recovery,
  reload = () => location.reload(),
}: {
  i18n: i18n;
  message: string;
  /** Set on the desktop when a restore from a backup can mend the failure. */
  recovery?: StartupRecovery | null;
  reload?: () => void;
}) {
  return (
    <I18nextProvider i18n={i18n}>
      <main className="startup-error" role="alert" aria-labelledby="startup-error-title">
        <h1 id="startup-error-title">{i18n.t('app.startFailed')}</h1>
        <p>{message}</p>
        <StartupErrorHelp recovery={recovery ?? null} reload={reload} />
      </main>
    </I18nextProvider>
  );
}

type Step =
  | { state: 'loading' }
  | { state: 'offer'; latest: BackupInfo | null }
  | { state: 'confirm'; latest: BackupInfo; error?: string }
  | { state: 'restoring'; done: number; total: number }
  | { state: 'restored'; path: string }
  | { state: 'failed'; message: string; details: string[] };

function StartupErrorHelp({ recovery, reload }: { recovery: StartupRecovery | null; reload: () => void }) {
  const { t, i18n } = useTranslation();
  const [step, setStep] = useState<Step>({ state: 'loading' });
  useEffect(() => {
    if (!recovery) return;
    recovery.latest().then(
      (latest) => setStep({ state: 'offer', latest }),
      () => setStep({ state: 'offer', latest: null }),
    );
  }, [recovery]);
  const date = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  const number = (n: number) => new Intl.NumberFormat(i18n.language).format(n);
  const reloadButton = (label: string) => (
    <button type="button" onClick={reload}>
      {label}
    </button>
  );

  if (!recovery)
    return (
      <>
        <p>{t('app.startFailedHelp')}</p>
        {reloadButton(t('app.reload'))}
      </>
    );

  const restore = async (latest: BackupInfo, passphrase?: string) => {
    setStep({ state: 'restoring', done: 0, total: 0 });
    try {
      const result = await recovery.restore(
        latest.id,
        (done, total) => setStep({ state: 'restoring', done, total }),
        passphrase,
      );
      setStep({ state: 'restored', path: result.preservedAt });
    } catch (error) {
      if (error instanceof SealedBackupError && error.problem === 'wrong-passphrase') {
        // Nothing was touched yet (the backup is opened before anything else): ask again.
        const text = t('backup.sealed.wrongPassphrase', { date: date(latest.createdAt) });
        setStep({ state: 'confirm', latest, error: text });
        return;
      }
      const failure = describeBackupFailure(t, error, i18n.language);
      setStep({ state: 'failed', ...failure });
    }
  };

  switch (step.state) {
    case 'loading':
      return <p>{t('app.loading')}</p>;
    case 'offer':
      if (!step.latest)
        return (
          <>
            <p>{t('backup.startup.noBackup')}</p>
            <p>{t('app.startFailedHelp')}</p>
            {reloadButton(t('app.reload'))}
          </>
        );
      return (
        <>
          <p>
            {t('backup.startup.offer', {
              date: date(step.latest.createdAt),
              meetings: number(step.latest.tables.meetings),
              records: number(totalRecords(step.latest.tables)),
            })}
          </p>
          {step.latest.encrypted && <p>{t('backup.startup.sealed')}</p>}
          <div className="button-row">
            <button
              type="button"
              className="primary"
              onClick={() => step.latest && setStep({ state: 'confirm', latest: step.latest })}
            >
              {t('backup.startup.restore')}
            </button>
            {reloadButton(t('app.reload'))}
          </div>
        </>
      );
    case 'confirm':
      if (step.latest.encrypted)
        return (
          <SealedBackupPrompt
            date={date(step.latest.createdAt)}
            submitLabel={t('backup.startup.confirmButton')}
            busy={false}
            error={step.error ?? null}
            onSubmit={(passphrase) => void restore(step.latest, passphrase)}
            onCancel={() => setStep({ state: 'offer', latest: step.latest })}
          >
            <p>{t('backup.startup.confirm', { date: date(step.latest.createdAt) })}</p>
          </SealedBackupPrompt>
        );
      return (
        <>
          <p>{t('backup.startup.confirm', { date: date(step.latest.createdAt) })}</p>
          <div className="button-row">
            <button type="button" className="primary" onClick={() => void restore(step.latest)}>
              {t('backup.startup.confirmButton')}
            </button>
            <button type="button" onClick={() => setStep({ state: 'offer', latest: step.latest })}>
              {t('common.cancel')}
            </button>
          </div>
        </>
      );
    case 'restoring':
      return (
        <p role="status">
          {t('backup.startup.restoring', { done: number(step.done), total: number(step.total) })}
        </p>
      );
    case 'restored':
      return (
        <>
          <p role="status">{t('backup.startup.restored', { path: step.path })}</p>
          {reloadButton(t('backup.startup.open'))}
        </>
      );
    case 'failed':
      return (
        <>
          <p>{t('backup.startup.failed', { message: step.message })}</p>
          {step.details.length > 0 && (
            <ul className="plain-list">
              {step.details.map((detail) => (
                <li key={detail}>{detail}</li>
              ))}
            </ul>
          )}
          {reloadButton(t('app.reload'))}
        </>
      );
  }
}
