/** Records sync tests create on their laptops: a partner, and a meeting held with one. */
import type { TestArchive } from './testArchive';

export function addPartner(archive: TestArchive, name: string, nativeName = '') {
  return archive.repos.organizations.create({
    name,
    nativeName,
    country: 'KH',
    kind: 'university',
    website: '',
  });
}

export async function logMeeting(
  archive: TestArchive,
  title: string,
  minutes = '',
  confidentiality: 'internal' | 'confidential' = 'internal',
) {
  const partner = await addPartner(archive, `Partner of ${title}`, 'ມະຫາວິທະຍາໄລແຫ່ງຊາດ');
  return archive.repos.meetings.create({
    eventId: null,
    title,
    kind: 'bilateral',
    status: 'held',
    startsAt: Date.UTC(2024, 10, 21, 2),
    endsAt: Date.UTC(2024, 10, 21, 3),
    location: '',
    counterpartOrgIds: [partner.id],
    participantIds: [],
    agenda: '',
    minutes,
    outcomes: '',
    confidentiality,
    tags: [],
  });
}
