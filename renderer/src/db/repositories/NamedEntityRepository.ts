/**
 * People and organizations keep `_sortKey`, their folded name: it lists them in name order and finds
 * them by the start of their name, in any script. Finding them by any other word of a name, or by their
 * native-script name, is the search index's work (NameFinder): a database index of name words cost every
 * bulk import about a fifth of its speed (docs/search-engine.md).
 */
import type { EntityOf } from '../../../../shared/domain/entityTables';
import { foldText } from '../../../../shared/search/foldText';
import { EntityRepository } from './EntityRepository';

export class NamedEntityRepository<N extends 'people' | 'organizations'> extends EntityRepository<N> {
  /** A page of records in name order. */
  async list(limit = 100, offset = 0): Promise<Array<EntityOf<N>>> {
    return this.toEntities(await this.table.orderBy('_sortKey').offset(offset).limit(limit).toArray());
  }

  /** Records whose name starts with `prefix` (case and accents folded), in name order. */
  async startingWith(prefix: string, limit = 20): Promise<Array<EntityOf<N>>> {
    return this.toEntities(await this.namesStartingWith(prefix).limit(limit).toArray());
  }

  /** The ids of `startingWith`'s records, read from the index alone. */
  async idsStartingWith(prefix: string, limit: number): Promise<string[]> {
    return this.namesStartingWith(prefix).limit(limit).primaryKeys();
  }

  private namesStartingWith(prefix: string) {
    return this.table.where('_sortKey').startsWith(foldText(prefix.trim()));
  }
}
