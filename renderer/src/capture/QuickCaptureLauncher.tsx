/**
 * Opens quick capture from anywhere: Ctrl/Cmd+N in the page, "New Meeting" in the native menu, or the
 * button in the navigation. After a save it says what was logged, with a link to the meeting.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../app/AppServices';
import { routeHref } from '../app/router';
import { StatusLine } from '../ui/StatusLine';
import { QuickCaptureDialog } from './QuickCaptureDialog';
import { isQuickCaptureShortcut, useQuickCapture } from './quickCaptureStore';

export function QuickCaptureLauncher() {
  const { t } = useTranslation();
  const { platform } = useServices();
  const show = useQuickCapture((s) => s.show);
  const lastLogged = useQuickCapture((s) => s.lastLogged);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isQuickCaptureShortcut(event)) return;
      event.preventDefault();
      show();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [show]);

  useEffect(() => platform.onMenuCommand((command) => command === 'new-meeting' && show()), [platform, show]);

  return (
    <>
      <div className="quick-capture-launcher">
        <button type="button" className="primary" onClick={show} aria-keyshortcuts="Control+N Meta+N">
          {t('nav.newMeeting')}
        </button>
        <StatusLine testId="quick-capture-status">
          {lastLogged && (
            <>
              <span dir="auto">{t('capture.saved', { title: lastLogged.title })}</span>{' '}
              <a href={routeHref({ name: 'meeting', id: lastLogged.id })}>{t('capture.open')}</a>
            </>
          )}
        </StatusLine>
      </div>
      <QuickCaptureDialog />
    </>
  );
}
