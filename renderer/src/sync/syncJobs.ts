/**
 * The one sync job the Sync page runs at a time, with its progress, its outcome and the question it may
 * stop to ask. Kept in a store per SyncClient rather than in the page, so leaving the page while a sync
 * runs and coming back shows the same job, and a second job cannot start beside it.
 *
 * Outcomes are kept as data (reports, codes) and put into words when shown, so they follow the language.
 *
 * Turning encryption at rest on or off goes through the same store (`withoutSync`), so the two never
 * overlap: a job's worker connection learns the archive's encryption state when the job starts, and one
 * running beside the rewrite of every record could seal rows the rewrite had already passed, or leave
 * clear ones behind it (SyncRunningError; docs/encryption-at-rest.md, "Sync while turning it on or
 * off").
 */
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { SyncTargetError, type SyncTargetErrorCode } from '../../../shared/sync/SyncTransport';
import { useServices } from '../app/AppServices';
import type { MigrationDirection } from '../db/migrationMarker';
import { EncryptionRequiredError, type EncryptionRequiredReason } from './EncryptionRequiredError';
import type { BundleImportReport } from './SyncBundles';
import type { SyncClient } from './SyncClient';
import type { SyncProgress, SyncReport } from './SyncEngine';
import { SyncQuestion } from './SyncQuestion';
import { SyncRunningError } from './SyncRunningError';
import type { SyncJobRequest, SyncJobResult } from './syncProtocol';

export type RunnableJob = Exclude<SyncJobRequest, { type: 'status' }>;

export type SyncOutcome =
  | { kind: 'synced'; target: string; report: SyncReport }
  | { kind: 'imported'; report: BundleImportReport }
  | { kind: 'exported'; name: string; records: number }
  | { kind: 'not-saved' }
  | { kind: 'cancelled'; job: RunnableJob['type'] }
  | { kind: 'declined' }
  | { kind: 'failed'; job: RunnableJob['type']; code: SyncTargetErrorCode | null; message: string }
  /** Encryption at rest is on and the target or bundle would not be encrypted; nothing was written. */
  | { kind: 'encryption-required'; reason: EncryptionRequiredReason; target: string | null }
  /** Not started: encryption at rest was being turned on or off. */
  | { kind: 'encryption-changing'; direction: MigrationDirection };

export interface RunningJob {
  type: RunnableJob['type'];
  progress: SyncProgress | null;
  /** The job's result is in and is being saved (an exported bundle): it can no longer be cancelled. */
  saving: boolean;
  cancel(): void;
}

export interface PendingQuestion {
  question: SyncQuestion;
  /** The target's label, or null for a bundle file. */
  target: string | null;
  goAhead(): void;
  decline(): void;
}

export interface JobOptions {
  /** The target's label for messages and questions; null for a bundle file. */
  target: string | null;
  /** Turns the job's result into its outcome (saving an exported bundle first, for instance). */
  finish(result: SyncJobResult, jobId: number): Promise<SyncOutcome>;
  /** Told every outcome of this job, including that of a re-run after a question. */
  onSettled?(outcome: SyncOutcome): void;
}

export interface SyncJobsState {
  running: RunningJob | null;
  outcome: SyncOutcome | null;
  question: PendingQuestion | null;
  /** Grows after every job, so status readers know to read again. */
  finished: number;
  /** Which way encryption at rest is being turned while `withoutSync` runs; no job starts meanwhile. */
  encryptionChange: MigrationDirection | null;
  run(job: RunnableJob, options: JobOptions): Promise<void>;
  /**
   * Runs `work`, turning encryption at rest on or off, with no job beside it: refused with
   * SyncRunningError, before `work` starts, while a job runs or waits on its question; and no job starts
   * until `work` settles.
   */
  withoutSync<T>(direction: MigrationDirection, work: () => Promise<T>): Promise<T>;
  /** Shows the outcome of something that failed before a job could start (a file too large to read). */
  report(outcome: SyncOutcome): void;
}

