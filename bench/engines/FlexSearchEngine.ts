/**
 * FlexSearch behind the common engine interface, fed the same tokens: each document's tokens are
 * joined and handed to a strict index whose encoder just splits them again, so FlexSearch neither
 * re-tokenizes nor folds differently. Prefixes expand through a vocabulary kept beside it.
 */
import { Index } from 'flexsearch';
import type { QueryTerm } from '../../shared/search/tokenize';
import { expandTerms, intersectSorted } from './expandTerms';
import type { IndexedDocument, SearchEngine } from '../../renderer/src/search/engines/SearchEngine';

const SEPARATOR = '\u0001';

export class FlexSearchEngine implements SearchEngine {
  readonly name = 'flexsearch';
  private index = new Index({
    tokenize: 'strict',
    resolution: 1,
    encode: (text: string) => text.split(SEPARATOR),
  } as ConstructorParameters<typeof Index>[0]);
  private vocabulary = new Set<string>();
  private sorted: string[] | null = null;
  private size = 0;

  add(docs: readonly IndexedDocument[]): Promise<void> {
    for (const doc of docs) {
      const tokens = [...doc.nameTokens, ...doc.bodyTokens];
      for (const token of tokens) {
        if (!this.vocabulary.has(token)) {
          this.vocabulary.add(token);
          this.sorted = null;
        }
      }
      this.index.add(doc.docNo, tokens.join(SEPARATOR));
      this.size = Math.max(this.size, doc.docNo + 1);
    }
    return Promise.resolve();
  }

  remove(docNos: readonly number[]): Promise<void> {
    for (const docNo of docNos) this.index.remove(docNo);
    return Promise.resolve();
  }

  search(terms: readonly QueryTerm[], limit: number): Promise<number[]> {
    this.sorted ??= [...this.vocabulary].sort();
    const groups = expandTerms(terms, this.sorted);
    const sets = groups.map((tokens) => {
      const set = new Set<number>();
      for (const token of tokens)
        for (const id of this.index.search(token, { limit: this.size }) as number[]) set.add(id);
      return set;
    });
    return Promise.resolve(
      intersectSorted(sets)
        .sort((a, b) => b - a)
        .slice(0, limit),
    );
  }

  /** Everything needed to rebuild the index elsewhere: FlexSearch's export chunks and the vocabulary. */
  async persist(): Promise<{ chunks: Array<[string, string]>; vocabulary: string[]; size: number }> {
    const chunks: Array<[string, string]> = [];
    await this.index.export((key: string | number, data: string) => {
      chunks.push([String(key), data]);
    });
    return { chunks, vocabulary: [...this.vocabulary], size: this.size };
  }

  static restore(saved: {
    chunks: Array<[string, string]>;
    vocabulary: string[];
    size: number;
  }): FlexSearchEngine {
    const engine = new FlexSearchEngine();
    for (const [key, data] of saved.chunks) engine.index.import(key, data);
    engine.vocabulary = new Set(saved.vocabulary);
    engine.size = saved.size;
    return engine;
  }
}
