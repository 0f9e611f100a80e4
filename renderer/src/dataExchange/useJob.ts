/**
 * One long task of a section (an export, a check, an import) with its progress and a Cancel: the task
 * gets an AbortSignal and a progress callback, and yields to the UI between steps so the page stays
 * responsive and the Cancel button can be pressed.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

export type JobState =
  | { state: 'idle' }
  | { state: 'running'; label: string; done: number; total: number }
  | { state: 'done'; message: string }
  | { state: 'failed'; message: string; details?: readonly string[] }
  | { state: 'cancelled'; message: string };

export interface JobContext {
  signal: AbortSignal;
  /** Reports progress and lets the browser paint; throws a CancelledError once Cancel was pressed. */
  step(done: number, total: number): Promise<void>;
  /** Reports progress only: for work inside a database transaction, which must not wait on timers. */
  report(done: number, total: number): void;
}

export class CancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'CancelledError';
  }
}

export function yieldToUi(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export function useJob() {
  const [job, setJob] = useState<JobState>({ state: 'idle' });
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  const run = useCallback(
    async (
      label: string,
      task: (ctx: JobContext) => Promise<JobState>,
      describeError: (error: unknown) => JobState,
      cancelledMessage: string,
    ) => {
      controller.current?.abort();
      const own = new AbortController();
      controller.current = own;
      setJob({ state: 'running', label, done: 0, total: 0 });
      const ctx: JobContext = {
        signal: own.signal,
        async step(done, total) {
          if (own.signal.aborted) throw new CancelledError();
          setJob({ state: 'running', label, done, total });
          await yieldToUi();
          if (own.signal.aborted) throw new CancelledError();
        },
        report(done, total) {
          if (!own.signal.aborted) setJob({ state: 'running', label, done, total });
        },
      };
      let next: JobState;
      try {
        next = await task(ctx);
      } catch (error) {
        next = own.signal.aborted ? { state: 'cancelled', message: cancelledMessage } : describeError(error);
      }
      if (controller.current === own) {
        controller.current = null;
        setJob(next);
      }
      return next;
    },
    [],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  const reset = useCallback(() => setJob({ state: 'idle' }), []);
  return { job, run, cancel, reset, running: job.state === 'running' };
}
