import { describe, expect, it } from 'vitest';
import { BulkWriter, type NewRecord } from '../../../renderer/src/db/BulkWriter';
import { buildSampleEvent } from '../../../shared/sample/sampleEvent';
import { createTestArchive } from '../../support/testArchive';

describe('a bulk write', () => {
  it('stores nothing from any table when one record of a later table is refused by the database', async () => {
    const { db, capture, repos } = await createTestArchive();
    const records = buildSampleEvent() as NewRecord[];
    const meeting = records.find((r) => r.table === 'meetings')!;
    await new BulkWriter(db, capture, repos).create([meeting]);
    const outboxBefore = await db.outbox.count();

    // Every other record is new; only the meeting already exists, and the meetings are not first.
    const rest = records.filter((r) => r.table !== 'meetings');
    await expect(new BulkWriter(db, capture, repos).create([...rest, meeting])).rejects.toThrow();

    expect(await db.organizations.count()).toBe(0);
    expect(await db.people.count()).toBe(0);
    expect(await db.meetings.count()).toBe(1);
    expect(await db.outbox.count()).toBe(outboxBefore);
  });
});
