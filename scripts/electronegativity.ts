/**
 * Runs @doyensec/electronegativity through its Node API, offline, and decides whether its findings
 * block. Its CLI always exits 0 and prints a table, so `npm run lint:electron` (lintElectron.ts) uses
 * this instead: any HIGH or MEDIUM finding fails, and so does a file the tool could not parse (a file it
 * could not read was not checked).
 *
 * Offline: the tool fetches translations from S3 on every run and Electron's release list from GitHub.
 * The first is answered here with a refusal before it leaves the process (its English strings are
 * bundled), the second belongs to a check we exclude, with the reason in EXCLUDED_CHECKS.
 */
import { createRequire } from 'node:module';

export type Severity = 'HIGH' | 'MEDIUM' | 'LOW' | 'INFORMATIONAL';

export interface Finding {
  id: string;
  file: string;
  location: { line: number; column: number };
  severity: { name: Severity };
  confidence: { name: string };
  description: string;
  manualReview?: boolean;
}

export interface ScanError {
  file: string;
  message: string;
  tolerable: boolean;
}

export interface ScanResult {
  issues: Finding[];
  errors: ScanError[];
}

/**
 * Checks left out of the scan, each with why. Findings inside the code are suppressed where they occur
 * with an `eng-disable` comment and a reason beside it, never here.
 */
export const EXCLUDED_CHECKS: ReadonlyArray<{ check: string; reason: string }> = [
  {
    check: 'AvailableSecurityFixesGlobalCheck',
    reason:
      "Downloads Electron's release list from GitHub on every run, so it cannot work offline; keeping " +
      'Electron on a patched release is the job of dependency updates, not of this lint.',
  },
];

export const BLOCKING_SEVERITIES: ReadonlySet<Severity> = new Set(['HIGH', 'MEDIUM']);

export interface GateVerdict {
  blocking: Finding[];
  unparsed: ScanError[];
  passed: boolean;
}

export function judgeScan(result: ScanResult): GateVerdict {
  const blocking = result.issues.filter((issue) => BLOCKING_SEVERITIES.has(issue.severity.name));
  const unparsed = result.errors.filter((error) => !error.tolerable);
  return { blocking, unparsed, passed: blocking.length === 0 && unparsed.length === 0 };
}

export function formatFinding(finding: Finding): string {
  const where = `${finding.file}:${finding.location.line}:${finding.location.column}`;
  const review = finding.manualReview ? ' (needs review)' : '';
  return `${finding.severity.name.padEnd(13)} ${finding.id.padEnd(40)} ${where}${review}\n    ${finding.description}`;
}

type Run = (options: Record<string, unknown>) => Promise<ScanResult>;

const require = createRequire(import.meta.url);

/** Makes the tool's HTTP client answer every request with "unavailable" without touching the network. */
function keepOffline(): void {
  const i18nModule = require.resolve('@doyensec/electronegativity/dist/locales/i18n.js');
  const gotPath = createRequire(i18nModule).resolve('got');
  const offline = () => Promise.resolve({ statusCode: 503, body: '' });
  require.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: offline } as never;
}

export async function scan(input: string, electronVersion: string): Promise<ScanResult> {
  keepOffline();
  const run = require('@doyensec/electronegativity') as Run;
  const result = await run({
    input,
    electronVersionOverride: electronVersion,
    excludeFromScan: EXCLUDED_CHECKS.map(({ check }) => check.toLowerCase()),
    isRelative: true,
  });
  return { issues: result.issues, errors: result.errors };
}
