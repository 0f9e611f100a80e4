import type { Organization } from '../../../../shared/domain/entities';
import { foldText, nameKeys } from '../../../../shared/search/foldText';
import { EntityRepository, type RepositoryContext } from './EntityRepository';

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

  /** A page of organizations in name order. */
  async list(limit = 100, offset = 0): Promise<Organization[]> {
    return this.toEntities(await this.table.orderBy('_sortKey').offset(offset).limit(limit).toArray());
  }

  /** Organizations from one country (ISO 3166-1 alpha-2), at most `limit`, through the `country` index. */
  async inCountry(code: string, limit = 100): Promise<Organization[]> {
    return this.toEntities(await this.table.where('country').equals(code).limit(limit).toArray());
  }
}
