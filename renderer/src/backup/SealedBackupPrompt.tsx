/**
 * Asks for the passphrase of a sealed backup, in Settings → Backups and in the start-up restore. A
 * backup opens with the passphrase that was in force when it was written, which after a change is an
 * earlier one than today's: the text says so, and names the backup's date.
 */
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../ui/Field';

export function SealedBackupPrompt(props: {
  /** The backup's date, formatted. */
  date: string;
  submitLabel: string;
  busy: boolean;
  /** What the last passphrase tried got (it did not open the backup), announced with the field. */
  error: string | null;
  onSubmit: (passphrase: string) => void;
  onCancel: () => void;
  /** Shown above the explanation (the start-up restore's confirmation). */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  return (
    <form
      aria-label={t('backup.sealed.formLabel', { date: props.date })}
      onSubmit={(event) => {
        event.preventDefault();
        if (passphrase.length > 0) props.onSubmit(passphrase);
      }}
    >
      {props.children}
      <p>{t('backup.sealed.explain', { date: props.date })}</p>
      <TextField
        label={t('backup.sealed.passphrase', { date: props.date })}
        type="password"
        autoComplete="off"
        value={passphrase}
        error={props.error ?? undefined}
        onChange={(event) => setPassphrase(event.target.value)}
      />
      <div className="button-row">
        <button type="submit" className="primary" disabled={props.busy || passphrase.length === 0}>
          {props.submitLabel}
        </button>
        <button type="button" disabled={props.busy} onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
