/**
 * What of each record is searchable, split into the name (matches rank first) and the body. One place
 * decides it for the index, the benchmark and the recall tests.
 */
import type { Agreement, Meeting, Organization, Person } from '../domain/entities';

export const SEARCHABLE_TABLES = ['meetings', 'people', 'organizations', 'agreements'] as const;
export type SearchableTable = (typeof SEARCHABLE_TABLES)[number];

export interface SearchText {
  name: string;
  body: string;
}

/** A meeting is also found by its counterparts' names, in every script they are written in. */
export function meetingSearchText(
  meeting: Meeting,
  notes: readonly string[] = [],
  counterparts: readonly Organization[] = [],
): SearchText {
  const partners = counterparts.map((o) => `${o.name} ${o.nativeName}`);
  return {
    name: meeting.title,
    body: [...partners, meeting.agenda, meeting.minutes, meeting.outcomes, ...notes].join('\n'),
  };
}

export function personSearchText(person: Person): SearchText {
  return { name: `${person.name} ${person.nativeName}`, body: person.title };
}

export function organizationSearchText(organization: Organization): SearchText {
  return { name: `${organization.name} ${organization.nativeName}`, body: '' };
}

export function agreementSearchText(agreement: Agreement): SearchText {
  return { name: agreement.title, body: agreement.scope };
}
