/**
 * Saves what the quick-capture form collected: the new organization first (if the counterpart was typed
 * in), then the meeting. The meeting is validated before the organization is created, so a bad form
 * leaves nothing behind.
 */
import { guessCountryFromScript } from '../../../shared/domain/countries';
import type { Meeting } from '../../../shared/domain/entities';
import { Meeting as MeetingSchema } from '../../../shared/domain/entities';
import { ulid } from '../../../shared/domain/ulid';
import { parseOrThrow } from '../../../shared/domain/validation';
import type { Repositories } from '../db/repositories/createRepositories';

const ROUNDING_SLACK = 5 * 60_000;

export type Counterpart =
  { kind: 'existing'; id: string; name: string } | { kind: 'new'; name: string; country: string | null };

export interface QuickMeetingInput {
  counterpart: Counterpart | null;
  title: string;
  eventId: string | null;
  startsAt: number;
  durationMinutes: number;
  participantIds: string[];
  now: number;
}

export function guessNewCounterpart(name: string): Counterpart {
  return { kind: 'new', name: name.trim(), country: guessCountryFromScript(name) };
}

export async function createQuickMeeting(repos: Repositories, input: QuickMeetingInput): Promise<Meeting> {
  const orgId = input.counterpart?.kind === 'existing' ? input.counterpart.id : ulid();
  const meeting = parseOrThrow(MeetingSchema, {
    id: ulid(),
    eventId: input.eventId,
    title: input.title,
    kind: 'bilateral',
    // A meeting logged as it happens starts "now", rounded up by up to five minutes: that is held too.
    status: input.startsAt <= input.now + ROUNDING_SLACK ? 'held' : 'planned',
    startsAt: input.startsAt,
    endsAt: input.startsAt + input.durationMinutes * 60_000,
    location: '',
    counterpartOrgIds: input.counterpart ? [orgId] : [],
    participantIds: input.participantIds,
    agenda: '',
    minutes: '',
    outcomes: '',
    confidentiality: 'internal',
    tags: [],
  });
  if (input.counterpart?.kind === 'new') {
    await repos.organizations.create({
      id: orgId,
      name: input.counterpart.name,
      nativeName: '',
      country: input.counterpart.country,
      kind: 'other',
      website: '',
    });
  }
  return repos.meetings.create(meeting);
}
