/** Shows that an event is the current one, or offers to make it so (for Today and quick capture). */
import { useTranslation } from 'react-i18next';
import type { Event } from '../../../shared/domain/entities';
import { useServices } from '../app/AppServices';

export function CurrentEventControl({ event, isCurrent }: { event: Event; isCurrent: boolean }) {
  const { t } = useTranslation();
  const { settings } = useServices();
  if (isCurrent) return <span className="badge current-event-badge">{t('events.current')}</span>;
  return (
    <button
      type="button"
      aria-label={t('events.makeCurrentNamed', { name: event.name })}
      onClick={() => void settings.getState().update('currentEventId', event.id)}
    >
      {t('events.makeCurrent')}
    </button>
  );
}
