/** The archive's events for a select (an archive holds a few hundred, so one read is the whole list). */
import { useEffect, useState } from 'react';
import type { Event } from '../../../shared/domain/entities';
import { useServices } from '../app/AppServices';

export function useEvents(): Event[] | null {
  const { repos } = useServices();
  const [events, setEvents] = useState<Event[] | null>(null);
  useEffect(() => {
    let live = true;
    void repos.events.list().then((list) => {
      if (live) setEvents(list);
    });
    return () => {
      live = false;
    };
  }, [repos]);
  return events;
}
