/**
 * Settings → Security: turning encryption at rest off. The current passphrase confirms it, under a
 * warning that the notes will then be stored in clear; the records are decrypted in chunks with progress,
 * and Cancel pauses that (it carries on at the next unlock, or with Continue turning off).
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MigrationOutcome, MigrationProgress } from '../db/EncryptionMigration';
import type { KeyStore } from '../db/KeyStore';
import { PassphraseField } from './PassphraseField';

interface Props {
  keys: KeyStore;
  /** Started and not finished (a cancelled or interrupted run). */
  turningOff: boolean;
  /** Shown in the section's status line, which outlives this part once encryption is off. */
  report(kind: 'busy' | 'done' | 'error', text: string): void;
  describe(error: unknown): string;
}

type Work = (
  onProgress: (progress: MigrationProgress) => void,
  signal: AbortSignal,
) => Promise<MigrationOutcome | null>;

export function TurnOffEncryption({ keys, turningOff, report, describe }: Props) {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const [running, setRunning] = useState<AbortController | null>(null);

  /** `unchanged`: what to say when `work` resolves null (it found nothing to do). */
  const run = async (work: Work, unchanged: string) => {
    const cancel = new AbortController();
    setRunning(cancel);
    report('busy', t('security.working'));
    try {
      const outcome = await work(
        ({ done, total }) => report('busy', t('security.turningOff', { done, total })),
        cancel.signal,
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
  // The section's first line already says that turning off has not finished.
  if (turningOff)
    return (
      <button
        type="button"
        onClick={() =>
          void run((onProgress, signal) => keys.resumeMigration(onProgress, signal), t('security.turnedOff'))
        }
      >
        {t('security.continueOff')}
      </button>
    );
  return (
    <form onSubmit={submit} aria-label={t('security.turnOff')} aria-describedby="security-turn-off-warning">
      <p id="security-turn-off-warning">{t('security.explainOff')}</p>
      <PassphraseField label={t('security.current')} value={passphrase} onChange={setPassphrase} />
      <button type="submit" disabled={passphrase.length === 0}>
        {t('security.turnOff')}
      </button>
    </form>
  );
}
