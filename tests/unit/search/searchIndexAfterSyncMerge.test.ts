import { describe, expect, it, vi } from 'vitest';
import { BulkWriter } from '../../../renderer/src/db/BulkWriter';
import { SearchSource } from '../../../renderer/src/db/SearchSource';
import { ChangeApplier } from '../../../renderer/src/db/sync/ChangeApplier';
import { OutgoingChanges } from '../../../renderer/src/db/sync/OutgoingChanges';
import { SearchIndexService } from '../../../renderer/src/search/SearchIndexService';
import { buildSampleEvent } from '../../../shared/sample/sampleEvent';
import type { Change } from '../../../shared/sync/change';
import { createTestArchive } from '../../support/testArchive';

async function laptop() {
  const archive = await createTestArchive();
  return {
    ...archive,
    applier: new ChangeApplier(archive.db, archive.capture, archive.repos),
    outgoing: new OutgoingChanges(archive.db),
  };
}
type Laptop = Awaited<ReturnType<typeof laptop>>;

/** What `from` wrote itself (not what it merged from `origin`), merged into `to` as one segment. */
async function send(from: Laptop, to: Laptop, origin: string) {
  const changes: Change[] = [];
  const upTo = await from.outgoing.lastSeq();
  const queue = await from.outgoing.queue({ after: 0, upTo, excludeOrigin: origin });
  for await (const chunk of from.outgoing.changes(queue, 1000)) {
    changes.push(...chunk.changes);
  }
  return to.applier.apply(changes, origin);
}

/** The home archive with the sample event and its search index, and a laptop that has synced it. */
async function homeAndLaptop() {
  const home = await laptop();
  await new BulkWriter(home.db, home.capture, home.repos).create(buildSampleEvent());
  const service = new SearchIndexService(new SearchSource(home.db));
  expect(await service.open()).toBe('built');
  const away = await laptop();
  await send(home, away, 'home');
  return { home, away, service };
}

async function titles(archive: Laptop, service: SearchIndexService, query: string) {
  const names: string[] = [];
  for (const hit of await service.search(query, 50)) {
    const record = (await archive.repos[hit.table].get(hit.id)) as { title?: string; name?: string };
    names.push(record.title ?? record.name ?? '');
  }
  return names.sort();
}

describe('the search index after a sync merge', () => {
  it('finds a meeting created on another laptop, follows its edit, and forgets one it deleted', async () => {
    const { home, away, service } = await homeAndLaptop();
    const pakpasak = (await away.repos.organizations.startingWith('pakpasak'))[0]!;
    const meetingOf = async (name: string, title: string) => {
      const org = (await away.repos.organizations.startingWith(name))[0]!;
      return (await away.repos.meetings.forOrganization(org.id)).find((m) => m.title === title)!;
    };
    const prekLeapMeeting = await meetingOf(
      'prek leap',
      'Bilateral meeting with Prek Leap National Institute of Agriculture',
    );
    const mahasarakhamMeeting = await meetingOf(
      'mahasarakham',
      'Bilateral meeting with Mahasarakham University',
    );
    expect(await titles(home, service, '教师培训')).toEqual([prekLeapMeeting.title]);
    expect(await titles(home, service, 'สารคาม')).toEqual([
      'Bilateral meeting with Mahasarakham University',
      'Mahasarakham University',
    ]);

    const created = await away.repos.meetings.create({
      eventId: prekLeapMeeting.eventId,
      title: 'Follow-up with Pakpasak on mechatronics',
      kind: 'bilateral',
      status: 'held',
      startsAt: prekLeapMeeting.startsAt + 86_400_000,
      endsAt: prekLeapMeeting.startsAt + 86_400_000 + 3_600_000,
      location: '',
      counterpartOrgIds: [pakpasak.id],
      participantIds: [],
      agenda: '',
      minutes: 'ທັງສອງຝ່າຍຕົກລົງຈັດຫຼັກສູດເມກາໂທຣນິກ',
      outcomes: '',
      confidentiality: 'internal',
      tags: [],
    });
    await away.repos.meetings.update(prekLeapMeeting.id, { minutes: '双方同意建设水产养殖示范农场。' });
    await away.repos.meetings.delete(mahasarakhamMeeting.id);

    const merged = await send(away, home, 'bundle');
    // The deleted meeting takes its notes and action items with it.
    expect(await home.repos.meetings.get(mahasarakhamMeeting.id)).toBeUndefined();
    expect(merged.written - merged.deleted).toBe(2);
    const build = vi.spyOn(service, 'build');
    expect(await service.catchUp()).toBeGreaterThanOrEqual(3);
    expect(build).not.toHaveBeenCalled();

    // The new meeting, by a Lao substring of its minutes and by its title.
    expect(await titles(home, service, 'ເມກາໂທ')).toEqual([created.title]);
    expect(await titles(home, service, 'mechatron')).toContain(created.title);
    // The edited minutes: the new text is found, the replaced text no longer is.
    expect(await titles(home, service, '水产养殖')).toEqual([prekLeapMeeting.title]);
    expect(await titles(home, service, '教师培训')).toEqual([]);
    // The deleted meeting is gone; its partner is still there.
    expect(await titles(home, service, 'สารคาม')).toEqual(['Mahasarakham University']);
  });

  it('follows a partner renamed on another laptop into the text of its meetings', async () => {
    const { home, away, service } = await homeAndLaptop();
    const pakpasak = (await away.repos.organizations.startingWith('pakpasak'))[0]!;
    await away.repos.organizations.update(pakpasak.id, { nativeName: 'ວິທະຍາໄລສາລະວັນ' });
    await send(away, home, 'bundle');
    await service.catchUp();
    expect(await titles(home, service, 'ສາລະວັນ')).toEqual([
      'Bilateral meeting with Pakpasak Technical College',
      'Pakpasak Technical College',
    ]);
    expect(await titles(home, service, 'ປາກປ່າ')).toEqual([]);
  });

  it('is unchanged by merging the same changes again', async () => {
    const { home, away, service } = await homeAndLaptop();
    const pakpasak = (await away.repos.organizations.startingWith('pakpasak'))[0]!;
    await away.repos.organizations.update(pakpasak.id, { name: 'Pakpasak Polytechnic' });
    await send(away, home, 'bundle');
    await service.catchUp();
    const before = await titles(home, service, 'polytech');
    expect(await send(away, home, 'bundle')).toMatchObject({ written: 0 });
    expect(await service.catchUp()).toBe(0);
    expect(await titles(home, service, 'polytech')).toEqual(before);
    expect(before).toEqual(['Bilateral meeting with Pakpasak Technical College', 'Pakpasak Polytechnic']);
  });
});
