/**
 * The participant import's look-up of people and organizations already in the archive: a participant
 * written with another romanization is still matched by their native-script name, through the search
 * index, which the import waits for.
 */
import { describe, expect, it } from 'vitest';
import type { Participant } from '../../../shared/formats/participantsTable';
import { findExisting } from '../../../renderer/src/dataExchange/participantImport';
import { RecordExchange } from '../../../renderer/src/db/RecordExchange';
import { inProcessChannel } from '../../../renderer/src/search/inProcessChannel';
import { NameFinder } from '../../../renderer/src/search/NameFinder';
import { SearchClient } from '../../../renderer/src/search/SearchClient';
import { createTestArchive } from '../../support/testArchive';

const participant = (fields: Partial<Participant>): Participant => ({
  row: 2,
  name: '',
  nativeName: '',
  title: '',
  organization: '',
  organizationNativeName: '',
  country: '',
  email: '',
  phone: '',
  notes: '',
  ...fields,
});

async function archiveWithSomchai() {
  const archive = await createTestArchive();
  const org = await archive.repos.organizations.create({
    name: 'Mahasarakham University',
    nativeName: 'มหาวิทยาลัยมหาสารคาม',
    country: 'TH',
    kind: 'university',
    website: '',
  });
  const somchai = await archive.repos.people.create({
    name: 'Somchai Wongsa',
    nativeName: 'สมชาย วงศ์สา',
    title: 'Dean',
    organizationId: org.id,
    email: '',
    phone: '',
    isDelegate: false,
    notes: '',
  });
  const search = new SearchClient(inProcessChannel(archive.db));
  const exchange = new RecordExchange(archive.db, archive.capture, archive.repos);
  return { ...archive, org, somchai, search, names: new NameFinder(archive.repos, search), exchange };
}

describe('matching participants to the archive', () => {
  it('finds a person and an organization by their native-script names under another romanization', async () => {
    const { names, search, exchange, somchai, org } = await archiveWithSomchai();
    search.start();
    const existing = await findExisting(names, exchange, [
      participant({
        name: 'Somchay Vongsa',
        nativeName: 'สมชาย วงศ์สา',
        organization: 'University of Mahasarakham',
        organizationNativeName: 'มหาวิทยาลัยมหาสารคาม',
      }),
    ]);
    expect(existing.people.map((p) => p.id)).toEqual([somchai.id]);
    expect(existing.organizations.map((o) => o.id)).toEqual([org.id]);
  });

  it('finds a person by the start of their name even with search off', async () => {
    const { names, exchange, somchai } = await archiveWithSomchai();
    const existing = await findExisting(names, exchange, [participant({ name: 'SOMCHAI WONGSA' })]);
    expect(existing.people.map((p) => p.id)).toEqual([somchai.id]);
  });
});
