import type { Event } from '../../../../shared/domain/entities';
import { EntityRepository, type RepositoryContext } from './EntityRepository';

export class EventRepository extends EntityRepository<'events'> {
  constructor(ctx: RepositoryContext) {
    super(ctx, 'events');
  }

  /** Most recent first. An archive holds a few hundred events, so one page is the whole list. */
  async list(limit = 500): Promise<Event[]> {
    return this.toEntities(await this.table.orderBy('startDate').reverse().limit(limit).toArray());
  }
}
