/**
 * The options every document is printed with: the user's choices (language, signature blocks, redacted)
 * plus what comes from settings and the host (letterhead, print assets, time of printing), so that the
 * Import & export page and the meeting page print the same minutes the same way.
 */
import { useCallback } from 'react';
import type { DocumentOptions } from '../../../shared/documents/documentModel';
import { useServices, useSettings } from '../app/AppServices';

export type DocumentChoices = Pick<DocumentOptions, 'language' | 'signatureBlocks' | 'redacted'>;

export function useDocumentOptions(): (choices: DocumentChoices) => DocumentOptions {
  const { platform, now } = useServices();
  const letterheadName = useSettings((s) => s.letterheadName);
  const letterheadLogo = useSettings((s) => s.letterheadLogo);
  return useCallback(
    (choices) => ({
      ...choices,
      letterhead: { name: letterheadName, logoDataUrl: letterheadLogo || null },
      generatedAt: now(),
      assetsBase: platform.printAssetsBase(),
    }),
    [platform, now, letterheadName, letterheadLogo],
  );
}
