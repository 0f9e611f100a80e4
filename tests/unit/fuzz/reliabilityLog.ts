/**
 * Records what each fuzz and corpus test tried, so docs/reliability.md is written from results rather than
 * typed by hand. `fuzz` runs a fast-check property FUZZ_RUNS times (1,000 unless set); `corpus` runs one
 * seeded example; `fault` (a tampered file, a flipped bit) and `check` (a search for a leak) record how
 * many times they tried and what they measured, counted by the test itself. Each test file writes its
 * results to `test-results-reliability/<file>.json` when it ends; scripts/writeReliabilityReport.ts
 * renders them. The names given here are the rows of the report; in tests/unit/fuzz they must be string
 * literals (reliabilityReport.test.ts reads them from the sources).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, it } from 'vitest';
import type { ReportRow } from '../../../scripts/writeReliabilityReport';

export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const RESULTS_DIR = new URL('../../../test-results-reliability/', import.meta.url);

/** One row of docs/reliability.md as a test file records it (the report adds the file's path). */
export type ReliabilityResult = Omit<ReportRow, 'file'>;

/**
 * What a fault or check fills in as it goes, so a failure still reports what was tried before it: `runs`
 * (how many tampered inputs, say; 1 if the test leaves it unset) and the figures it measured.
 */
export interface Figures {
  runs?: number;
  details: Record<string, string | number>;
}

export interface ReliabilityFile {
  file: string;
  results: ReliabilityResult[];
}

/** A timeout for a test of `runs` runs at `msPerRun` each, generous for a loaded two-core machine. */
export function fuzzTimeout(msPerRun: number, runs = FUZZ_RUNS): number {
  return 20_000 + runs * msPerRun;
}

export function reliabilityLog(fileUrl: string, area: string, target: string) {
  const results: ReliabilityResult[] = [];
  const file = fileURLToPath(fileUrl);
  afterAll(() => {
    mkdirSync(RESULTS_DIR, { recursive: true });
    const name = basename(file).replace(/\.test\.ts$/, '.json');
    // Named from the repository's root: tests outside this folder (the restore drill) log here too.
    const out: ReliabilityFile = { file: relative(ROOT, file).split(sep).join('/'), results };
    writeFileSync(new URL(name, RESULTS_DIR), `${JSON.stringify(out, null, 2)}\n`);
  });

  const record = (
    kind: ReliabilityResult['kind'],
    name: string,
    runs: number,
    ok: boolean,
    ms: number,
    details?: Figures['details'],
  ) =>
    results.push({
      area,
      target,
      kind,
      name,
      runs,
      outcome: ok ? 'passed' : 'failed',
      ms: Math.round(ms),
      ...(details && Object.keys(details).length > 0 ? { details } : {}),
    });

  const measured =
    (kind: 'fault' | 'check') =>
    (name: string, run: (figures: Figures) => unknown, timeout = 60_000) => {
      it(
        name,
        async () => {
          const figures: Figures = { details: {} };
          const start = performance.now();
          let ok = false;
          try {
            await run(figures);
            ok = true;
          } finally {
            record(kind, name, figures.runs ?? 1, ok, performance.now() - start, figures.details);
          }
        },
        timeout,
      );
    };

  return {
    /** A property checked FUZZ_RUNS times (or `runs`); `msPerRun` sizes the timeout. */
    fuzz<Ts>(
      name: string,
      property: () => fc.IRawProperty<Ts>,
      options: { msPerRun?: number; runs?: number } = {},
    ) {
      const runs = options.runs ?? FUZZ_RUNS;
      it(
        name,
        async () => {
          const start = performance.now();
          const details = await fc.check(property() as fc.IRawProperty<Ts, true>, { numRuns: runs });
          record('fuzz', name, details.numRuns, !details.failed, performance.now() - start);
          if (details.failed) {
            const cause = details.errorInstance;
            const why = cause instanceof Error ? cause.message : String(cause);
            throw new Error(`${fc.defaultReportMessage(details)}\n\n${why}`, { cause });
          }
        },
        fuzzTimeout(options.msPerRun ?? 10, runs),
      );
    },
    /** One seeded example. */
    corpus(name: string, run: () => unknown, timeout = 60_000) {
      it(
        name,
        async () => {
          const start = performance.now();
          try {
            await run();
          } catch (error) {
            record('corpus', name, 1, false, performance.now() - start);
            throw error;
          }
          record('corpus', name, 1, true, performance.now() - start);
        },
        timeout,
      );
    },
    /** Tampering or another injected fault; `run` counts in `figures.runs` each altered input it tried. */
    fault: measured('fault'),
    /** A search for something that must not be there (a marker, a request); `run` records what it searched. */
    check: measured('check'),
  };
}

/** The error `run` throws; fails if it returns or throws anything but an instance of `type`. */
export async function refusal<E extends Error>(
  type: abstract new (...args: never[]) => E,
  run: () => unknown,
): Promise<E> {
  let returned: unknown;
  try {
    returned = await run();
  } catch (error) {
    if (error instanceof type) return error;
    throw new Error(`expected a ${type.name}, got ${String(error)}`, { cause: error });
  }
  throw new Error(`expected a refusal, got ${String(returned).slice(0, 200)}`);
}

function memoryInUse(): number {
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}

/**
 * How much more memory (JavaScript heap and array buffers) is in use after `run` than before, sampled
 * while it awaits too. Garbage is counted as well, so bounds must be generous; they catch an allocation
 * of the size an input claims, not a few megabytes.
 */
export async function memoryGrowth(run: () => Promise<unknown> | unknown): Promise<number> {
  (globalThis as { gc?: () => void }).gc?.();
  const before = memoryInUse();
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, memoryInUse())), 2);
  try {
    await run();
  } finally {
    clearInterval(timer);
  }
  return Math.max(peak, memoryInUse()) - before;
}

export const MiB = 1024 * 1024;
