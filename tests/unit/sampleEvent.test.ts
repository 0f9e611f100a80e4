import { describe, expect, it } from 'vitest';
import { ENTITY_TABLES } from '../../shared/domain/entityTables';
import { buildSampleEvent } from '../../shared/sample/sampleEvent';
import { instantToZoned } from '../../shared/time/zonedTime';
import { BulkWriter } from '../../renderer/src/db/BulkWriter';
import { createTestArchive } from '../support/testArchive';

describe('the sample event', () => {
  const records = buildSampleEvent();
  const of = <T extends string>(table: T) =>
    records.filter((r) => r.table === table).map((r) => r.entity as Record<string, unknown>);

  it('is the Tianjin conference of the seed, opening on 2024-11-21 in Asia/Shanghai', () => {
    const [event] = of('events');
    expect(event).toMatchObject({ city: 'Tianjin', startDate: '2024-11-21', timeZone: 'Asia/Shanghai' });
    const opening = of('sessions').find((s) => s['kind'] === 'opening-ceremony')!;
    expect(instantToZoned(opening['startsAt'] as number, 'Asia/Shanghai')).toEqual({
      date: '2024-11-21',
      time: '09:00',
    });
  });

  it('has the five kinds of session the seed names', () => {
    const kinds = new Set(of('sessions').map((s) => s['kind']));
    for (const kind of [
      'opening-ceremony',
      'keynote',
      'ministerial-roundtable',
      'parallel-session',
      'closing-ceremony',
    ]) {
      expect(kinds).toContain(kind);
    }
  });

  it('names the three partners in Khmer, Lao and Thai, and meets each of them', () => {
    const orgs = of('organizations');
    const partner = (name: string) => orgs.find((o) => o['name'] === name)!;
    expect(partner('Prek Leap National Institute of Agriculture')['nativeName']).toMatch(/\p{Script=Khmer}/u);
    expect(partner('Pakpasak Technical College')['nativeName']).toMatch(/\p{Script=Lao}/u);
    expect(partner('Mahasarakham University')['nativeName']).toMatch(/\p{Script=Thai}/u);
    const met = new Set(of('meetings').flatMap((m) => m['counterpartOrgIds'] as string[]));
    for (const name of [
      'Prek Leap National Institute of Agriculture',
      'Pakpasak Technical College',
      'Mahasarakham University',
    ]) {
      expect(met).toContain(partner(name)['id']);
    }
  });

  it('holds the signed Memorandum of Agreement with Prek Leap and a few follow-ups', () => {
    const [agreement] = of('agreements');
    expect(agreement).toMatchObject({ kind: 'moa', status: 'signed', signedOn: '2024-11-21' });
    expect(agreement!['title']).toMatch(
      /enrolling students for academic programs at the Craftsmanship Institute/,
    );
    expect(of('actionItems').length).toBeGreaterThanOrEqual(3);
  });

  it('says in the data that every person is fictional', () => {
    for (const person of of('people')) expect(person['notes']).toMatch(/Fictional/);
  });

  it('is valid against the schemas and builds the same ids every time', () => {
    for (const record of records)
      expect(ENTITY_TABLES[record.table].schema.safeParse(record.entity).success).toBe(true);
    expect(buildSampleEvent().map((r) => r.entity.id)).toEqual(records.map((r) => r.entity.id));
  });

  it('loads in one transaction, with one outbox entry per table', async () => {
    const { db, capture, repos } = await createTestArchive();
    const counts = await new BulkWriter(db, capture, repos).create(records);
    expect(counts).toMatchObject({
      events: 1,
      organizations: 4,
      people: 6,
      sessions: 6,
      meetings: 4,
      agreements: 1,
    });
    const outbox = await db.outbox.toArray();
    expect(outbox.reduce((n, e) => n + e.ids.length, 0)).toBe(records.length);
    expect(outbox.length).toBe(new Set(records.map((r) => r.table)).size);
    expect((await repos.organizations.startingWith('pakpa')).map((o) => o.name)).toEqual([
      'Pakpasak Technical College',
    ]);
    await expect(new BulkWriter(db, capture, repos).create(records)).rejects.toThrow();
    expect(await db.outbox.count()).toBe(outbox.length);
  });
});
