import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../shared/domain/validation';
import { clockOfField } from '../../../shared/sync/recordClocks';
import { createTestArchive } from '../../support/testArchive';

const h = (hour: number) => Date.UTC(2024, 10, 21, hour);

async function archiveWithOrg() {
  const archive = await createTestArchive();
  const org = await archive.repos.organizations.create({
    name: 'Prek Leap National Institute of Agriculture',
    nativeName: 'វិទ្យាស្ថានជាតិកសិកម្មព្រែកលៀប',
    country: 'KH',
    kind: 'college',
    website: '',
  });
  return { ...archive, org };
}

function meetingInput(orgId: string) {
  return {
    eventId: null,
    title: 'Bilateral with Prek Leap',
    kind: 'bilateral' as const,
    status: 'planned' as const,
    startsAt: h(2),
    endsAt: h(3),
    location: '',
    counterpartOrgIds: [orgId],
    participantIds: [],
    agenda: '',
    minutes: '',
    outcomes: '',
    confidentiality: 'internal' as const,
    tags: [],
  };
}

describe('repositories with change capture', () => {
  it('store a new record with its clock stamp, marked once in the outbox', async () => {
    const { db, org } = await archiveWithOrg();
    const outbox = await db.outbox.toArray();
    expect(outbox).toEqual([
      { seq: 1, table: 'organizations', op: 'upsert', ids: [org.id], fields: null, hlc: outbox[0]!.hlc },
    ]);
    const row = await db.organizations.get(org.id);
    expect(row!._clock).toBe(outbox[0]!.hlc);
    expect(row!._fieldClocks).toBeUndefined();
  });

  it('stamp and mark only the fields an update really changed, and nothing for a no-op', async () => {
    const { db, repos, org } = await archiveWithOrg();
    const meeting = await repos.meetings.create(meetingInput(org.id));
    await repos.meetings.update(meeting.id, {
      minutes: 'Agreed to exchange students.',
      title: meeting.title,
    });
    await repos.meetings.update(meeting.id, { minutes: 'Agreed to exchange students.' });
    const entries = (await db.outbox.toArray()).filter((e) => e.ids.includes(meeting.id));
    expect(entries.map((e) => e.fields)).toEqual([null, ['minutes']]);
    const row = (await db.meetings.get(meeting.id))!;
    expect(clockOfField(row, 'minutes')).toBe(entries[1]!.hlc);
    expect(clockOfField(row, 'title')).toBe(entries[0]!.hlc);
    expect(clockOfField(row, 'minutes') > clockOfField(row, 'title')).toBe(true);
    expect(await repos.meetings.get(meeting.id)).not.toHaveProperty('_clock');
  });

  it('commit a write and its outbox entry together, or neither', async () => {
    const { db, repos, org } = await archiveWithOrg();
    const before = await db.organizations.get(org.id);
    db.outbox.hook('creating', () => {
      throw new Error('simulated failure while appending to the outbox');
    });
    await expect(repos.meetings.create(meetingInput(org.id))).rejects.toThrow(/simulated failure/);
    expect(await db.meetings.count()).toBe(0);
    await expect(repos.organizations.update(org.id, { name: 'Renamed' })).rejects.toThrow(
      /simulated failure/,
    );
    expect(await db.organizations.get(org.id)).toEqual(before);
    expect(await db.outbox.count()).toBe(1);
  });

  it('refuse invalid input with the field and reason, and store nothing', async () => {
    const { db, repos, org } = await archiveWithOrg();
    const error = await repos.meetings
      .create({ ...meetingInput(org.id), endsAt: h(1) })
      .catch((e: unknown) => e as ValidationError);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).byField()).toEqual({ endsAt: 'validation.endBeforeStart' });
    const noCounterpart = await repos.meetings
      .create({ ...meetingInput(org.id), counterpartOrgIds: [] })
      .catch((e) => e);
    expect((noCounterpart as ValidationError).byField()).toEqual({
      counterpartOrgIds: 'validation.noCounterpart',
    });
    expect(await db.meetings.count()).toBe(0);
    expect(await db.outbox.count()).toBe(1);
  });

  it('turn a delete into a tombstone that keeps the last state, and cascade to notes and follow-ups', async () => {
    const { db, repos, org } = await archiveWithOrg();
    const me = await repos.people.create({
      name: 'Wang Fang',
      nativeName: '王芳',
      title: 'Dean',
      organizationId: null,
      email: '',
      phone: '',
      isDelegate: true,
      notes: '',
    });
    const meeting = await repos.meetings.create({ ...meetingInput(org.id), minutes: 'Text worth keeping' });
    const note = await repos.notes.create({ meetingId: meeting.id, authorId: me.id, text: 'my note' });
    const item = await repos.actionItems.create({
      title: 'Send the draft MoA',
      meetingId: meeting.id,
      agreementId: null,
      ownerId: me.id,
      dueDate: '2024-12-01',
      status: 'open',
    });
    await repos.meetings.delete(meeting.id);
    expect(await repos.meetings.get(meeting.id)).toBeUndefined();
    expect(await repos.notes.get(note.id)).toBeUndefined();
    expect(await repos.actionItems.get(item.id)).toBeUndefined();
    const tombstone = await db.tombstones.get(['meetings', meeting.id]);
    expect(tombstone!.last['minutes']).toBe('Text worth keeping');
    const deletes = (await db.outbox.toArray()).filter((e) => e.op === 'delete').map((e) => e.table);
    expect(tombstone!.last['_clock']).toBeDefined();
    expect(deletes.sort()).toEqual(['actionItems', 'meetings', 'notes']);
  });

  it('find organizations by the start of their name, ignoring case and accents, in name order', async () => {
    const { repos, org } = await archiveWithOrg();
    const mahasarakham = await repos.organizations.create({
      name: 'Mahāsārakhām University',
      nativeName: 'มหาวิทยาลัยมหาสารคาม',
      country: 'TH',
      kind: 'university',
      website: '',
    });
    expect((await repos.organizations.startingWith('PREK le')).map((o) => o.id)).toEqual([org.id]);
    expect((await repos.organizations.startingWith('mahasara')).map((o) => o.id)).toEqual([mahasarakham.id]);
    expect(await repos.organizations.idsStartingWith('', 10)).toEqual([mahasarakham.id, org.id]);
    // Any other word, and native-script names, are the search index's (NameFinder).
    expect(await repos.organizations.startingWith('leap')).toEqual([]);
  });

  it('keep clock stamps increasing across a restart even when the laptop clock is set back', async () => {
    const { db, repos, org, factory, name } = await archiveWithOrg();
    await repos.organizations.update(org.id, { website: 'https://pnia.edu.kh' });
    const before = (await db.outbox.toArray()).at(-1)!.hlc;
    db.close();
    const reopened = await createTestArchive({ factory, name, now: () => 0 });
    expect(reopened.capture.deviceId).toBe(before.split('.')[2]);
    await reopened.repos.organizations.update(org.id, { website: 'https://www.pnia.edu.kh' });
    const after = (await reopened.db.outbox.toArray()).at(-1)!.hlc;
    expect(after > before).toBe(true);
  });

  it('list the delegation by name, including a partner who joins it and not one who leaves it', async () => {
    const { repos, org } = await archiveWithOrg();
    const person = (name: string, isDelegate: boolean) =>
      repos.people.create({
        name,
        nativeName: '',
        title: '',
        organizationId: isDelegate ? null : org.id,
        email: '',
        phone: '',
        isDelegate,
        notes: '',
      });
    const zhang = await person('Zhang Wei', true);
    await person('Sok Dara', false);
    const li = await person('Li Na', false);
    await person('Anan Chai', true);
    expect((await repos.people.delegates()).map((p) => p.name)).toEqual(['Anan Chai', 'Zhang Wei']);
    await repos.people.update(li.id, { isDelegate: true });
    await repos.people.update(zhang.id, { isDelegate: false });
    expect((await repos.people.delegates()).map((p) => p.name)).toEqual(['Anan Chai', 'Li Na']);
  });
});
