import type { Agreement } from '../../../../shared/domain/entities';
import { foldText } from '../../../../shared/search/foldText';
import { EntityRepository, type RepositoryContext } from './EntityRepository';

const OPEN_ENDED = '9999-12-31';

export class AgreementRepository extends EntityRepository<'agreements'> {
  constructor(ctx: RepositoryContext) {
    super(ctx, 'agreements', (a) => ({
      _sortKey: foldText(a.title),
      _until: a.validUntil ?? OPEN_ENDED,
    }));
  }

  async list(limit = 200, offset = 0): Promise<Agreement[]> {
    return this.toEntities(await this.table.orderBy('_sortKey').offset(offset).limit(limit).toArray());
  }

  /** Agreements in one status, the soonest to end first (open-ended last), a page at a time. */
  async withStatus(status: Agreement['status'], limit = 200, offset = 0): Promise<Agreement[]> {
    const rows = await this.table
      .where('[status+_until]')
      .between([status, ''], [status, '\uffff'])
      .offset(offset)
      .limit(limit)
      .toArray();
    return this.toEntities(rows);
  }

  async countWithStatus(status: Agreement['status']): Promise<number> {
    return this.table.where('[status+_until]').between([status, ''], [status, '\uffff']).count();
  }

  /** Agreements whose validity ends between `from` and `to` (calendar dates), soonest first. */
  async expiringBetween(from: string, to: string, limit = 200, offset = 0): Promise<Agreement[]> {
    return this.toEntities(
      await this.table.where('_until').between(from, to, true, true).offset(offset).limit(limit).toArray(),
    );
  }

  async countExpiringBetween(from: string, to: string): Promise<number> {
    return this.table.where('_until').between(from, to, true, true).count();
  }

  /** A partner's agreements, oldest record first (the index keeps equal keys in id order). */
  async forParty(organizationId: string, limit = 200, offset = 0): Promise<Agreement[]> {
    return this.toEntities(
      await this.table.where('partyOrgIds').equals(organizationId).offset(offset).limit(limit).toArray(),
    );
  }

  async countForParty(organizationId: string): Promise<number> {
    return this.table.where('partyOrgIds').equals(organizationId).count();
  }

  /**
   * Agreements a person signed. Signatories are not indexed; a signatory signs for their organization,
   * so this reads that organization's agreements (bounded by `forParty`) and keeps the ones they signed.
   */
  async forSignatory(personId: string, limit = 200): Promise<Agreement[]> {
    const person = await this.db.people.get(personId);
    if (!person?.organizationId) return [];
    const agreements = await this.forParty(person.organizationId, limit);
    return agreements.filter((agreement) => agreement.signatoryIds.includes(personId));
  }

  async forMeeting(meetingId: string): Promise<Agreement[]> {
    // Agreements link meetings, not the other way round; a meeting has a handful at most, found via the
    // parties of the meeting's counterparts by the caller. This scan is bounded by the parties' agreements.
    const meeting = await this.db.meetings.get(meetingId);
    if (!meeting) return [];
    const found = new Map<string, Agreement>();
    for (const org of meeting.counterpartOrgIds) {
      for (const agreement of await this.forParty(org)) {
        if (agreement.meetingIds.includes(meetingId)) found.set(agreement.id, agreement);
      }
    }
    return [...found.values()];
  }

  /** Agreements signed at (or otherwise tied to) an event, through the eventId index. */
  async forEvent(eventId: string, limit = 1000): Promise<Agreement[]> {
    return this.toEntities(await this.table.where('eventId').equals(eventId).limit(limit).toArray());
  }
}
