import { describe, expect, it } from 'vitest';
import { createTestArchive } from '../../support/testArchive';

async function archive() {
  const { repos } = await createTestArchive();
  const college = await repos.organizations.create({
    name: 'Prek Leap National Institute of Agriculture',
    nativeName: '',
    country: 'KH',
    kind: 'college',
    website: '',
  });
  const person = (name: string, organizationId: string | null) =>
    repos.people.create({
      name,
      nativeName: '',
      title: '',
      organizationId,
      email: '',
      phone: '',
      isDelegate: false,
      notes: '',
    });
  const sok = await person('Sok Dara', college.id);
  const colleague = await person('Chan Sophea', college.id);
  const agreement = (title: string, signatoryIds: string[]) =>
    repos.agreements.create({
      title,
      kind: 'moa',
      partyOrgIds: [college.id],
      scope: '',
      status: 'signed',
      signedOn: '2024-11-21',
      signingPlace: '',
      eventId: null,
      signatoryIds,
      validFrom: null,
      validUntil: null,
      renewalReminder: null,
      meetingIds: [],
    });
  return { repos, college, sok, colleague, person, agreement };
}

describe('AgreementRepository.forSignatory', () => {
  it('finds the agreements a person signed, through their organization', async () => {
    const { repos, sok, colleague, agreement } = await archive();
    const signed = await agreement('Memorandum of Agreement on student enrolment', [sok.id]);
    await agreement('Letter of Intent on teacher training', [colleague.id]);

    expect((await repos.agreements.forSignatory(sok.id)).map((a) => a.id)).toEqual([signed.id]);
  });

  it('finds nothing for a person without an organization or unknown', async () => {
    const { repos, person } = await archive();
    const loner = await person('Without organization', null);
    expect(await repos.agreements.forSignatory(loner.id)).toEqual([]);
    expect(await repos.agreements.forSignatory('01ARZ3NDEKTSV4RRFFQ69G5FAV')).toEqual([]);
  });
});
