/**
 * Writes docs/reliability.md's sections from what the tests recorded in test-results-reliability/
 * (tests/unit/fuzz/reliabilityLog.ts, tests/crash/faultResults.ts), so the report's figures come from runs,
 * not from typing. Each area ("Hostile input", "Nothing leaked"…) is one section between its own markers;
 * sections of areas without results are left as they are. Run the tests first (docs/reliability.md says
 * which), then:
 *
 *   npx tsx scripts/writeReliabilityReport.ts
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';

export interface ReportRow {
  area: string;
  target: string;
  /**
   * A fast-check property, a seeded case, an injected fault (a crash, a full disk, a tampered file), or a
   * check that something is absent (a marker in the profile, a request to another origin).
   */
  kind: 'fuzz' | 'corpus' | 'fault' | 'check';
  name: string;
  runs: number;
  outcome: 'passed' | 'failed';
  ms: number;
  file: string;
  /** Faults and checks: the figures of the run (seed, kills, files searched, hits…). */
  details?: Record<string, string | number>;
}

const KIND_LABEL = { fuzz: 'fuzz', corpus: 'seeded', fault: 'fault', check: 'check' } as const;

export const REPORT_TITLE = '# Reliability';
export const REPORT_PROMISE = 'The tests produce its figures; they are not typed by hand.';

const slug = (area: string) => area.toLowerCase().replace(/[^a-z0-9]+/g, '-');
const begin = (area: string) =>
  `<!-- ${slug(area)}:begin (written by scripts/writeReliabilityReport.ts from the tests' results; do not edit) -->`;
const end = (area: string) => `<!-- ${slug(area)}:end -->`;
/** Markdown-escaped, so `__proto__` stays text rather than turning bold. */
const cell = (text: string) => text.replace(/[\\|_*`[\]<>]/g, (c) => `\\${c}`);
const count = (n: number) => n.toLocaleString('en-US');

/** One area's section body: a table per target, in the order of the files that tested it. */
export function renderArea(area: string, rows: readonly ReportRow[]): string {
  const targets = new Map<string, ReportRow[]>();
  for (const row of [...rows].sort((a, b) => a.file.localeCompare(b.file)))
    targets.set(row.target, [...(targets.get(row.target) ?? []), row]);
  const fuzz = rows.filter((r) => r.kind === 'fuzz');
  const failed = rows.filter((r) => r.outcome === 'failed').length;
  const runs = [...new Set(fuzz.map((r) => r.runs))].sort((a, b) => a - b).map(count);
  const faults = rows.filter((r) => r.kind === 'fault');
  const checks = rows.filter((r) => r.kind === 'check');
  const seeded = rows.filter((r) => r.kind === 'corpus').length;
  const parts = [
    fuzz.length > 0 ? `${fuzz.length} fast-check properties (${runs.join(', ')} runs each)` : '',
    seeded > 0 ? `${seeded} seeded cases` : '',
    faults.length > 0
      ? `${faults.length} injected faults (${count(faults.reduce((n, r) => n + r.runs, 0))} runs in all)`
      : '',
    checks.length > 0 ? `${checks.length} ${checks.length === 1 ? 'check' : 'checks'}` : '',
  ].filter(Boolean);
  const lines = [
    begin(area),
    '',
    `${parts.join(' and ')}; ${failed === 0 ? 'all passed' : `${failed} failed`}.`,
  ];
  for (const [target, list] of targets) {
    const files = [...new Set(list.map((r) => `\`${r.file}\``))].join(', ');
    lines.push('', `### ${target}`, '', files, '', '| Fault or attack tried | Kind | Runs | Result | Time |');
    lines.push('| --- | --- | ---: | --- | ---: |');
    for (const r of list)
      lines.push(
        `| ${cell(r.name)} | ${KIND_LABEL[r.kind]} | ${count(r.runs)} | ${r.outcome} | ${(r.ms / 1000).toFixed(1)} s |`,
      );
    const figures = list.filter((r) => r.details && Object.keys(r.details).length > 0);
    for (const r of figures)
      lines.push(
        '',
        `Figures of "${cell(r.name)}": ${Object.entries(r.details!)
          .map(([key, value]) => `${cell(key)} ${typeof value === 'number' ? count(value) : cell(value)}`)
          .join('; ')}.`,
      );
  }
  lines.push('', end(area));
  return lines.join('\n');
}

/** The document with the area's section replaced, or added at the end under its heading. */
export function updateReport(doc: string, area: string, rows: readonly ReportRow[]): string {
  const body = renderArea(area, rows);
  const from = doc.indexOf(begin(area));
  const to = doc.indexOf(end(area));
  if (from >= 0 && to > from) return doc.slice(0, from) + body + doc.slice(to + end(area).length);
  return `${doc.trimEnd()}\n\n## ${area}\n\n${body}\n`;
}

/** The rows of an area's section as written in the document (name, kind, runs, result). */
export function documentedRows(doc: string, area: string) {
  const from = doc.indexOf(begin(area));
  const to = doc.indexOf(end(area));
  if (from < 0 || to < from) return [];
  return doc
    .slice(from, to)
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .map((line) =>
      line
        .split(/(?<!\\)\|/)
        .slice(1, -1)
        .map((c) => c.trim().replace(/\\(.)/g, '$1')),
    )
    .filter(([, kind]) => (Object.values(KIND_LABEL) as string[]).includes(kind!))
    .map(([name, kind, runs, outcome]) => ({
      name: name!,
      kind: kind!,
      runs: Number(runs!.replace(/,/g, '')),
      outcome: outcome!,
    }));
}

export function readResults(dir: URL): ReportRow[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .flatMap((name) => {
      const { file, results } = JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as {
        file: string;
        results: Array<Omit<ReportRow, 'file'>>;
      };
      return results.map((r) => ({ ...r, file }));
    });
}

async function main(): Promise<void> {
  const doc = new URL('../docs/reliability.md', import.meta.url);
  const rows = readResults(new URL('../test-results-reliability/', import.meta.url));
  if (rows.length === 0) throw new Error('No results in test-results-reliability/: run the tests first.');
  let text = existsSync(doc)
    ? readFileSync(doc, 'utf8')
    : `${REPORT_TITLE}\n\nWhat Liaison was put through, how many times, and what happened. ${REPORT_PROMISE}\n`;
  for (const area of new Set(rows.map((r) => r.area)))
    text = updateReport(
      text,
      area,
      rows.filter((r) => r.area === area),
    );
  // Written as prettier would write it, so the format check passes without touching the figures.
  const options = await resolveConfig(fileURLToPath(doc));
  writeFileSync(doc, await format(text, { ...options, parser: 'markdown' }));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
