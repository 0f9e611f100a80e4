/** Medians, percentiles and the printed table of the benchmark. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

export const median = (samples: readonly number[]) => percentile(samples, 50);

export interface ResultRow {
  case: string;
  metric: string;
  unit: string;
  median: number;
  p95: number;
  /** The same measurement of the baseline, taken in the same run. */
  baseline: number | null;
  baselineName: string | null;
  /** median / baseline median. */
  ratio: number | null;
  goal: string;
  pass: boolean | null;
  note?: string;
}

function fmt(value: number | null): string {
  if (value === null || Number.isNaN(value)) return '–';
  if (Math.abs(value) >= 1000) return value.toFixed(0);
  if (Math.abs(value) >= 100) return value.toFixed(1);
  return value.toFixed(2);
}

export function printTable(rows: readonly ResultRow[]): string {
  const header = ['case', 'metric', 'median', 'p95', 'unit', 'baseline', 'ratio', 'goal', 'result'];
  const lines = rows.map((r) => [
    r.case,
    r.metric,
    fmt(r.median),
    fmt(r.p95),
    r.unit,
    r.baseline === null ? '–' : `${fmt(r.baseline)} (${r.baselineName})`,
    r.ratio === null ? '–' : `${fmt(r.ratio)}×`,
    r.goal,
    r.pass === null ? 'info' : r.pass ? 'PASS' : 'MISS',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const row = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  return [row(header), row(widths.map((w) => '-'.repeat(w))), ...lines.map(row)].join('\n');
}
