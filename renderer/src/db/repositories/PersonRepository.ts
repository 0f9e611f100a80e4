import type { Person } from '../../../../shared/domain/entities';
import { foldText, nameKeys } from '../../../../shared/search/foldText';
import { EntityRepository, MATCH_COUNT_CAP, type RepositoryContext } from './EntityRepository';

export class PersonRepository extends EntityRepository<'people'> {
  constructor(ctx: RepositoryContext) {
    super(ctx, 'people', (p) => ({
      _sortKey: foldText(p.name),
      _nameKeys: nameKeys(p.name, p.nativeName),
      _delegate: p.isDelegate ? 1 : 0,
    }));
  }

  async search(prefix: string, limit = 20): Promise<Person[]> {
    const folded = foldText(prefix.trim());
    if (!folded) return this.list(limit);
    const rows = await this.table.where('_nameKeys').startsWith(folded).distinct().limit(limit).toArray();
    return this.toEntities(rows);
  }

  /**
   * A page of the people with a name word starting with `prefix`, in the order of the matching name key
   * (the `_nameKeys` index), each once. Pages read the index from its start, so a deep page costs its
   * offset; the filtered lists this serves are narrow by then.
   */
  async searchPage(prefix: string, offset: number, limit: number): Promise<Person[]> {
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
   * How many people `searchPage` finds for `prefix`. It reads only the index's keys, and at most `cap` of
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

  async list(limit = 100, offset = 0): Promise<Person[]> {
    return this.toEntities(await this.table.orderBy('_sortKey').offset(offset).limit(limit).toArray());
  }

  /** Members of our own delegation, by name. */
  async delegates(limit = 500): Promise<Person[]> {
    const rows = await this.table
      .where('[_delegate+_sortKey]')
      .between([1, ''], [1, '\uffff'])
      .limit(limit)
      .toArray();
    return this.toEntities(rows);
  }

  async forOrganization(organizationId: string, limit = 500): Promise<Person[]> {
    return this.toEntities(
      await this.table.where('organizationId').equals(organizationId).limit(limit).toArray(),
    );
  }
}
