import { describe, expect, it } from 'vitest';
import { ulid } from '../../../shared/domain/ulid';
import type { Change } from '../../../shared/sync/change';
import { SyncTargetError } from '../../../shared/sync/SyncTransport';
import { ChangeApplier } from '../../../renderer/src/db/sync/ChangeApplier';
import { OutgoingChanges } from '../../../renderer/src/db/sync/OutgoingChanges';
import { createTestArchive, type TestArchive } from '../../support/testArchive';

const h = (hour: number) => Date.UTC(2024, 10, 21, hour);

async function laptop(now: () => number = Date.now) {
  const archive = await createTestArchive({ now });
  return {
    ...archive,
    applier: new ChangeApplier(archive.db, archive.capture, archive.repos),
    outgoing: new OutgoingChanges(archive.db),
  };
}
type Laptop = Awaited<ReturnType<typeof laptop>>;

/** Everything `from` has written (not what it merged from `origin`), merged into `to`. */
async function send(from: Laptop, to: Laptop, origin = 'peer') {
  const changes: Change[] = [];
  const upTo = await from.outgoing.lastSeq();
  const queue = await from.outgoing.queue({ after: 0, upTo, excludeOrigin: origin });
  for await (const chunk of from.outgoing.changes(queue, 1000)) {
    changes.push(...chunk.changes);
  }
  return to.applier.apply(changes, origin);
}

async function meetingIn(archive: TestArchive, minutes = '') {
  const org = await archive.repos.organizations.create({
    name: 'Prek Leap National Institute of Agriculture',
    nativeName: 'វិទ្យាស្ថានជាតិកសិកម្មព្រែកលៀប',
    country: 'KH',
    kind: 'college',
    website: '',
  });
  return archive.repos.meetings.create({
    eventId: null,
    title: 'Bilateral with Prek Leap',
    kind: 'bilateral',
    status: 'planned',
    startsAt: h(2),
    endsAt: h(3),
    location: '',
    counterpartOrgIds: [org.id],
    participantIds: [],
    agenda: '',
    minutes,
    outcomes: '',
    confidentiality: 'internal',
    tags: [],
  });
}

async function entities(archive: TestArchive) {
  const strip = (rows: readonly object[]) =>
    rows.map((row) => Object.fromEntries(Object.entries(row).filter(([key]) => !key.startsWith('_'))));
  return {
    meetings: strip(await archive.db.meetings.toArray()),
    organizations: strip(await archive.db.organizations.toArray()),
    conflicts: strip(await archive.db.conflicts.toArray()),
  };
}

