import type { Session } from '../../../../shared/domain/entities';
import { EntityRepository, type RepositoryContext } from './EntityRepository';

export class SessionRepository extends EntityRepository<'sessions'> {
  constructor(ctx: RepositoryContext) {
    super(ctx, 'sessions');
  }

  /** An event's sessions starting within [from, to], by start time. */
  async forEvent(eventId: string, from = 0, to = Number.MAX_SAFE_INTEGER): Promise<Session[]> {
    const rows = await this.table
      .where('[eventId+startsAt]')
      .between([eventId, from], [eventId, to], true, true)
      .toArray();
    return this.toEntities(rows);
  }
}
