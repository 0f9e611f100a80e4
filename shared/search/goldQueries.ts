/**
 * The gold set of queries for recall: drawn deterministically from the searchable texts themselves, so
 * every query has at least one right answer. It mixes whole words, word prefixes, and — for Khmer, Lao,
 * Thai and Chinese — substrings taken from inside words, which only the bigram tokens can find.
 */
import { createPrng } from '../synthetic/prng';
import { foldText } from './foldText';

export interface GoldSource {
  key: string;
  text: string;
}

export type GoldKind = 'khmer' | 'lao' | 'thai' | 'chinese' | 'latin-prefix' | 'latin-word' | 'arabic';

export interface GoldQuery {
  query: string;
  kind: GoldKind;
  /** The record the query was drawn from (it must be among the matches). */
  from: string;
}

const SCRIPTS: Array<[GoldKind, RegExp]> = [
  ['khmer', /\p{Script=Khmer}+/gu],
  ['lao', /\p{Script=Lao}+/gu],
  ['thai', /\p{Script=Thai}+/gu],
  ['chinese', /\p{Script=Han}+/gu],
  ['arabic', /[\p{Script=Arabic}]{3,}/gu],
];
const CLUSTER = /\P{M}\p{M}*(?:[\u17D2\u1039]\P{M}\p{M}*)*/gu;

/** Up to `perKind` queries of each kind, drawn with a seed. */
export function buildGoldQueries(sources: readonly GoldSource[], perKind: number, seed = 7): GoldQuery[] {
  const prng = createPrng(seed);
  const queries: GoldQuery[] = [];
  const seen = new Set<string>();
  const counts = new Map<GoldKind, number>();
  const push = (kind: GoldKind, query: string, from: string) => {
    if ((counts.get(kind) ?? 0) >= perKind || seen.has(`${kind}:${query}`)) return;
    seen.add(`${kind}:${query}`);
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
    queries.push({ query, kind, from });
  };
  // Walk the sources in a shuffled order, so the set covers the whole corpus.
  const order = sources.map((_, i) => i).sort(() => prng.next() - 0.5);
  for (const i of order) {
    const { key, text } = sources[i]!;
    for (const [kind, pattern] of SCRIPTS) {
      for (const run of text.match(pattern) ?? []) {
        const clusters = run.match(CLUSTER) ?? [];
        if (clusters.length < 3) continue;
        // Unspaced scripts: a substring from inside the run, so it is part of a word. Arabic is written
        // with spaces and matched by prefix, so its queries start at a word's start.
        const length = Math.min(clusters.length - 1, prng.int(2, 4));
        const start = kind === 'arabic' ? 0 : prng.int(1, clusters.length - length);
        push(kind, clusters.slice(start, start + length).join(''), key);
      }
    }
    const words = foldText(text).match(/\b[a-z]{5,}\b/g) ?? [];
    if (words.length > 0) {
      const word = prng.pick(words);
      push('latin-word', word, key);
      push('latin-prefix', word.slice(0, prng.int(3, word.length - 1)), key);
    }
    if (queries.length >= perKind * 7) break;
  }
  return queries;
}
