import type { Person } from '../../../../shared/domain/entities';
import { foldText, nameKeys } from '../../../../shared/search/foldText';
import { EntityRepository, type RepositoryContext } from './EntityRepository';

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
