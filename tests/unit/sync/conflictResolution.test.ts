import { describe, expect, it } from 'vitest';
import type { Change } from '../../../shared/sync/change';
import { parseHlc } from '../../../shared/sync/hybridLogicalClock';
import {
  ConflictAlreadyResolvedError,
  ConflictRecordGoneError,
} from '../../../renderer/src/db/repositories/ConflictRepository';
import { ChangeApplier } from '../../../renderer/src/db/sync/ChangeApplier';
import { OutgoingChanges } from '../../../renderer/src/db/sync/OutgoingChanges';
import { createTestArchive } from '../../support/testArchive';

const KHMER = 'ភាគីទាំងពីរបានព្រមព្រៀង';
const CHINESE = '双方同意交换学生';

async function laptop() {
  const archive = await createTestArchive();
  return {
    ...archive,
    applier: new ChangeApplier(archive.db, archive.capture, archive.repos),
    outgoing: new OutgoingChanges(archive.db),
  };
}
type Laptop = Awaited<ReturnType<typeof laptop>>;

/** Everything `from` has in its outbox, merged into `to` (as a folder or bundle sync would). */
async function send(from: Laptop, to: Laptop) {
  const changes: Change[] = [];
  const upTo = await from.outgoing.lastSeq();
  const queue = await from.outgoing.queue({ after: 0, upTo });
  for await (const chunk of from.outgoing.changes(queue, 1000)) changes.push(...chunk.changes);
  return to.applier.apply(changes, `device:${from.capture.deviceId}`);
}

/** Two laptops that rewrote the same minutes at once and have synced both ways: one open conflict each. */
async function twoLaptopsInConflict() {
  const a = await laptop();
  const b = await laptop();
  const org = await a.repos.organizations.create({
    name: 'Prek Leap National Institute of Agriculture',
    nativeName: 'វិទ្យាស្ថានជាតិកសិកម្មព្រែកលៀប',
    country: 'KH',
    kind: 'college',
    website: '',
  });
  const meeting = await a.repos.meetings.create({
    eventId: null,
    title: 'Bilateral with Prek Leap',
    kind: 'bilateral',
    status: 'planned',
    startsAt: Date.UTC(2024, 10, 21, 2),
    endsAt: Date.UTC(2024, 10, 21, 3),
    location: '',
    counterpartOrgIds: [org.id],
    participantIds: [],
    agenda: '',
    minutes: 'draft',
    outcomes: '',
    confidentiality: 'internal',
    tags: [],
  });
  await send(a, b);
  await a.repos.meetings.update(meeting.id, { minutes: KHMER });
  await b.repos.meetings.update(meeting.id, { minutes: CHINESE });
  await send(a, b);
  await send(b, a);
  const [conflict] = await a.repos.conflicts.open();
  expect(conflict).toBeDefined();
  expect(await b.repos.conflicts.open()).toEqual([conflict]);
  const current = (await a.repos.meetings.get(meeting.id))!.minutes;
  return { a, b, meeting, conflict: conflict!, current };
}

