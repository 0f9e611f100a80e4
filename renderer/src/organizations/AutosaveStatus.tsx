/** The save state of an autosaved editor, announced politely. */
import { useTranslation } from 'react-i18next';
import { StatusLine } from '../ui/StatusLine';
import type { SaveState } from '../ui/useAutosavedDraft';

export function AutosaveStatus({ state, failure }: { state: SaveState; failure: string | null }) {
  const { t } = useTranslation();
  return (
    <StatusLine>
      {(state === 'pending' || state === 'saving') && t('common.saving')}
      {state === 'saved' && t('common.saved')}
      {state === 'error' && t('common.saveFailed', { message: failure ?? t('validation.invalid') })}
    </StatusLine>
  );
}
