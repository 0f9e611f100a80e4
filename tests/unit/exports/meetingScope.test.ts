import { describe, expect, it, vi } from 'vitest';
import type { Meeting } from '../../../shared/domain/entities';
import type { Repositories } from '../../../renderer/src/db/repositories/createRepositories';
import { MAX_BULK_GET } from '../../../renderer/src/db/repositories/EntityRepository';
import {
  EVERY_MEETING,
  NO_MEETING,
  chosenCount,
  chosenMeetings,
  isChosen,
  withChoice,
} from '../../../renderer/src/exports/meetingScope';

/** `count` meetings of one event, served the way the repository’s index reads serve them. */
function eventOf(count: number) {
  const meetings = Array.from(
    { length: count },
    (_, i) =>
      ({
        id: `M${String(i).padStart(5, '0')}`,
        title: `Meeting ${i}`,
        startsAt: 1_000 + i,
        eventId: 'E',
      }) as Meeting,
  );
  const newestFirst = [...meetings].reverse();
  const forEventNewestFirst = vi.fn((_eventId: string, limit: number, offset: number) =>
    Promise.resolve(newestFirst.slice(offset, offset + limit)),
  );
  const getMany = vi.fn((ids: readonly string[]) => {
    if (ids.length > MAX_BULK_GET) throw new Error('getMany over the limit');
    return Promise.resolve(meetings.filter((m) => ids.includes(m.id)));
  });
  const repos = { meetings: { forEventNewestFirst, getMany } } as unknown as Repositories;
  return { meetings, repos, forEventNewestFirst, getMany };
}

const scope = { kind: 'event', eventId: 'E' } as const;

describe('the meetings a document is made from', () => {
  it('are every meeting of the event, past the 1,000 one read returns, oldest first and each once', async () => {
    const { meetings, repos, forEventNewestFirst } = eventOf(1_234);
    const chosen = await chosenMeetings(repos, scope, EVERY_MEETING);
    expect(chosen.map((m) => m.id)).toEqual(meetings.map((m) => m.id));
    for (const [, limit] of forEventNewestFirst.mock.calls) expect(limit).toBeLessThanOrEqual(1_000);
  });

  it('leave out the meetings unticked from a whole event', async () => {
    const { repos } = eventOf(1_234);
    let selection = withChoice(EVERY_MEETING, 'M00010', false);
    selection = withChoice(selection, 'M01200', false);
    expect(isChosen(selection, 'M00010')).toBe(false);
    expect(isChosen(selection, 'M00011')).toBe(true);
    expect(chosenCount(selection, 1_234)).toBe(1_232);
    const chosen = await chosenMeetings(repos, scope, selection);
    expect(chosen).toHaveLength(1_232);
    expect(chosen.some((m) => m.id === 'M01200')).toBe(false);
  });

  it('when picked one by one, are read by id in chunks within the bulk read limit', async () => {
    const { repos, getMany } = eventOf(1_500);
    let selection = NO_MEETING;
    for (let i = 1_499; i >= 0; i--)
      selection = withChoice(selection, `M${String(i).padStart(5, '0')}`, true);
    expect(chosenCount(selection, 1_500)).toBe(1_500);
    const chosen = await chosenMeetings(repos, scope, selection);
    expect(chosen.map((m) => m.startsAt)).toEqual([...chosen.map((m) => m.startsAt)].sort((a, b) => a - b));
    expect(chosen).toHaveLength(1_500);
    expect(getMany.mock.calls.length).toBeGreaterThan(1);
  });

  it('stop being read when the job is cancelled', async () => {
    const { repos } = eventOf(1_234);
    const abort = new AbortController();
    abort.abort();
    await expect(chosenMeetings(repos, scope, EVERY_MEETING, abort.signal)).rejects.toThrow();
  });
});
