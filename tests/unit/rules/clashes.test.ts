import { describe, expect, it } from 'vitest';
import { findClashes } from '../../../shared/rules/clashes';

const h = (hour: number, minute = 0) => Date.UTC(2024, 10, 21, hour, minute);

describe('findClashes', () => {
  const keynote = { id: 'S1', startsAt: h(9), endsAt: h(10), attendeeIds: ['wang'] };

  it('flags a meeting that overlaps a session one of its participants attends', () => {
    const meeting = { id: 'M1', startsAt: h(9, 30), endsAt: h(10), participantIds: ['wang', 'sok'] };
    expect(findClashes([meeting], [keynote])).toEqual([
      { meetingId: 'M1', otherId: 'S1', otherKind: 'session', personIds: ['wang'] },
    ]);
  });

  it('ignores an overlapping session nobody in the meeting attends, and meetings that only touch', () => {
    const other = { id: 'M1', startsAt: h(9, 30), endsAt: h(10), participantIds: ['li'] };
    const touching = { id: 'M2', startsAt: h(10), endsAt: h(10, 30), participantIds: ['wang'] };
    expect(findClashes([other, touching], [keynote])).toEqual([]);
  });

  it('flags both meetings when the same person is booked twice', () => {
    const a = { id: 'A', startsAt: h(11), endsAt: h(12), participantIds: ['wang'] };
    const b = { id: 'B', startsAt: h(11, 45), endsAt: h(12, 15), participantIds: ['wang', 'x'] };
    const c = { id: 'C', startsAt: h(11, 50), endsAt: h(12), participantIds: ['y'] };
    const clashes = findClashes([b, c, a], []);
    expect(clashes).toEqual([
      { meetingId: 'A', otherId: 'B', otherKind: 'meeting', personIds: ['wang'] },
      { meetingId: 'B', otherId: 'A', otherKind: 'meeting', personIds: ['wang'] },
    ]);
  });

  it('never counts a cancelled meeting', () => {
    const cancelled = {
      id: 'M1',
      startsAt: h(9),
      endsAt: h(10),
      participantIds: ['wang'],
      status: 'cancelled',
    };
    expect(findClashes([cancelled], [keynote])).toEqual([]);
  });
});
