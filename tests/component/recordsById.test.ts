import { describe, expect, it } from 'vitest';
import { MAX_BULK_GET } from '../../renderer/src/db/repositories/EntityRepository';
import { namesById, recordsById } from '../../renderer/src/ui/recordsById';

/** A repository stand-in that, like the real one, refuses reads longer than MAX_BULK_GET. */
function fakeRepo(count: number) {
  const reads: number[] = [];
  return {
    reads,
    getMany(ids: readonly string[]) {
      if (ids.length > MAX_BULK_GET) return Promise.reject(new Error('too many ids'));
      reads.push(ids.length);
      return Promise.resolve(
        ids.filter((id) => Number(id.slice(1)) < count).map((id) => ({ id, name: `Name ${id}` })),
      );
    },
  };
}

describe('recordsById', () => {
  it('reads more ids than one getMany allows, in chunks, and finds every name', async () => {
    const repo = fakeRepo(Infinity);
    const ids = Array.from({ length: MAX_BULK_GET + 5 }, (_, i) => `p${i}`);
    const names = await namesById(repo, ids);
    expect(names.size).toBe(MAX_BULK_GET + 5);
    expect(names.get(`p${MAX_BULK_GET + 4}`)).toBe(`Name p${MAX_BULK_GET + 4}`);
    expect(repo.reads).toEqual([MAX_BULK_GET, 5]);
  });

  it('drops duplicate and null ids, and leaves out records that do not exist', async () => {
    const repo = fakeRepo(2);
    const records = await recordsById(repo, ['p0', null, 'p0', 'p1', 'p7']);
    expect([...records.keys()]).toEqual(['p0', 'p1']);
    expect(repo.reads).toEqual([3]);
  });
});
