/**
 * What every search engine the benchmark compares offers, so they can be measured on the same
 * tokenizer, corpus and queries. Documents are numbered; the caller maps numbers to records.
 */
import type { QueryTerm } from '../../../../shared/search/tokenize';

export interface IndexedDocument {
  docNo: number;
  /** Tokens of the name or title: matches here rank first. */
  nameTokens: string[];
  /** Tokens of everything else searchable (minutes, notes, outcomes, scope…). */
  bodyTokens: string[];
}

export interface SearchEngine {
  readonly name: string;
  add(docs: readonly IndexedDocument[]): Promise<void>;
  remove(docNos: readonly number[]): Promise<void>;
  /** Documents matching every term, best first. */
  search(terms: readonly QueryTerm[], limit: number): Promise<number[]>;
}

/** Prefixes shorter than this expand to at most this many terms; see termsWithPrefix. */
export const MAX_PREFIX_EXPANSION = 300;
