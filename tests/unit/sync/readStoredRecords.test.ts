import { describe, expect, it } from 'vitest';
import { readStoredRecords } from '../../../renderer/src/db/sync/readStoredRecords';
import { createTestArchive, type TestArchive } from '../../support/testArchive';

async function organizations(archive: TestArchive, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const org = await archive.repos.organizations.create({
      name: `Polytechnic ${i}`,
      nativeName: '',
      country: 'LA',
      kind: 'college',
      website: '',
    });
    ids.push(org.id);
  }
  return ids;
}

/** What the merge is told about each id: live, deleted or unknown. */
async function states(archive: TestArchive, ids: readonly string[]) {
  const stored = await archive.db.transaction('r', archive.db.organizations, archive.db.tombstones, () =>
    readStoredRecords(archive.db, 'organizations', ids),
  );
  return ids.map((id) => {
    const record = stored.get(id);
    return record === undefined ? 'unknown' : record.deleted ? 'deleted' : String(record.fields['name']);
  });
}

describe('reading what the archive holds of records a pull touches', () => {
  it('finds the one deleted record among ids new to the archive, with few tombstones around', async () => {
    const archive = await createTestArchive();
    const [kept, deleted] = await organizations(archive, 2);
    await archive.repos.organizations.delete(deleted!);
    const unknown = ['01ZZZZZZZZZZZZZZZZZZZZZZZ1', '00000000000000000000000001'];
    expect(await states(archive, [kept!, deleted!, ...unknown])).toEqual([
      'Polytechnic 0',
      'deleted',
      'unknown',
      'unknown',
    ]);
  });

  it('finds the deleted ones the same way when tombstones outnumber the ids asked about', async () => {
    const archive = await createTestArchive();
    const ids = await organizations(archive, 12);
    for (const id of ids.slice(0, 10)) await archive.repos.organizations.delete(id);
    // Two ids missing from the table, with ten tombstones between them: each is looked up instead.
    expect(await states(archive, [ids[0]!, ids[9]!, ids[11]!])).toEqual([
      'deleted',
      'deleted',
      'Polytechnic 11',
    ]);
    expect(await states(archive, [ids[3]!, '01ZZZZZZZZZZZZZZZZZZZZZZZ1'])).toEqual(['deleted', 'unknown']);
  });
});
