/**
 * The page and count queries the virtualized lists read: every list reads `offset`/`limit` pages through
 * one index, and counts on the same index range, so page N of a list and its count always agree.
 */
import { describe, expect, it } from 'vitest';
import type { ActionItem, Agreement } from '../../../shared/domain/entities';
import { createTestArchive } from '../../support/testArchive';

const h = (hour: number) => Date.UTC(2024, 10, 21, hour);

async function archive() {
  const test = await createTestArchive();
  const { repos } = test;
  const org = (name: string, nativeName = '') =>
    repos.organizations.create({ name, nativeName, country: 'LA', kind: 'college', website: '' });
  const person = (name: string, nativeName = '') =>
    repos.people.create({
      name,
      nativeName,
      title: '',
      organizationId: null,
      email: '',
      phone: '',
      isDelegate: false,
      notes: '',
    });
  return { ...test, org, person };
}

describe('MeetingRepository.countForEvent', () => {
  it("counts one event's meetings through the compound index", async () => {
    const { repos, org } = await archive();
    const pakpasak = await org('Pakpasak Technical College');
    const event = (name: string) =>
      repos.events.create({
        name,
        city: '',
        venue: '',
        startDate: '2024-11-21',
        endDate: '2024-11-22',
        timeZone: 'Asia/Shanghai',
      });
    const tianjin = await event('Tianjin');
    const bangkok = await event('Bangkok');
    const meeting = (eventId: string | null, hour: number) =>
      repos.meetings.create({
        eventId,
        title: `Meeting ${hour}`,
        kind: 'bilateral',
        status: 'planned',
        startsAt: h(hour),
        endsAt: h(hour + 1),
        location: '',
        counterpartOrgIds: [pakpasak.id],
        participantIds: [],
        agenda: '',
        minutes: '',
        outcomes: '',
        confidentiality: 'internal',
        tags: [],
      });
    for (const hour of [1, 2, 3]) await meeting(tianjin.id, hour);
    await meeting(bangkok.id, 4);
    await meeting(null, 5);
    expect(await repos.meetings.countForEvent(tianjin.id)).toBe(3);
    expect(await repos.meetings.countForEvent(bangkok.id)).toBe(1);
    expect(await repos.meetings.countForEvent('01JD0000000000000000000000')).toBe(0);
    expect(await repos.meetings.count()).toBe(5);
  });
});

