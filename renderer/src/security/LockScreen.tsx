/** Shown instead of the app while the archive is locked: nothing behind it can read sensitive text. */
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../app/AppServices';
import { KeyStore } from '../db/KeyStore';
import { WrongPassphraseError } from '../db/keyRecord';

export function LockScreen() {
  const { t } = useTranslation();
  const { db } = useServices();
  const keys = useMemo(() => new KeyStore(db), [db]);
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await keys.unlock(passphrase);
    } catch (failure) {
      setError(
        failure instanceof WrongPassphraseError
          ? t('security.wrong')
          : t('security.failed', { message: failure instanceof Error ? failure.message : String(failure) }),
      );
      setBusy(false);
    }
  };

  return (
    <main className="page lock-screen" aria-labelledby="lock-title">
      <h1 id="lock-title">{t('security.lockTitle')}</h1>
      {/* Read as the screen renders: it comes up when the mode changes, and the reason changes with it. */}
      {db.encryption.lockedByChange && <p>{t('security.changedElsewhere')}</p>}
      <p>{t('security.lockExplained')}</p>
      <form onSubmit={(event) => void submit(event)}>
        <label>
          {t('security.passphrase')}
          <input
            type="password"
            autoComplete="current-password"
            autoFocus
            value={passphrase}
            onChange={(event) => setPassphrase(event.target.value)}
          />
        </label>
        <button type="submit" disabled={busy || passphrase.length === 0}>
          {busy ? t('security.unlocking') : t('security.unlock')}
        </button>
        {error && <p role="alert">{error}</p>}
      </form>
    </main>
  );
}
