/**
 * Settings → Security: turning encryption at rest off. The current passphrase confirms it, under a
 * warning that the notes will then be stored in clear; the records are decrypted in chunks with progress,
 * and Cancel pauses that (it carries on at the next unlock, or with Continue turning off). Neither starts
 * while a sync runs or waits on its question, and no sync starts while they run (sync/syncJobs.ts).
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MigrationOutcome, MigrationProgress } from '../db/EncryptionMigration';
import type { KeyStore } from '../db/KeyStore';
import { syncInProgress, useSyncJobs } from '../sync/syncJobs';
import { PassphraseField } from './PassphraseField';
import { syncBlockedMessage } from './syncBlockedMessage';

interface Props {
  keys: KeyStore;
  /** Started and not finished (a cancelled or interrupted run). */
  turningOff: boolean;
  /** Whether this app writes backups (desktop): the warning then says which passphrase opens the sealed ones. */
  backups: boolean;
  /** Shown in the section's status line, which outlives this part once encryption is off. */
  report(kind: 'busy' | 'done' | 'error', text: string): void;
  describe(error: unknown): string;
}

type Work = (
  onProgress: (progress: MigrationProgress) => void,
  signal: AbortSignal,
) => Promise<MigrationOutcome | null>;

export function TurnOffEncryption({ keys, turningOff, backups, report, describe }: Props) {
  const { t } = useTranslation();
  const sync = useSyncJobs(syncInProgress);
  const withoutSync = useSyncJobs((s) => s.withoutSync);
  const [passphrase, setPassphrase] = useState('');
  const [running, setRunning] = useState<AbortController | null>(null);

  /** `unchanged`: what to say when `work` resolves null (it found nothing to do). */
  const run = async (work: Work, unchanged: string) => {
    const cancel = new AbortController();
    setRunning(cancel);
    report('busy', t('security.working'));
    try {
      const outcome = await withoutSync('decrypt', () =>
        work(({ done, total }) => report('busy', t('security.turningOff', { done, total })), cancel.signal),
      );
      report(
        'done',
        outcome === null ? unchanged : outcome.finished ? t('security.turnedOff') : t('security.paused'),
      );
      setPassphrase('');
    } catch (error) {
      report('error', describe(error));
    } finally {
      setRunning(null);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(
      (onProgress, signal) => keys.disable(passphrase, onProgress, signal),
      t('security.cancelledOff'),
    );
  };

  if (running)
    return (
      <button type="button" onClick={() => running.abort()}>
        {t('common.cancel')}
      </button>
    );
  const blocked = sync && <p id="security-turn-off-sync">{t(syncBlockedMessage(sync, 'decrypt'))}</p>;
  const blockedBy = sync ? 'security-turn-off-sync' : undefined;
  // The section's first line already says that turning off has not finished.
  if (turningOff)
    return (
      <>
        {blocked}
        <button
          type="button"
          disabled={sync !== null}
          aria-describedby={blockedBy}
          onClick={() =>
            void run(
              (onProgress, signal) => keys.resumeMigration(onProgress, signal),
              t('security.turnedOff'),
            )
          }
        >
          {t('security.continueOff')}
        </button>
      </>
    );
  return (
    <form
      onSubmit={submit}
      aria-label={t('security.turnOff')}
      aria-describedby={
        backups ? 'security-turn-off-warning security-turn-off-backups' : 'security-turn-off-warning'
      }
    >
      <p id="security-turn-off-warning">{t('security.explainOff')}</p>
      {backups && <p id="security-turn-off-backups">{t('security.backupsAfterOff')}</p>}
      <PassphraseField label={t('security.current')} value={passphrase} onChange={setPassphrase} />
      {blocked}
      <button type="submit" disabled={passphrase.length === 0 || sync !== null} aria-describedby={blockedBy}>
        {t('security.turnOff')}
      </button>
    </form>
  );
}