describe('agreement and action-item pages', () => {
  async function agreements() {
    const test = await archive();
    const laos = await test.org('Pakpasak Technical College');
    const thailand = await test.org('Mahasarakham University');
    const agreement = (title: string, fields: Partial<Agreement>) =>
      test.repos.agreements.create({
        title,
        kind: 'mou',
        scope: '',
        status: 'proposed',
        signedOn: null,
        signingPlace: '',
        eventId: null,
        signatoryIds: [],
        validFrom: null,
        validUntil: null,
        renewalReminder: null,
        meetingIds: [],
        partyOrgIds: [laos.id],
        ...fields,
      });
    await agreement('A', { status: 'active', signedOn: '2024-01-01', validUntil: '2026-03-01' });
    await agreement('B', { status: 'active', signedOn: '2024-01-01', validUntil: '2026-01-01' });
    await agreement('C', { status: 'active', signedOn: '2024-01-01', partyOrgIds: [thailand.id] });
    await agreement('D', { validUntil: '2026-02-01', partyOrgIds: [laos.id, thailand.id] });
    return { ...test, laos, thailand };
  }

  it('page and count agreements by status, expiry window and partner', async () => {
    const { repos, laos, thailand } = await agreements();
    const titles = (list: Agreement[]) => list.map((a) => a.title);
    expect(titles(await repos.agreements.withStatus('active'))).toEqual(['B', 'A', 'C']);
    expect(titles(await repos.agreements.withStatus('active', 2, 1))).toEqual(['A', 'C']);
    expect(await repos.agreements.countWithStatus('active')).toBe(3);
    expect(titles(await repos.agreements.expiringBetween('2026-01-01', '2026-02-15', 1, 1))).toEqual(['D']);
    expect(await repos.agreements.countExpiringBetween('2026-01-01', '2026-02-15')).toBe(2);
    expect(titles(await repos.agreements.forParty(laos.id, 5, 1))).toEqual(['B', 'D']);
    expect(await repos.agreements.countForParty(laos.id)).toBe(3);
    expect(await repos.agreements.countForParty(thailand.id)).toBe(2);
  });

  it('page and count action items under every filter: outstanding first, each soonest due first, undated last', async () => {
    const { repos, person } = await archive();
    const owner = await person('Wang Fang');
    const item = (
      title: string,
      ownerId: string | null,
      dueDate: string | null,
      status: ActionItem['status'] = 'open',
    ) => repos.actionItems.create({ title, meetingId: null, agreementId: null, ownerId, dueDate, status });
    await item('Later', owner.id, '2026-05-01');
    await item('Sooner', owner.id, '2026-01-01');
    await item('Undated', owner.id, null);
    await item('Nobody', null, '2026-02-01');
    await item('Started', owner.id, '2025-01-01', 'in-progress');
    await item('Finished', owner.id, '2024-01-01', 'done');
    await item('Dropped', null, '2024-06-01', 'cancelled');
    const titles = (list: Array<{ title: string }>) => list.map((i) => i.title);
    const any = { ownerId: null, status: null };
    expect(titles(await repos.actionItems.page(any))).toEqual([
      'Sooner',
      'Nobody',
      'Later',
      'Undated',
      'Started',
      'Finished',
      'Dropped',
    ]);
    // Pages run on from one status into the next, and past a whole one.
    expect(titles(await repos.actionItems.page(any, 2, 3))).toEqual(['Undated', 'Started']);
    expect(titles(await repos.actionItems.page(any, 2, 5))).toEqual(['Finished', 'Dropped']);
    expect(titles(await repos.actionItems.page(any, 2, 7))).toEqual([]);
    expect(await repos.actionItems.countMatching(any)).toBe(7);

    const owned = { ownerId: owner.id, status: null };
    expect(titles(await repos.actionItems.page(owned, 3, 1))).toEqual(['Later', 'Undated', 'Started']);
    expect(await repos.actionItems.countMatching(owned)).toBe(5);

    const open = { ownerId: null, status: 'open' as const };
    expect(titles(await repos.actionItems.page(open, 2, 1))).toEqual(['Nobody', 'Later']);
    expect(await repos.actionItems.countMatching(open)).toBe(4);

    // Owner and status together: one index range, not a read narrowed in memory.
    const ownedOpen = { ownerId: owner.id, status: 'open' as const };
    expect(titles(await repos.actionItems.page(ownedOpen))).toEqual(['Sooner', 'Later', 'Undated']);
    expect(await repos.actionItems.countMatching(ownedOpen)).toBe(3);
    expect(await repos.actionItems.countMatching({ ownerId: owner.id, status: 'cancelled' })).toBe(0);
  });

  it('move an action item between lists when its status, owner or due date changes', async () => {
    const { repos, person } = await archive();
    const wang = await person('Wang Fang');
    const li = await person('Li Wei');
    const moved = await repos.actionItems.create({
      title: 'Moved',
      meetingId: null,
      agreementId: null,
      ownerId: wang.id,
      dueDate: '2026-01-01',
      status: 'open',
    });
    await repos.actionItems.update(moved.id, { status: 'done', ownerId: li.id, dueDate: null });
    expect(await repos.actionItems.countMatching({ ownerId: wang.id, status: null })).toBe(0);
    expect(await repos.actionItems.countMatching({ ownerId: null, status: 'open' })).toBe(0);
    const [stored] = await repos.actionItems.page({ ownerId: li.id, status: 'done' });
    expect(stored).toMatchObject({ title: 'Moved', dueDate: null });
    await repos.actionItems.update(moved.id, { ownerId: null });
    expect(await repos.actionItems.countMatching({ ownerId: li.id, status: null })).toBe(0);
    expect(await repos.actionItems.countMatching({ ownerId: null, status: 'done' })).toBe(1);
  });
});
