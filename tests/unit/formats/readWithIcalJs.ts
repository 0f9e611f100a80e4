/**
 * Reads an ICS file with ical.js, an independent parser, registering the file's own VTIMEZONEs: it
 * computes each time from the VTIMEZONE the file carries (not from its own zone data), so a check of
 * the instants proves the VTIMEZONE rules, not only the syntax.
 */
import ICAL from 'ical.js';

export function readWithIcalJs(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  ICAL.TimezoneService.reset();
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      summary: event.summary,
      location: event.location,
      description: event.description,
      start: event.startDate.toJSDate().getTime(),
      end: event.endDate.toJSDate().getTime(),
      zone: event.startDate.zone?.tzid,
      /** The start as the file writes it, in its own zone: `2024-11-21T09:00:00`. */
      wallClock: event.startDate.toString(),
    };
  });
}
