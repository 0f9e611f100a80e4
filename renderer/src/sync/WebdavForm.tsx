/**
 * Adds a WebDAV server. The address is checked with the same rule main applies (shared/sync/webdavUrl),
 * so the form never sends one main would refuse. Where the password cannot be kept in the system
 * keyring, main says so instead of storing it, and the form asks, in words, before sending it again.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncTargetInfo } from '../../../shared/ipc/contract';
import { webdavUrlProblem } from '../../../shared/sync/webdavUrl';
import type { SyncTargetsApi, WebdavTargetRequest } from '../platform/Platform';
import { TextField } from '../ui/Field';

type Errors = Partial<Record<'url' | 'username' | 'password', string>>;

/**
 * webdavUrlProblem's English sentences, to the strings that say the same in the UI language. An
 * unknown sentence (the rule grew) is shown as it is: still right, only not translated.
 */
const URL_PROBLEMS: Record<string, string> = {
  'The address is too long.': 'sync.webdav.urlTooLong',
  'This is not a web address. It starts with https:// or http://.': 'sync.webdav.urlNotAddress',
  'The address must start with https:// or http://.': 'sync.webdav.urlScheme',
  'Put the user name and password in their own fields, not in the address.': 'sync.webdav.urlCredentials',
  'The address of a WebDAV folder has no "?" or "#" part.': 'sync.webdav.urlQuery',
};

function check(request: WebdavTargetRequest): Errors {
  const errors: Errors = {};
  const url = request.url.trim();
  const problem = url === '' ? null : webdavUrlProblem(url);
  if (url === '') errors.url = 'sync.webdav.urlRequired';
  else if (problem !== null) errors.url = URL_PROBLEMS[problem] ?? problem;
  // Basic authentication cannot carry a colon in the user name (main refuses one too).
  if (request.username === '') errors.username = 'sync.webdav.usernameRequired';
  else if (request.username.includes(':')) errors.username = 'sync.webdav.usernameColon';
  if (request.password === '') errors.password = 'sync.webdav.passwordRequired';
  return errors;
}

export function WebdavForm({
  api,
  disabled,
  onAdded,
}: {
  api: SyncTargetsApi;
  disabled: boolean;
  onAdded: (target: SyncTargetInfo) => void;
}) {
  const { t } = useTranslation();
  const [url, setUrl] = useState('');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [plaintext, setPlaintext] = useState<'plaintext-backend' | 'encryption-unavailable' | null>(null);
  const [sending, setSending] = useState(false);
  const say = (key: string | undefined) => (key?.startsWith('sync.') ? t(key as 'sync.title') : key);

  const send = async (allowPlaintext: boolean) => {
    const request: WebdavTargetRequest = { url: url.trim(), username, password };
    const found = check(request);
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0) return;
    setSending(true);
    try {
      const result = await api.addWebdav(allowPlaintext ? { ...request, allowPlaintext } : request);
      if (!result.stored) {
        setPlaintext(result.reason);
        return;
      }
      setPlaintext(null);
      setUrl('');
      setUsername('');
      setPassword('');
      onAdded(result.target);
    } catch (error) {
      setPlaintext(null);
      setFailure(
        t('sync.webdav.failed', { message: error instanceof Error ? error.message : String(error) }),
      );
    } finally {
      setSending(false);
    }
  };

  return (
    <form
      className="sync-webdav-form"
      aria-labelledby="sync-webdav-title"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void send(false);
      }}
    >
      <h3 id="sync-webdav-title">{t('sync.webdav.title')}</h3>
      <TextField
        label={t('sync.webdav.url')}
        type="url"
        autoComplete="url"
        value={url}
        error={say(errors.url)}
        hint={t('sync.webdav.urlHint')}
        onChange={(event) => setUrl(event.target.value)}
      />
      <TextField
        label={t('sync.webdav.username')}
        autoComplete="username"
        value={username}
        error={say(errors.username)}
        onChange={(event) => setUsername(event.target.value)}
      />
      <TextField
        label={t('sync.webdav.password')}
        type="password"
        autoComplete="current-password"
        value={password}
        error={say(errors.password)}
        onChange={(event) => setPassword(event.target.value)}
      />
      {plaintext ? (
        <div className="sync-plaintext-question" role="alert">
          <p>
            <strong>{t('sync.webdav.plaintextTitle')}</strong>
          </p>
          <p>
            {t(
              plaintext === 'plaintext-backend'
                ? 'sync.webdav.plaintextBackend'
                : 'sync.webdav.encryptionUnavailable',
            )}
          </p>
          <p>{t('sync.webdav.plaintextQuestion')}</p>
          <div className="button-row">
            <button type="button" className="danger" disabled={sending} onClick={() => void send(true)}>
              {t('sync.webdav.keepAnyway')}
            </button>
            <button type="button" disabled={sending} onClick={() => setPlaintext(null)}>
              {t('sync.webdav.dontKeep')}
            </button>
          </div>
        </div>
      ) : (
        <div className="button-row">
          <button type="submit" disabled={disabled || sending}>
            {sending ? t('sync.webdav.adding') : t('sync.webdav.add')}
          </button>
        </div>
      )}
      {failure && (
        <p className="error-banner" role="alert" dir="auto">
          {failure}
        </p>
      )}
    </form>
  );
}
