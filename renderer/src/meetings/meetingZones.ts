/**
 * The zone a meeting's times are shown in: its event's, whatever the laptop is set to, or this computer's
 * for a meeting that belongs to no event. Lists read their meetings' event zones once, then look up each.
 */
import type { Meeting } from '../../../shared/domain/entities';
import type { Repositories } from '../db/repositories/createRepositories';
import { recordsById } from '../ui/recordsById';
import { laptopZone } from '../ui/zoneLabels';

export type EventZones = ReadonlyMap<string, string>;

/** The zones of the events with these ids (meetings' `eventId`s as they come, nulls included). */
export async function eventZones(
  repos: Repositories,
  eventIds: Iterable<string | null>,
): Promise<EventZones> {
  const events = await recordsById(repos.events, eventIds);
  return new Map([...events.values()].map((event) => [event.id, event.timeZone]));
}

export function meetingZone(meeting: Pick<Meeting, 'eventId'>, zones: EventZones): string {
  return (meeting.eventId && zones.get(meeting.eventId)) || laptopZone();
}
