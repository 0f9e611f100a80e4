/** The "Load sample event" action, offered on the empty home page, during setup and in settings. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../app/AppServices';
import { StatusLine } from '../ui/StatusLine';
import { loadSampleEvent } from './loadSampleEvent';

export function LoadSampleButton({ onLoaded }: { onLoaded?: (eventId: string) => void }) {
  const { t } = useTranslation();
  const services = useServices();
  const [state, setState] = useState<'idle' | 'loading' | 'loaded' | 'already' | 'failed'>('idle');
  const [error, setError] = useState('');

  const load = async () => {
    setState('loading');
    try {
      const outcome = await loadSampleEvent(services);
      setState(outcome.status === 'loaded' ? 'loaded' : 'already');
      onLoaded?.(outcome.eventId);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setState('failed');
    }
  };

  return (
    <div className="load-sample">
      <button type="button" onClick={() => void load()} disabled={state === 'loading'}>
        {t('sample.load')}
      </button>
      <StatusLine>
        {state === 'loading' && t('sample.loading')}
        {state === 'loaded' && t('sample.loaded')}
        {state === 'already' && t('sample.alreadyLoaded')}
        {state === 'failed' && t('common.saveFailed', { message: error })}
      </StatusLine>
    </div>
  );
}
