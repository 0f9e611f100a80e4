import { describe, expect, it } from 'vitest';
import { createTestArchive } from '../../support/testArchive';

const h = (hour: number) => Date.UTC(2024, 10, 21, hour);

async function archiveWithTwoEvents() {
  const archive = await createTestArchive();
  const { repos } = archive;
  const event = (name: string) =>
    repos.events.create({
      name,
      city: '',
      venue: '',
      startDate: '2024-11-21',
      endDate: '2024-11-22',
      timeZone: 'Asia/Shanghai',
    });
  const tianjin = await event('Tianjin conference');
  const bangkok = await event('Bangkok forum');
  const org = await repos.organizations.create({
    name: 'Pakpasak Technical College',
    nativeName: '',
    country: 'LA',
    kind: 'college',
    website: '',
  });
  const meeting = (eventId: string | null, title: string, hour: number) =>
    repos.meetings.create({
      eventId,
      title,
      kind: 'bilateral',
      status: 'planned',
      startsAt: h(hour),
      endsAt: h(hour + 1),
      location: '',
      counterpartOrgIds: [org.id],
      participantIds: [],
      agenda: '',
      minutes: '',
      outcomes: '',
      confidentiality: 'internal',
      tags: [],
    });
  await meeting(tianjin.id, 'T1', 1);
  await meeting(bangkok.id, 'B1', 2);
  await meeting(tianjin.id, 'T3', 5);
  await meeting(null, 'No event', 6);
  await meeting(tianjin.id, 'T2', 3);
  return { ...archive, tianjin, bangkok };
}

describe('MeetingRepository.forEventNewestFirst', () => {
  it("lists one event's meetings, newest first", async () => {
    const { repos, tianjin } = await archiveWithTwoEvents();
    const found = await repos.meetings.forEventNewestFirst(tianjin.id);
    expect(found.map((m) => m.title)).toEqual(['T3', 'T2', 'T1']);
  });

  it('pages with limit and offset', async () => {
    const { repos, tianjin } = await archiveWithTwoEvents();
    expect((await repos.meetings.forEventNewestFirst(tianjin.id, 2)).map((m) => m.title)).toEqual([
      'T3',
      'T2',
    ]);
    expect((await repos.meetings.forEventNewestFirst(tianjin.id, 2, 2)).map((m) => m.title)).toEqual(['T1']);
  });

  it('finds nothing for an event without meetings', async () => {
    const { repos } = await archiveWithTwoEvents();
    expect(await repos.meetings.forEventNewestFirst('01JD0000000000000000000000')).toEqual([]);
  });
});
