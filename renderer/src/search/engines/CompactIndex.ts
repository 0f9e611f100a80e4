/**
 * An in-memory inverted index kept small on purpose: each token maps to a sorted Uint32Array of
 * document numbers (4 bytes a posting), plus a short array of numbers added since the last compaction.
 * Removed documents are only marked until the next compaction, and an updated record gets a new number,
 * so a number is never reused. Name tokens are stored with a marker so name matches can rank first.
 *
 * Query terms combine with AND; a prefix term is the OR of the tokens it expands to. Work is done on
 * bitmaps sized to the number of documents, which keeps a query to a pass over the postings it touches.
 */
import { termsWithPrefix } from '../../../../shared/search/sortedTerms';
import type { QueryTerm } from '../../../../shared/search/tokenize';
import { MAX_PREFIX_EXPANSION, type IndexedDocument, type SearchEngine } from './SearchEngine';

const NAME = '\u0001';

interface Postings {
  base: Uint32Array;
  added: number[];
}

export interface CompactIndexData {
  version: 1;
  terms: string[];
  /** Postings of all terms, one after another; `offsets[i]` is where term i starts. */
  offsets: Uint32Array;
  postings: Uint32Array;
  nextDocNo: number;
}

const EMPTY = new Uint32Array(0);

export interface DocumentScope {
  accept?: (docNo: number) => boolean;
  namesOnly?: boolean;
}

export class CompactIndex implements SearchEngine {
  readonly name = 'compact';
  private terms = new Map<string, Postings>();
  private deleted = new Set<number>();
  private sorted: string[] | null = null;
  private maxDocNo = 0;

  add(docs: readonly IndexedDocument[]): Promise<void> {
    for (const doc of docs) {
      this.maxDocNo = Math.max(this.maxDocNo, doc.docNo + 1);
      for (const token of doc.nameTokens) this.post(NAME + token, doc.docNo);
      for (const token of doc.bodyTokens) this.post(token, doc.docNo);
    }
    return Promise.resolve();
  }

  remove(docNos: readonly number[]): Promise<void> {
    for (const docNo of docNos) this.deleted.add(docNo);
    return Promise.resolve();
  }

  /** Number of documents held (removed ones excluded). */
  get size(): number {
    return this.countLive();
  }

  /**
   * The best `limit` documents matching every term. `scope` narrows them before the limit applies:
   * `accept` to some documents (one table's), `namesOnly` to those matching every term in the name.
   */
  search(terms: readonly QueryTerm[], limit: number, scope: DocumentScope = {}): Promise<number[]> {
    if (terms.length === 0) return Promise.resolve([]);
    const size = this.maxDocNo;
    const hits = new Uint8Array(size);
    const nameHits = new Uint8Array(size);
    const mark = new Uint8Array(size);
    terms.forEach((term, index) => {
      mark.fill(0);
      const nameMark = new Uint8Array(size);
      if (term.kind === 'prefix') {
        // A single letter would expand to most of the vocabulary: match it against names only.
        const spaces = term.prefix.length > 1 ? [NAME, ''] : [NAME];
        for (const space of spaces) {
          for (const token of termsWithPrefix(
            this.sortedTerms(),
            space + term.prefix,
            MAX_PREFIX_EXPANSION,
          )) {
            this.each(token, (doc) => {
              mark[doc] = 1;
              if (space === NAME) nameMark[doc] = 1;
            });
          }
        }
      } else {
        // Every bigram must be present, in the name or the body.
        const counts = new Uint8Array(size);
        for (const gram of term.grams) {
          const seen = new Uint8Array(size);
          this.each(NAME + gram, (doc) => {
            seen[doc] = 1;
            nameMark[doc] = 1;
          });
          this.each(gram, (doc) => (seen[doc] = 1));
          for (let doc = 0; doc < size; doc++) if (seen[doc]) counts[doc]!++;
        }
        for (let doc = 0; doc < size; doc++) if (counts[doc] === term.grams.length) mark[doc] = 1;
      }
      for (let doc = 0; doc < size; doc++) {
        if (mark[doc] && hits[doc] === index) hits[doc] = index + 1;
        if (mark[doc] && nameMark[doc]) nameHits[doc]!++;
      }
    });
    const matches: number[] = [];
    const { accept, namesOnly = false } = scope;
    for (let doc = 0; doc < size; doc++) {
      if (hits[doc] !== terms.length || this.deleted.has(doc)) continue;
      if (namesOnly && nameHits[doc] !== terms.length) continue;
      if (accept && !accept(doc)) continue;
      matches.push(doc);
    }
    // Names first, then newer documents (higher numbers) first.
    matches.sort((a, b) => nameHits[b]! - nameHits[a]! || b - a);
    return Promise.resolve(matches.slice(0, limit));
  }

  /** Folds added postings into the packed arrays and drops removed documents. */
  compact(): void {
    for (const [token, postings] of this.terms) {
      const merged = [...postings.base, ...postings.added].filter((doc) => !this.deleted.has(doc));
      if (merged.length === 0) this.terms.delete(token);
      else this.terms.set(token, { base: Uint32Array.from(merged), added: [] });
    }
    this.deleted.clear();
  }

  export(): CompactIndexData {
    this.compact();
    const terms = [...this.terms.keys()];
    const offsets = new Uint32Array(terms.length + 1);
    let total = 0;
    terms.forEach((term, i) => {
      offsets[i] = total;
      total += this.terms.get(term)!.base.length;
    });
    offsets[terms.length] = total;
    const postings = new Uint32Array(total);
    terms.forEach((term, i) => postings.set(this.terms.get(term)!.base, offsets[i]));
    return { version: 1, terms, offsets, postings, nextDocNo: this.maxDocNo };
  }

  static import(data: CompactIndexData): CompactIndex {
    const index = new CompactIndex();
    data.terms.forEach((term, i) => {
      index.terms.set(term, {
        base: data.postings.subarray(data.offsets[i], data.offsets[i + 1]),
        added: [],
      });
    });
    index.maxDocNo = data.nextDocNo;
    return index;
  }

  get nextDocNo(): number {
    return this.maxDocNo;
  }

  private post(token: string, docNo: number): void {
    const postings = this.terms.get(token);
    if (postings) {
      postings.added.push(docNo);
    } else {
      this.terms.set(token, { base: EMPTY, added: [docNo] });
      this.sorted = null;
    }
  }

  private each(token: string, visit: (doc: number) => void): void {
    const postings = this.terms.get(token);
    if (!postings) return;
    for (const doc of postings.base) visit(doc);
    for (const doc of postings.added) visit(doc);
  }

  private sortedTerms(): string[] {
    this.sorted ??= [...this.terms.keys()].sort();
    return this.sorted;
  }

  private countLive(): number {
    const live = new Uint8Array(this.maxDocNo);
    for (const postings of this.terms.values()) {
      for (const doc of postings.base) live[doc] = 1;
      for (const doc of postings.added) live[doc] = 1;
    }
    let count = 0;
    for (let doc = 0; doc < live.length; doc++) if (live[doc] && !this.deleted.has(doc)) count++;
    return count;
  }
}
