/**
 * People and organizations are found by name in any script: both keep `_sortKey` (the folded name, for
 * name order) and `_nameKeys` (a folded key per name word, multiEntry), so their listing and type-ahead
 * queries are the same and live here once.
 */
import type { EntityOf } from '../../../../shared/domain/entityTables';
import { foldText } from '../../../../shared/search/foldText';
import { EntityRepository, MATCH_COUNT_CAP } from './EntityRepository';

export class NamedEntityRepository<N extends 'people' | 'organizations'> extends EntityRepository<N> {
  /** A page of records in name order. */
  async list(limit = 100, offset = 0): Promise<Array<EntityOf<N>>> {
    return this.toEntities(await this.table.orderBy('_sortKey').offset(offset).limit(limit).toArray());
  }

  /** Records with a name word starting with `prefix` (any script), for type-ahead. */
  async search(prefix: string, limit = 20): Promise<Array<EntityOf<N>>> {
    const folded = foldText(prefix.trim());
    if (!folded) return this.list(limit);
    const rows = await this.table.where('_nameKeys').startsWith(folded).distinct().limit(limit).toArray();
    return this.toEntities(rows);
  }

  /**
   * A page of the records with a name word starting with `prefix`, in the order of the matching name key
   * (the `_nameKeys` index), each once. Pages read the index from its start, so a deep page costs its
   * offset; the filtered lists this serves are narrow by then.
   */
  async searchPage(prefix: string, offset: number, limit: number): Promise<Array<EntityOf<N>>> {
    const rows = await this.table
      .where('_nameKeys')
      .startsWith(foldText(prefix.trim()))
      .distinct()
      .offset(offset)
      .limit(limit)
      .toArray();
    return this.toEntities(rows);
  }

  /**
   * How many records `searchPage` finds for `prefix`. It reads only the index's keys, and at most `cap` of
   * them, so a one-letter prefix over a large archive stays cheap: `capped` then says the count stops there.
   */
  async countMatching(prefix: string, cap = MATCH_COUNT_CAP): Promise<{ count: number; capped: boolean }> {
    const keys = await this.table
      .where('_nameKeys')
      .startsWith(foldText(prefix.trim()))
      .limit(cap)
      .primaryKeys();
    return { count: new Set(keys).size, capped: keys.length >= cap };
  }
}
