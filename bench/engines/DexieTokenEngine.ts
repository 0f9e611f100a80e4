/**
 * Dexie multiEntry word indexes behind the common engine interface: every document is a row holding its
 * tokens, indexed with a multiEntry index, and each query token is an index lookup. The index lives in
 * IndexedDB, not in memory. It has its own database, so the benchmark never touches the archive's.
 */
import Dexie, { type Table } from 'dexie';
import type { QueryTerm } from '../../shared/search/tokenize';
import {
  MAX_PREFIX_EXPANSION,
  type IndexedDocument,
  type SearchEngine,
} from '../../renderer/src/search/engines/SearchEngine';

interface TokenRow {
  docNo: number;
  tokens: string[];
}

export class DexieTokenEngine implements SearchEngine {
  readonly name = 'dexie-multientry';
  private readonly db: Dexie & { docs: Table<TokenRow, number> };

  constructor(databaseName: string) {
    this.db = new Dexie(databaseName, { chromeTransactionDurability: 'strict' }) as Dexie & {
      docs: Table<TokenRow, number>;
    };
    this.db.version(1).stores({ docs: 'docNo, *tokens' });
  }

  async add(docs: readonly IndexedDocument[]): Promise<void> {
    await this.db.docs.bulkPut(
      docs.map((doc) => ({ docNo: doc.docNo, tokens: [...doc.nameTokens, ...doc.bodyTokens] })),
    );
  }

  async remove(docNos: readonly number[]): Promise<void> {
    await this.db.docs.bulkDelete([...docNos]);
  }

  async search(terms: readonly QueryTerm[], limit: number): Promise<number[]> {
    const sets: Array<Set<number>> = [];
    for (const term of terms) {
      if (term.kind === 'prefix') {
        const keys = await this.db.docs
          .where('tokens')
          .startsWith(term.prefix)
          .limit(MAX_PREFIX_EXPANSION * 100)
          .primaryKeys();
        sets.push(new Set(keys));
      } else {
        for (const gram of term.grams)
          sets.push(new Set(await this.db.docs.where('tokens').equals(gram).primaryKeys()));
      }
    }
    if (sets.length === 0) return [];
    sets.sort((a, b) => a.size - b.size);
    const [smallest, ...rest] = sets;
    return [...smallest!]
      .filter((doc) => rest.every((set) => set.has(doc)))
      .sort((a, b) => b - a)
      .slice(0, limit);
  }

  async clear(): Promise<void> {
    await this.db.delete();
  }
}
