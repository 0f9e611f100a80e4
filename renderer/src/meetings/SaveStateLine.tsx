/** The visible save state of an autosaved editor: "Saving…", "Saved", or what went wrong. */
import { useTranslation } from 'react-i18next';
import { StatusLine } from '../ui/StatusLine';
import type { SaveState } from '../ui/useAutosavedDraft';

interface SaveStateLineProps {
  state: SaveState;
  failure: string | null;
  testId?: string;
}

export function SaveStateLine({ state, failure, testId }: SaveStateLineProps) {
  const { t } = useTranslation();
  let text = '';
  if (state === 'pending' || state === 'saving') text = t('common.saving');
  else if (state === 'saved') text = t('common.saved');
  else if (state === 'error')
    text = failure ? t('common.saveFailed', { message: failure }) : t('meetings.saveErrors');
  return <StatusLine {...(testId ? { testId } : {})}>{text}</StatusLine>;
}
