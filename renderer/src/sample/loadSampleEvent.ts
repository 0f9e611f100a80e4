/** Loads the sample conference into the archive, once. */
import { buildSampleEvent } from '../../../shared/sample/sampleEvent';
import type { AppServices } from '../app/AppServices';
import { BulkWriter } from '../db/BulkWriter';

export type SampleOutcome =
  { status: 'loaded'; eventId: string } | { status: 'already-loaded'; eventId: string };

export async function loadSampleEvent(
  services: Pick<AppServices, 'db' | 'capture' | 'repos' | 'settings'>,
): Promise<SampleOutcome> {
  const records = buildSampleEvent();
  const eventId = records[0]!.entity.id;
  if (await services.repos.events.get(eventId)) return { status: 'already-loaded', eventId };
  await new BulkWriter(services.db, services.capture, services.repos).create(records);
  if (services.settings.getState().currentEventId === null)
    await services.settings.getState().update('currentEventId', eventId);
  return { status: 'loaded', eventId };
}