describe('resolving a sync conflict', () => {
  it('lists the open conflict with the losing text and the device it came from', async () => {
    const { a, b, meeting, conflict, current } = await twoLaptopsInConflict();
    expect(conflict).toMatchObject({ table: 'meetings', recordId: meeting.id, field: 'minutes' });
    expect([current, conflict.text].sort()).toEqual([KHMER, CHINESE].sort());
    const loser = conflict.text === KHMER ? a : b;
    expect(parseHlc(conflict.stamp).device).toBe(loser.capture.deviceId);
    expect(await a.repos.conflicts.countOpen()).toBe(1);
    expect(await a.repos.conflicts.forRecord(meeting.id)).toEqual([conflict]);
    expect(await a.repos.conflicts.subject(conflict)).toMatchObject({ state: 'live', text: current });
  });

  it('takes the other version into the record on laptop A, and laptop B gets the same text and resolution', async () => {
    const { a, b, meeting, conflict } = await twoLaptopsInConflict();
    await a.repos.conflicts.resolve(conflict.id, { kind: 'keep-other' });
    expect((await a.repos.meetings.get(meeting.id))!.minutes).toBe(conflict.text);
    expect(await a.repos.conflicts.countOpen()).toBe(0);

    const result = await send(a, b);
    expect(result.conflicts).toBe(0);
    expect((await b.repos.meetings.get(meeting.id))!.minutes).toBe(conflict.text);
    expect(await b.repos.conflicts.get(conflict.id)).toMatchObject({ resolution: 'kept-other' });
    expect(await b.repos.conflicts.countOpen()).toBe(0);
  });

  it('sends a hand-merged text to laptop B without finding a new conflict there', async () => {
    const { a, b, meeting, conflict, current } = await twoLaptopsInConflict();
    const merged = `${current}\n\n${conflict.text}`;
    await a.repos.conflicts.resolve(conflict.id, { kind: 'merged', text: merged });
    await send(a, b);
    expect((await b.repos.meetings.get(meeting.id))!.minutes).toBe(merged);
    expect(await b.repos.conflicts.get(conflict.id)).toMatchObject({ resolution: 'merged' });
    expect(await b.db.conflicts.count()).toBe(1);
  });

  it('keeps the current text everywhere when the current version is kept', async () => {
    const { a, b, meeting, conflict, current } = await twoLaptopsInConflict();
    const outboxBefore = await a.db.outbox.count();
    await a.repos.conflicts.resolve(conflict.id, { kind: 'keep-current' });
    // Only the conflict's resolution goes out: the meeting is not written again.
    expect(await a.db.outbox.where('seq').above(outboxBefore).toArray()).toMatchObject([
      { table: 'conflicts', ids: [conflict.id], fields: ['resolution'] },
    ]);
    await send(a, b);
    expect((await b.repos.meetings.get(meeting.id))!.minutes).toBe(current);
    expect(await b.repos.conflicts.get(conflict.id)).toMatchObject({ resolution: 'kept-current' });
  });

  it('lets a later resolution on B win over an earlier one from A, on both laptops', async () => {
    const { a, b, meeting, conflict, current } = await twoLaptopsInConflict();
    await a.repos.conflicts.resolve(conflict.id, { kind: 'keep-current' });
    await b.repos.conflicts.resolve(conflict.id, { kind: 'keep-other' });
    await send(a, b);
    await send(b, a);
    for (const side of [a, b]) {
      expect(await side.repos.conflicts.get(conflict.id)).toMatchObject({ resolution: 'kept-other' });
      expect((await side.repos.meetings.get(meeting.id))!.minutes).toBe(conflict.text);
    }
    expect(current).not.toBe(conflict.text);
  });

  it('refuses to resolve a conflict twice, and leaves the record as the first resolution made it', async () => {
    const { a, meeting, conflict } = await twoLaptopsInConflict();
    await a.repos.conflicts.resolve(conflict.id, { kind: 'keep-other' });
    await expect(a.repos.conflicts.resolve(conflict.id, { kind: 'merged', text: 'late' })).rejects.toThrow(
      ConflictAlreadyResolvedError,
    );
    expect((await a.repos.meetings.get(meeting.id))!.minutes).toBe(conflict.text);
  });

  it('cannot take text into a deleted record, but can dismiss its conflict', async () => {
    const { a, meeting, conflict } = await twoLaptopsInConflict();
    await a.repos.meetings.delete(meeting.id);
    expect(await a.repos.conflicts.subject(conflict)).toMatchObject({
      state: 'deleted',
      last: { title: 'Bilateral with Prek Leap' },
    });
    await expect(a.repos.conflicts.resolve(conflict.id, { kind: 'keep-other' })).rejects.toThrow(
      ConflictRecordGoneError,
    );
    expect(await a.repos.conflicts.countOpen()).toBe(1);
    await a.repos.conflicts.resolve(conflict.id, { kind: 'keep-current' });
    expect(await a.repos.conflicts.countOpen()).toBe(0);
  });

  it('writes nothing when a hand merge is not a valid text', async () => {
    const { a, meeting, conflict, current } = await twoLaptopsInConflict();
    const outboxBefore = await a.db.outbox.count();
    const tooLong = 'x'.repeat(200_001);
    await expect(a.repos.conflicts.resolve(conflict.id, { kind: 'merged', text: tooLong })).rejects.toThrow();
    expect((await a.repos.meetings.get(meeting.id))!.minutes).toBe(current);
    expect(await a.repos.conflicts.get(conflict.id)).toMatchObject({ resolution: 'open' });
    expect(await a.db.outbox.count()).toBe(outboxBefore);
  });
});
