import { describe, expect, it } from 'vitest';
import type { Change } from '../../../shared/sync/change';
import {
  conflictId,
  mergeChange,
  nextLineage,
  seenVersions,
  type StoredRecord,
} from '../../../shared/sync/mergeChange';

const LONG = ['minutes'];
const stamp = (wall: number, device: string) => `${wall.toString(16).padStart(12, '0')}.000000.${device}`;

function meeting(title: string, minutes: string, at: string, lineage: string[] = []): StoredRecord {
  return {
    fields: { title, minutes },
    stamps: { title: at, minutes: at },
    lineage: { minutes: lineage },
    deleted: null,
  };
}

function edit(field: string, value: string, at: string, lineage?: string[]): Change {
  return {
    table: 'meetings',
    id: 'm1',
    op: 'upsert',
    fields: { [field]: { value, hlc: at, ...(lineage ? { lineage } : {}) } },
  };
}

describe('merging one change into a record', () => {
  const created = stamp(1000, 'A');

  it('takes the later edit of a structured field and keeps no conflict for it', () => {
    const outcome = mergeChange(
      meeting('Draft', '', created),
      edit('title', 'MoU signing', stamp(2000, 'B')),
      LONG,
    );
    expect(outcome.record.fields['title']).toBe('MoU signing');
    expect(outcome.changed).toBe(true);
    expect(outcome.conflicts).toEqual([]);
  });

  it('keeps the losing text of two concurrent minutes as a conflict, on both laptops, with one id', () => {
    const fromA = edit('minutes', 'ភាគីទាំងពីរបានព្រមព្រៀង', stamp(2000, 'A'), [created]);
    const fromB = edit('minutes', '双方同意交换学生', stamp(2001, 'B'), [created]);
    const base = meeting('MoU', 'agenda', created);
    // Laptop A has its own text and receives B's; laptop B has its own and receives A's.
    const atA = mergeChange(mergeChange(base, fromA, LONG).record, fromB, LONG);
    const atB = mergeChange(mergeChange(base, fromB, LONG).record, fromA, LONG);
    expect(atA.record.fields['minutes']).toBe('双方同意交换学生');
    expect(atB.record.fields['minutes']).toBe('双方同意交换学生');
    const expected = {
      id: conflictId('meetings', 'm1', 'minutes', stamp(2000, 'A')),
      text: 'ភាគីទាំងពីរបានព្រមព្រៀង',
    };
    expect(atA.conflicts).toMatchObject([expected]);
    expect(atB.conflicts).toMatchObject([expected]);
  });

  it('replaces text its writer had seen without a conflict', () => {
    const first = stamp(2000, 'A');
    const base = meeting('MoU', 'first draft', first, [created]);
    const outcome = mergeChange(
      base,
      edit('minutes', 'final text', stamp(3000, 'B'), nextLineage(first, [created])),
      LONG,
    );
    expect(outcome.record.fields['minutes']).toBe('final text');
    expect(outcome.conflicts).toEqual([]);
  });

  it('changes nothing when the same change arrives twice', () => {
    const change = edit('minutes', 'agreed', stamp(2000, 'B'), [created]);
    const once = mergeChange(meeting('MoU', '', created), change, LONG);
    const twice = mergeChange(once.record, change, LONG);
    expect(twice.changed).toBe(false);
    expect(twice.record).toEqual(once.record);
  });

  it('deletes the record but keeps minutes the deleter had not seen as a conflict', () => {
    const written = stamp(2000, 'A');
    const local = meeting('MoU', 'minutes written at the venue', written, [created]);
    const remove: Change = {
      table: 'meetings',
      id: 'm1',
      op: 'delete',
      hlc: stamp(3000, 'B'),
      seen: { minutes: seenVersions(created) },
    };
    const outcome = mergeChange(local, remove, LONG);
    expect(outcome.record.deleted?.hlc).toBe(stamp(3000, 'B'));
    expect(outcome.conflicts).toMatchObject([{ text: 'minutes written at the venue', stamp: written }]);
  });

  it('deletes without a conflict when the deleter had the text', () => {
    const written = stamp(2000, 'A');
    const local = meeting('MoU', 'minutes', written, [created]);
    const remove: Change = {
      table: 'meetings',
      id: 'm1',
      op: 'delete',
      hlc: stamp(3000, 'B'),
      seen: { minutes: seenVersions(written, [created]) },
    };
    expect(mergeChange(local, remove, LONG).conflicts).toEqual([]);
  });

  it('keeps minutes arriving after the delete as a conflict when the deleter had not seen them', () => {
    const remove: Change = {
      table: 'meetings',
      id: 'm1',
      op: 'delete',
      hlc: stamp(3000, 'B'),
      seen: { minutes: [created] },
    };
    const deleted = mergeChange(meeting('MoU', '', created), remove, LONG).record;
    const late = mergeChange(deleted, edit('minutes', 'late minutes', stamp(2500, 'C'), [created]), LONG);
    expect(late.record.deleted).not.toBeNull();
    expect(late.conflicts).toMatchObject([{ text: 'late minutes' }]);
  });

  it('ends with the same delete whichever of two deletes arrives first', () => {
    const one: Change = {
      table: 'meetings',
      id: 'm1',
      op: 'delete',
      hlc: stamp(3000, 'B'),
      seen: { minutes: [stamp(1, 'B')] },
    };
    const two: Change = {
      table: 'meetings',
      id: 'm1',
      op: 'delete',
      hlc: stamp(2000, 'C'),
      seen: { minutes: [stamp(2, 'C')] },
    };
    const base = meeting('MoU', '', created);
    const oneFirst = mergeChange(mergeChange(base, one, LONG).record, two, LONG).record;
    const twoFirst = mergeChange(mergeChange(base, two, LONG).record, one, LONG).record;
    expect(oneFirst).toEqual(twoFirst);
  });
});
