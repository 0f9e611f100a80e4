/** Binary search over a sorted list of terms, to expand a prefix into the terms that start with it. */
export function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Terms starting with `prefix`, at most `limit` of them (a one-letter prefix could match thousands). */
export function termsWithPrefix(sorted: readonly string[], prefix: string, limit: number): string[] {
  const out: string[] = [];
  for (let i = lowerBound(sorted, prefix); i < sorted.length && out.length < limit; i++) {
    const term = sorted[i]!;
    if (!term.startsWith(prefix)) break;
    out.push(term);
  }
  return out;
}
