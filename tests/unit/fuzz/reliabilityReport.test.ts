/**
 * docs/reliability.md is written from the tests' results (scripts/writeReliabilityReport.ts). This checks
 * that it is not stale: its "Hostile input" rows are exactly the fuzz and seeded tests in this folder,
 * every property ran at least 1,000 times, and every result, in every section, is a pass.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentedRows, REPORT_PROMISE } from '../../../scripts/writeReliabilityReport';

const HOW =
  'run FUZZ_RUNS=1000 npx vitest run --project unit tests/unit/fuzz, then npx tsx scripts/writeReliabilityReport.ts';
const doc = readFileSync(new URL('../../../docs/reliability.md', import.meta.url), 'utf8');

/** The names given to fuzz(…) and corpus(…) in this folder's test files: the rows the report must have. */
function testedNames(): string[] {
  const dir = new URL('./', import.meta.url);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.test.ts'))
    .flatMap((name) => {
      const source = readFileSync(new URL(name, dir), 'utf8');
      return [...source.matchAll(/\b(?:fuzz|corpus)\(\s*(['"])((?:\\.|(?!\1).)*)\1/gs)].map((m) =>
        m[2]!.replace(/\\(.)/g, '$1'),
      );
    });
}

describe('docs/reliability.md', () => {
  it('says its figures come from the tests', () => {
    expect(doc).toContain(REPORT_PROMISE);
  });

  it(`lists exactly the fuzz and seeded tests of tests/unit/fuzz (${HOW})`, () => {
    const names = testedNames();
    expect(names.length).toBeGreaterThan(40);
    expect(
      documentedRows(doc, 'Hostile input')
        .map((r) => r.name)
        .sort(),
    ).toEqual(names.sort());
  });

  it('reports every property with at least 1,000 runs and every result as a pass', () => {
    const rows = documentedRows(doc, 'Hostile input');
    for (const row of rows) {
      expect(row.outcome, row.name).toBe('passed');
      if (row.kind === 'fuzz') expect(row.runs, row.name).toBeGreaterThanOrEqual(1000);
      else expect(row.runs, row.name).toBe(1);
    }
  });

  it('reports every result of its other sections (restore, crashes, leaks, tampering…) as a pass', () => {
    const areas = [...doc.matchAll(/^## (.+)$/gm)].map((m) => m[1]!).filter((a) => a !== 'Hostile input');
    const rows = areas.flatMap((area) => documentedRows(doc, area).map((row) => ({ area, ...row })));
    expect(new Set(rows.map((r) => r.area))).toEqual(
      new Set([
        'Backups and restore',
        'Crash and disk faults',
        'Nothing leaked',
        'Tampering',
        'Electron hardening',
      ]),
    );
    for (const row of rows) expect(row.outcome, `${row.area}: ${row.name}`).toBe('passed');
  });
});