describe('merging another laptop’s changes into the database', () => {
  it('brings a meeting across with its minutes, and bringing it again writes nothing', async () => {
    const a = await laptop();
    const b = await laptop();
    const meeting = await meetingIn(a, 'ភាគីទាំងពីរបានព្រមព្រៀង');
    const first = await send(a, b);
    expect(first.written).toBe(2);
    expect(await b.repos.meetings.get(meeting.id)).toEqual(meeting);
    const again = await send(a, b);
    expect(again.written).toBe(0);
    expect(await entities(b)).toEqual(await entities(a));
  });

  it('keeps both texts when two laptops rewrite the same minutes, with the same conflict on both', async () => {
    const a = await laptop();
    const b = await laptop();
    const meeting = await meetingIn(a, 'draft');
    await send(a, b);
    await a.repos.meetings.update(meeting.id, { minutes: 'ភាគីទាំងពីរបានព្រមព្រៀង' });
    await b.repos.meetings.update(meeting.id, { minutes: '双方同意交换学生' });
    await send(a, b);
    await send(b, a);
    const atA = await entities(a);
    expect(atA).toEqual(await entities(b));
    const winner = atA.meetings[0]!['minutes'];
    const loser = winner === '双方同意交换学生' ? 'ភាគីទាំងពីរបានព្រមព្រៀង' : '双方同意交换学生';
    expect(atA.conflicts).toMatchObject([
      { recordId: meeting.id, field: 'minutes', text: loser, resolution: 'open' },
    ]);
  });

  it('replaces minutes without a conflict when the writer had seen them', async () => {
    const a = await laptop();
    const b = await laptop();
    const meeting = await meetingIn(a, 'draft from A');
    await send(a, b);
    await b.repos.meetings.update(meeting.id, { minutes: 'final text agreed with A' });
    await send(b, a);
    expect((await a.repos.meetings.get(meeting.id))!.minutes).toBe('final text agreed with A');
    expect(await a.db.conflicts.count()).toBe(0);
  });

  it('deletes a meeting but keeps minutes the deleter had not seen as a conflict', async () => {
    const a = await laptop();
    const b = await laptop();
    const meeting = await meetingIn(a, '');
    await send(a, b);
    await a.repos.meetings.update(meeting.id, { minutes: 'written at the venue after B last synced' });
    await b.repos.meetings.delete(meeting.id);
    const result = await send(b, a);
    expect(result.deleted).toBe(1);
    expect(await a.repos.meetings.get(meeting.id)).toBeUndefined();
    expect(await a.db.conflicts.toArray()).toMatchObject([
      { text: 'written at the venue after B last synced' },
    ]);
  });

  it('refuses a batch with an invalid record and leaves everything as it was', async () => {
    const a = await laptop();
    const b = await laptop();
    const meeting = await meetingIn(a, 'minutes');
    await send(a, b);
    const before = await entities(b);
    const good: Change = {
      table: 'meetings',
      id: meeting.id,
      op: 'upsert',
      fields: { title: { value: 'Renamed', hlc: b.capture.stamp() } },
    };
    const bad: Change = {
      table: 'meetings',
      id: meeting.id,
      op: 'upsert',
      fields: { endsAt: { value: h(1), hlc: b.capture.stamp() } }, // before it starts
    };
    const failure = await b.applier.apply([good, bad], 'peer').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(SyncTargetError);
    expect((failure as Error).message).toMatch(/not valid \(endsAt\).*nothing from this batch was applied/);
    expect(await entities(b)).toEqual(before);
  });

  it('refuses a large batch whose invalid record comes after rows already handed to the database', async () => {
    const a = await laptop();
    const b = await laptop();
    const { id: _id, ...meeting } = await meetingIn(a, 'minutes');
    await send(a, b);
    const before = await entities(b);
    const outboxBefore = await b.outgoing.lastSeq();
    const newMeeting = (fields: Partial<typeof meeting>): Change => {
      const hlc = b.capture.stamp();
      return {
        table: 'meetings',
        id: ulid(),
        op: 'upsert',
        fields: Object.fromEntries(
          Object.entries({ ...meeting, ...fields }).map(([field, value]) => [field, { value, hlc }]),
        ),
      };
    };
    // The rows are checked and written a slice at a time: the bad one is found after 250 good ones
    // were already handed to the database within the batch's transaction.
    const good = Array.from({ length: 250 }, (_, i) => newMeeting({ title: `Visit ${i}` }));
    const bad = newMeeting({ endsAt: h(1) }); // before it starts
    const failure = await b.applier.apply([...good, bad], 'peer').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(SyncTargetError);
    expect((failure as Error).message).toMatch(/not valid \(endsAt\).*nothing from this batch was applied/);
    expect(await entities(b)).toEqual(before);
    expect(await b.outgoing.lastSeq()).toBe(outboxBefore);
  });

  it('does not send changes back to the target they came from, but sends them elsewhere', async () => {
    const a = await laptop();
    const b = await laptop();
    await meetingIn(a, 'from A');
    await send(a, b, 'folder:shared');
    const backToFolder = await b.outgoing.keys({
      after: 0,
      upTo: await b.outgoing.lastSeq(),
      excludeOrigin: 'folder:shared',
    });
    const toBundle = await b.outgoing.keys({
      after: 0,
      upTo: await b.outgoing.lastSeq(),
      excludeOrigin: 'bundle',
    });
    expect(backToFolder).toEqual([]);
    expect(toBundle.map(([table]) => table)).toEqual(['organizations', 'meetings']);
  });

  it('moves the clock past a laptop a year ahead, so the next local edit still orders after it', async () => {
    const year = 365 * 86_400_000;
    const ahead = await laptop(() => Date.now() + year);
    const here = await laptop();
    const meeting = await meetingIn(ahead, 'from the laptop with the wrong clock');
    await send(ahead, here);
    await here.repos.meetings.update(meeting.id, { minutes: 'corrected at home' });
    await send(here, ahead);
    expect((await ahead.repos.meetings.get(meeting.id))!.minutes).toBe('corrected at home');
  });
});
