/**
 * The state of a document export the user is waiting for: progress, a Cancel, and the outcome in words.
 * Shared by every document button (the Import & export page, the meeting page).
 *
 * Cancel takes effect between steps: while data loads, before printing starts, and between the files of
 * a batch. A print already handed to the printer cannot be called back (main's printToPDF, the browser's
 * print dialog), so when Cancel comes during one, the job still ends as cancelled and says plainly what
 * that print left behind; it never reports "Saved" for a job the user cancelled.
 */
import type { TFunction } from 'i18next';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrintOutcome } from '../platform/Platform';

/** What a batch into a folder did: the names asked for, the paths main really wrote, and how it ended. */
export interface BatchOutcome {
  status: 'many';
  folder: string;
  total: number;
  written: Array<{ asked: string; path: string }>;
  /** Why the batch stopped early, when a file failed. */
  error?: string;
}

export type DocumentOutcome = PrintOutcome | BatchOutcome | null;

export type DocumentJob =
  | { state: 'idle' }
  | { state: 'running'; phase: 'preparing' | 'printing'; done: number; total: number; stopping: boolean }
  | { state: 'finished' | 'cancelled' | 'failed'; message: string };

export interface JobControls {
  signal: AbortSignal;
  /** Data is being read: `done` of `total` meetings (or rows). */
  progress: (done: number, total: number) => void;
  /** A print is under way (of file `done + 1` of `total` in a batch); Cancel cannot stop it midway. */
  printing: (done?: number, total?: number) => void;
}

function fileNameOf(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

function describeBatch(t: TFunction, outcome: BatchOutcome, cancelled: boolean): DocumentJob {
  const { folder, total, written } = outcome;
  const count = written.length;
  const renamed = written.filter((file) => fileNameOf(file.path) !== file.asked);
  const note = renamed[0]
    ? ` ${t('exports.renamed', { count: renamed.length, example: fileNameOf(renamed[0].path) })}`
    : '';
  if (outcome.error !== undefined)
    return {
      state: 'failed',
      message: t('exports.failedMany', { count, total, folder, message: outcome.error }) + note,
    };
  if (cancelled)
    return count === 0
      ? { state: 'cancelled', message: t('exports.cancelledNothing') }
      : { state: 'cancelled', message: t('exports.cancelledMany', { count, total, folder }) + note };
  return { state: 'finished', message: t('exports.savedMany', { count, folder }) + note };
}

/** The outcome in words; `cancelled` when Cancel was pressed at any time during the job. */
export function describeOutcome(t: TFunction, outcome: DocumentOutcome, cancelled: boolean): DocumentJob {
  if (!outcome || outcome.status === 'canceled')
    return cancelled ? { state: 'cancelled', message: t('exports.cancelledNothing') } : { state: 'idle' };
  if (outcome.status === 'many') return describeBatch(t, outcome, cancelled);
  if (outcome.status === 'saved')
    return cancelled
      ? { state: 'cancelled', message: t('exports.cancelledAfterSave', { location: outcome.location }) }
      : { state: 'finished', message: t('exports.saved', { location: outcome.location }) };
  return cancelled
    ? { state: 'cancelled', message: t('exports.cancelledAfterPrint') }
    : { state: 'finished', message: t('exports.printed') };
}

export function useDocumentJob() {
  const { t } = useTranslation();
  const [job, setJob] = useState<DocumentJob>({ state: 'idle' });
  const controller = useRef<AbortController | null>(null);
  // Leaving the page stops a batch between files rather than letting it write on where no one sees it.
  useEffect(() => () => controller.current?.abort(), []);

  const run = useCallback(
    async (work: (controls: JobControls) => Promise<DocumentOutcome>) => {
      const abort = new AbortController();
      controller.current = abort;
      const show = (phase: 'preparing' | 'printing', done = 0, total = 0) =>
        setJob({ state: 'running', phase, done, total, stopping: abort.signal.aborted });
      show('preparing');
      let next: DocumentJob;
      try {
        const outcome = await work({
          signal: abort.signal,
          progress: (done, total) => show('preparing', done, total),
          printing: (done, total) => show('printing', done, total),
        });
        next = describeOutcome(t, outcome, abort.signal.aborted);
      } catch (error) {
        next = abort.signal.aborted
          ? { state: 'cancelled', message: t('exports.cancelledNothing') }
          : {
              state: 'failed',
              message: t('exports.failed', {
                message: error instanceof Error ? error.message : String(error),
              }),
            };
      }
      if (controller.current === abort) controller.current = null;
      setJob(next);
    },
    [t],
  );

  const cancel = useCallback(() => {
    controller.current?.abort();
    setJob((current) => (current.state === 'running' ? { ...current, stopping: true } : current));
  }, []);
  return { job, run, cancel, busy: job.state === 'running' };
}
