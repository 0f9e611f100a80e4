/**
 * `npm run lint:electron`: electronegativity over the app's sources (electron/, shared/, renderer/),
 * failing on any HIGH or MEDIUM finding (see electronegativity.ts). Runs offline in a few seconds, with
 * no build.
 *
 * The sources are scanned from a copy, together with a generated page that carries the app's real
 * Content-Security-Policies as meta tags. The app builds its CSP in code (the app:// protocol sends it
 * as a header, the Vite build writes it into index.html), which a static tool cannot evaluate; this way
 * electronegativity checks the very strings the app sends instead of reporting "no CSP".
 *
 * Usage: tsx scripts/lintElectron.ts [folder …]   (folders default to electron shared renderer)
 *
 * A scan of the default folders also records its counts in test-results-reliability/ for
 * docs/reliability.md (scripts/writeReliabilityReport.ts).
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { DOCUMENT_CSP } from '../shared/documents/documentShell';
import { buildContentSecurityPolicy } from '../shared/security/contentSecurityPolicy';
import { writeFaultResults } from '../tests/crash/faultResults';
import { EXCLUDED_CHECKS, formatFinding, judgeScan, scan, type Severity } from './electronegativity';

const root = resolve(import.meta.dirname, '..');
const DEFAULT_FOLDERS = ['electron', 'shared', 'renderer'];

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/** The policies the app really sends, as pages electronegativity's CSP check can read. */
function cspPages(): Record<string, string> {
  const policies = {
    'app-protocol-header.html': buildContentSecurityPolicy({ mode: 'production', delivery: 'header' }),
    'index-meta.html': buildContentSecurityPolicy({ mode: 'production', delivery: 'meta' }),
    'print-document.html': DOCUMENT_CSP,
  };
  return Object.fromEntries(
    Object.entries(policies).map(([name, csp]) => [
      name,
      `<!doctype html><meta http-equiv="Content-Security-Policy" content="${escapeAttribute(csp)}">\n`,
    ]),
  );
}

function stage(folders: readonly string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'liaison-electronegativity-'));
  for (const folder of folders) {
    cpSync(join(root, folder), join(dir, folder), {
      recursive: true,
      filter: (source) => !relative(root, source).split(sep).includes('node_modules'),
    });
  }
  mkdirSync(join(dir, 'csp'));
  for (const [name, page] of Object.entries(cspPages())) writeFileSync(join(dir, 'csp', name), page);
  return dir;
}

async function main(): Promise<number> {
  const folders = process.argv.length > 2 ? process.argv.slice(2) : DEFAULT_FOLDERS;
  const electronVersion = (
    JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')) as { version: string }
  ).version;
  const dir = stage(folders);
  const started = performance.now();
  try {
    const result = await scan(dir, electronVersion);
    const verdict = judgeScan(result);
    // The scan of the whole app (not of folders picked by hand) is what docs/reliability.md reports.
    if (folders.join() === DEFAULT_FOLDERS.join()) {
      const found = (severity: Severity) => result.issues.filter((i) => i.severity.name === severity).length;
      writeFaultResults('electronegativity', 'scripts/lintElectron.ts', [
        {
          area: 'Electron hardening',
          target: 'electronegativity over electron/, shared/ and renderer/',
          kind: 'check',
          name: 'no HIGH or MEDIUM finding, and every file parsed',
          runs: 1,
          outcome: verdict.passed ? 'passed' : 'failed',
          ms: Math.round(performance.now() - started),
          details: {
            electron: electronVersion,
            HIGH: found('HIGH'),
            MEDIUM: found('MEDIUM'),
            LOW: found('LOW'),
            INFORMATIONAL: found('INFORMATIONAL'),
            filesNotParsed: verdict.unparsed.length,
            checksExcluded: EXCLUDED_CHECKS.length,
          },
        },
      ]);
    }
    const out = process.stdout;
    out.write(`electronegativity on ${folders.join(', ')} (Electron ${electronVersion})\n`);
    for (const { check, reason } of EXCLUDED_CHECKS) out.write(`  excluded ${check}: ${reason}\n`);
    for (const finding of result.issues) out.write(`${formatFinding(finding)}\n`);
    for (const error of verdict.unparsed) out.write(`UNPARSED ${error.file}: ${error.message}\n`);
    out.write(
      `${result.issues.length} finding(s), ${verdict.blocking.length} HIGH or MEDIUM, ` +
        `${verdict.unparsed.length} file(s) not parsed: ${verdict.passed ? 'passed' : 'FAILED'}\n`,
    );
    return verdict.passed ? 0 : 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

process.exitCode = await main();
