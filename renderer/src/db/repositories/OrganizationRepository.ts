import type { Organization } from '../../../../shared/domain/entities';
import { foldText, nameKeys } from '../../../../shared/search/foldText';
import { EntityRepository, MATCH_COUNT_CAP, type RepositoryContext } from './EntityRepository';

export class OrganizationRepository extends EntityRepository<'organizations'> {
  constructor(ctx: RepositoryContext) {
    super(ctx, 'organizations', (o) => ({
      _sortKey: foldText(o.name),
      _nameKeys: nameKeys(o.name, o.nativeName),
    }));
  }

  /** Organizations with a name word starting with `prefix` (any script), for type-ahead. */
  async search(prefix: string, limit = 20): Promise<Organization[]> {
    const folded = foldText(prefix.trim());
    if (!folded) return this.list(limit);
    const rows = await this.table.where('_nameKeys').startsWith(folded).distinct().limit(limit).toArray();
    return this.toEntities(rows);
  }

  /**
   * A page of the organizations with a name word starting with `prefix`, in the order of the matching name key
   * (the `_nameKeys` index), each once. Pages read the index from its start, so a deep page costs its
   * offset; the filtered lists this serves are narrow by then.
   */
  async searchPage(prefix: string, offset: number, limit: number): Promise<Organization[]> {
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
   * How many organizations `searchPage` finds for `prefix`. It reads only the index's keys, and at most `cap` of
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

  /** A page of organizations in name order. */
  async list(limit = 100, offset = 0): Promise<Organization[]> {
    return this.toEntities(await this.table.orderBy('_sortKey').offset(offset).limit(limit).toArray());
  }

  /** Organizations from one country (ISO 3166-1 alpha-2), at most `limit`, through the `country` index. */
  async inCountry(code: string, limit = 100): Promise<Organization[]> {
    return this.toEntities(await this.table.where('country').equals(code).limit(limit).toArray());
  }
}
