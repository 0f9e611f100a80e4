import type { Note } from '../../../../shared/domain/entities';
import { EntityRepository, type RepositoryContext } from './EntityRepository';

export class NoteRepository extends EntityRepository<'notes'> {
  constructor(ctx: RepositoryContext) {
    super(ctx, 'notes');
  }

  async forMeeting(meetingId: string): Promise<Note[]> {
    return this.toEntities(await this.table.where('meetingId').equals(meetingId).toArray());
  }
}
