/** The save state of an autosaved editor ("Saving…", "Saved", or what went wrong), announced politely. */
import { useTranslation } from 'react-i18next';
import { StatusLine } from './StatusLine';
import type { SaveState } from './useAutosavedDraft';

interface AutosaveStatusProps {
  state: SaveState;
  failure: string | null;
  /**
   * What to say when validation refused some fields (their reasons show beside them) while the others
   * saved. Without it: "Not saved: This value is not valid."
   */
  invalidText?: string;
  testId?: string;
}

export function AutosaveStatus({ state, failure, invalidText, testId }: AutosaveStatusProps) {
  const { t } = useTranslation();
  let text = '';
  if (state === 'pending' || state === 'saving') text = t('common.saving');
  else if (state === 'saved') text = t('common.saved');
  else if (state === 'error' && failure) text = t('common.saveFailed', { message: failure });
  else if (state === 'error')
    text = invalidText ?? t('common.saveFailed', { message: t('validation.invalid') });
  return <StatusLine {...(testId ? { testId } : {})}>{text}</StatusLine>;
}
