/**
 * Turns query terms into alternatives of exact tokens, for engines that only look tokens up exactly:
 * each term becomes the list of tokens any one of which satisfies it (grams: all must be present, so a
 * grams term becomes one group per gram).
 */
import { termsWithPrefix } from '../../shared/search/sortedTerms';
import type { QueryTerm } from '../../shared/search/tokenize';
import { MAX_PREFIX_EXPANSION } from '../../renderer/src/search/engines/SearchEngine';

/** Groups of tokens: a document matches when, for every group, it holds at least one of its tokens. */
export function expandTerms(terms: readonly QueryTerm[], sortedVocabulary: readonly string[]): string[][] {
  const groups: string[][] = [];
  for (const term of terms) {
    if (term.kind === 'prefix')
      groups.push(termsWithPrefix(sortedVocabulary, term.prefix, MAX_PREFIX_EXPANSION));
    else for (const gram of term.grams) groups.push([gram]);
  }
  return groups;
}

export function intersectSorted(sets: Array<Set<number>>): number[] {
  if (sets.length === 0) return [];
  const [smallest, ...rest] = [...sets].sort((a, b) => a.size - b.size);
  return [...smallest!].filter((doc) => rest.every((set) => set.has(doc)));
}
