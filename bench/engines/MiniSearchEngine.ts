/**
 * MiniSearch behind the common engine interface, fed the same tokens (its own tokenizer and term
 * processing are replaced by a split), with name and body as separately boosted fields.
 */
import MiniSearch from 'minisearch';
import type { QueryTerm } from '../../shared/search/tokenize';
import type { IndexedDocument, SearchEngine } from '../../renderer/src/search/engines/SearchEngine';

const SEPARATOR = '\u0001';

export class MiniSearchEngine implements SearchEngine {
  readonly name = 'minisearch';
  private index = new MiniSearch<{ id: number; name: string; body: string }>({
    fields: ['name', 'body'],
    tokenize: (text) => text.split(SEPARATOR),
    processTerm: (term) => term,
  });

  add(docs: readonly IndexedDocument[]): Promise<void> {
    this.index.addAll(
      docs.map((doc) => ({
        id: doc.docNo,
        name: doc.nameTokens.join(SEPARATOR),
        body: doc.bodyTokens.join(SEPARATOR),
      })),
    );
    return Promise.resolve();
  }

  remove(docNos: readonly number[]): Promise<void> {
    for (const docNo of docNos) this.index.discard(docNo);
    return Promise.resolve();
  }

  search(terms: readonly QueryTerm[], limit: number): Promise<number[]> {
    const queries = terms.map((term) =>
      term.kind === 'prefix'
        ? { queries: [term.prefix], prefix: true, combineWith: 'OR' as const }
        : { queries: term.grams, combineWith: 'AND' as const },
    );
    const results = this.index.search(
      { queries, combineWith: 'AND' },
      { boost: { name: 2 }, tokenize: (text) => [text], processTerm: (t) => t },
    );
    return Promise.resolve(results.slice(0, limit).map((r) => r.id as number));
  }
}
