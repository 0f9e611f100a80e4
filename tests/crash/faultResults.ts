/**
 * Writes the figures of the browser tests (crash injection, full disk, the encryption-at-rest canary, no
 * network) and of the electronegativity lint to test-results-reliability/<name>.json, in the shape the
 * fuzz tests use (tests/unit/fuzz/reliabilityLog.ts) plus a `details` object, for
 * scripts/writeReliabilityReport.ts to turn into docs/reliability.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { ReportRow } from '../../scripts/writeReliabilityReport';

const RESULTS_DIR = new URL('../../test-results-reliability/', import.meta.url);

export interface LaneFigures {
  seed: number;
  runs: number;
  kills: number;
  /** Records whose save the UI confirmed (meetings and minutes edits), all found after every kill. */
  confirmed: number;
  /** Time from spawning Chromium to the app being ready, summed over the lane's runs. */
  launchMs: number;
  /** Time to read every confirmed record back with raw IndexedDB, summed. */
  verifyMs: number;
}

export interface CrashFigures {
  runs: number;
  seed: number;
  seconds: number;
  lanes: LaneFigures[];
}

/** A row of docs/reliability.md from an e2e or crash test: an injected fault, or a check for a leak. */
export type FaultResult = Omit<ReportRow, 'file' | 'kind' | 'details'> & {
  kind: 'fault' | 'check';
  details: Record<string, string | number>;
};

export function writeFaultResults(name: string, file: string, results: FaultResult[]): void {
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(new URL(`${name}.json`, RESULTS_DIR), `${JSON.stringify({ file, results }, null, 2)}\n`);
}

export function writeCrashResults(figures: CrashFigures): void {
  const sum = (pick: (lane: LaneFigures) => number) => figures.lanes.reduce((n, lane) => n + pick(lane), 0);
  writeFaultResults('crashInjection', 'tests/crash/crashInjection.spec.ts', [
    {
      area: 'Crash and disk faults',
      target: 'SIGKILL of Chromium during saves through the UI',
      kind: 'fault',
      name: 'every save the UI confirmed survives SIGKILL at a random moment, and the archive always opens',
      runs: figures.runs,
      outcome: 'passed',
      ms: Math.round(figures.seconds * 1000),
      details: {
        seed: figures.seed,
        lanes: figures.lanes.length,
        kills: sum((lane) => lane.kills),
        confirmedRecords: sum((lane) => lane.confirmed),
        secondsPerRun: Number((figures.seconds / figures.runs).toFixed(2)),
        launchToReadyMsAverage: Math.round(sum((lane) => lane.launchMs) / figures.runs),
        verifyMsAverage: Math.round(sum((lane) => lane.verifyMs) / figures.runs),
      },
    },
  ]);
}
