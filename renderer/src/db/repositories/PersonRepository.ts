import type { Person } from '../../../../shared/domain/entities';
import { foldText } from '../../../../shared/search/foldText';
import type { RepositoryContext } from './EntityRepository';
import { NamedEntityRepository } from './NamedEntityRepository';

export class PersonRepository extends NamedEntityRepository<'people'> {
  constructor(ctx: RepositoryContext) {
    super(ctx, 'people', (p) => ({
      _sortKey: foldText(p.name),
      // Only delegates are ever listed by this key, so only they get an index entry: a bulk import of
      // 50,000 partners then writes 50,000 fewer (rows stored with `_delegate: 0` are simply never read).
      ...(p.isDelegate ? { _delegate: 1 } : {}),
    }));
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
