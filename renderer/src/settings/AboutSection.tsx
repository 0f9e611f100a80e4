import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../shared/ipc/contract';
import { useServices } from '../app/AppServices';

export function AboutSection() {
  const { t } = useTranslation();
  const { platform } = useServices();
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    platform.appInfo().then(setInfo, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [platform]);

  return (
    <section className="settings-section" aria-labelledby="settings-about">
      <h2 id="settings-about">{t('settings.about.title')}</h2>
      {error && <p role="alert">{t('errors.generic', { message: error })}</p>}
      {info && (
        <dl className="facts">
          <dt>{t('settings.about.version')}</dt>
          <dd data-testid="app-version">{info.version}</dd>
          <dt>{t('settings.about.platform')}</dt>
          <dd>
            {platform.kind === 'desktop'
              ? t('settings.about.desktop', { platform: info.platform, arch: info.arch })
              : t('settings.about.web')}
          </dd>
          {info.versions.electron && (
            <>
              <dt>{t('settings.about.electron')}</dt>
              <dd>{info.versions.electron}</dd>
            </>
          )}
          {info.versions.chrome && (
            <>
              <dt>{t('settings.about.chrome')}</dt>
              <dd>{info.versions.chrome}</dd>
            </>
          )}
          <dt>{t('settings.about.dataFolder')}</dt>
          <dd className="path">
            {platform.kind === 'desktop'
              ? info.paths.userData
              : t('settings.about.browserStorage', { origin: info.paths.userData })}
          </dd>
        </dl>
      )}
    </section>
  );
}