const stores = new WeakMap<SyncClient, StoreApi<SyncJobsState>>();

export function syncJobsFor(client: SyncClient): StoreApi<SyncJobsState> {
  let store = stores.get(client);
  if (!store) {
    store = createSyncJobs(client);
    stores.set(client, store);
  }
  return store;
}

export function useSyncJobs<T>(selector: (state: SyncJobsState) => T): T {
  return useStore(syncJobsFor(useServices().sync), selector);
}

function createSyncJobs(client: SyncClient): StoreApi<SyncJobsState> {
  return createStore<SyncJobsState>()((set, get) => {
    const settle = (outcome: SyncOutcome, options: JobOptions) => {
      set((state) => ({ running: null, outcome, finished: state.finished + 1 }));
      options.onSettled?.(outcome);
    };

    const run = async (request: RunnableJob, options: JobOptions): Promise<void> => {
      if (get().running) return;
      const changing = get().encryptionChange;
      if (changing) {
        settle({ kind: 'encryption-changing', direction: changing }, options);
        return;
      }
      const job = client.start(request, (progress) =>
        set((state) => (state.running ? { running: { ...state.running, progress } } : {})),
      );
      set({
        running: { type: request.type, progress: null, saving: false, cancel: job.cancel },
        outcome: null,
        question: null,
      });
      let result: SyncJobResult;
      try {
        result = await job.result;
      } catch (error) {
        if (error instanceof SyncQuestion && request.type !== 'export-bundle') {
          const question: PendingQuestion = {
            question: error,
            target: options.target,
            goAhead: () => {
              set({ question: null });
              void run({ ...request, confirmed: [...request.confirmed, error.kind] }, options);
            },
            decline: () => {
              set({ question: null });
              settle({ kind: 'declined' }, options);
            },
          };
          set((state) => ({ running: null, question, finished: state.finished + 1 }));
          return;
        }
        settle(describeFailure(request.type, error, options.target), options);
        return;
      }
      set((state) => (state.running ? { running: { ...state.running, saving: true } } : {}));
      let outcome: SyncOutcome;
      try {
        outcome = await options.finish(result, job.id);
      } catch (error) {
        outcome = describeFailure(request.type, error, options.target);
      }
      settle(outcome, options);
    };

    const report = (outcome: SyncOutcome) => {
      if (!get().running) set({ outcome, question: null });
    };

    const withoutSync = async <T>(direction: MigrationDirection, work: () => Promise<T>): Promise<T> => {
      const { running, question, encryptionChange } = get();
      if (running || question) throw new SyncRunningError(running ? 'running' : 'question', direction);
      // The Security section runs one change at a time; a second would end the first one's hold early.
      if (encryptionChange) throw new Error('Encryption at rest is already being turned on or off.');
      set({ encryptionChange: direction });
      try {
        return await work();
      } finally {
        set({ encryptionChange: null });
      }
    };

    return {
      running: null,
      outcome: null,
      question: null,
      finished: 0,
      encryptionChange: null,
      run,
      report,
      withoutSync,
    };
  });
}

/** Whether a job is running or waiting on its question; either keeps encryption at rest as it is. */
export function syncInProgress(state: SyncJobsState): 'running' | 'question' | null {
  return state.running ? 'running' : state.question ? 'question' : null;
}

function describeFailure(job: RunnableJob['type'], error: unknown, target: string | null): SyncOutcome {
  // A DOMException, which is not an Error everywhere (jsdom's is not).
  if (typeof error === 'object' && error !== null && 'name' in error && error.name === 'AbortError')
    return { kind: 'cancelled', job };
  if (error instanceof SyncTargetError)
    return { kind: 'failed', job, code: error.code, message: error.message };
  if (error instanceof EncryptionRequiredError)
    return { kind: 'encryption-required', reason: error.reason, target };
  return { kind: 'failed', job, code: null, message: error instanceof Error ? error.message : String(error) };
}
