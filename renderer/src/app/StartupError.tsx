import type { i18n } from 'i18next';
import { I18nextProvider, useTranslation } from 'react-i18next';

export function StartupError({ i18n, message }: { i18n: i18n; message: string }) {
  return (
    <I18nextProvider i18n={i18n}>
      <StartupErrorBody message={message} />
    </I18nextProvider>
  );
}

function StartupErrorBody({ message }: { message: string }) {
  const { t } = useTranslation();
  return (
    <main className="startup-error" role="alert" aria-labelledby="startup-error-title">
      <h1 id="startup-error-title">{t('app.startFailed')}</h1>
      <p>{message}</p>
      <p>{t('app.startFailedHelp')}</p>
      <button type="button" onClick={() => location.reload()}>
        {t('app.reload')}
      </button>
    </main>
  );
}
