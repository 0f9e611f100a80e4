/**
 * The state of a document export the user is waiting for: progress, a Cancel that takes effect between
 * steps, and the outcome in words. Shared by every document button on the Import & export page.
 */
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrintOutcome } from '../platform/Platform';

export type JobState =
  | { state: 'idle' }
  | { state: 'running'; done: number; total: number }
  | { state: 'finished'; message: string }
  | { state: 'failed'; message: string };

export interface JobControls {
  signal: AbortSignal;
  progress: (done: number, total: number) => void;
}

export function useDocumentJob() {
  const { t } = useTranslation();
  const [job, setJob] = useState<JobState>({ state: 'idle' });
  const controller = useRef<AbortController | null>(null);

  const run = useCallback(
    async (
      work: (
        controls: JobControls,
      ) => Promise<PrintOutcome | { status: 'many'; count: number; folder: string } | null>,
    ) => {
      const abort = new AbortController();
      controller.current = abort;
      setJob({ state: 'running', done: 0, total: 0 });
      try {
        const outcome = await work({
          signal: abort.signal,
          progress: (done, total) => setJob({ state: 'running', done, total }),
        });
        if (!outcome || outcome.status === 'canceled') setJob({ state: 'idle' });
        else if (outcome.status === 'saved')
          setJob({ state: 'finished', message: t('exports.saved', { location: outcome.location }) });
        else if (outcome.status === 'printed') setJob({ state: 'finished', message: t('exports.printed') });
        else
          setJob({
            state: 'finished',
            message: t('exports.savedMany', { count: outcome.count, folder: outcome.folder }),
          });
      } catch (error) {
        if (abort.signal.aborted) setJob({ state: 'finished', message: t('exports.canceled') });
        else
          setJob({
            state: 'failed',
            message: t('exports.failed', { message: error instanceof Error ? error.message : String(error) }),
          });
      } finally {
        controller.current = null;
      }
    },
    [t],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  return { job, run, cancel, busy: job.state === 'running' };
}
