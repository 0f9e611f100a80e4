import type { Organization } from '../../../../shared/domain/entities';
import { foldText } from '../../../../shared/search/foldText';
import type { RepositoryContext } from './EntityRepository';
import { NamedEntityRepository } from './NamedEntityRepository';

export class OrganizationRepository extends NamedEntityRepository<'organizations'> {
  constructor(ctx: RepositoryContext) {
    super(ctx, 'organizations', (o) => ({
      _sortKey: foldText(o.name),
    }));
  }

  /** Organizations from one country (ISO 3166-1 alpha-2), at most `limit`, through the `country` index. */
  async inCountry(code: string, limit = 100): Promise<Organization[]> {
    return this.toEntities(await this.table.where('country').equals(code).limit(limit).toArray());
  }
}
