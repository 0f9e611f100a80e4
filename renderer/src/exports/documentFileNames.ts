/**
 * The names documents are offered or saved under: "Minutes - 2024-10-21 - Bilateral meeting….pdf". The
 * parts are joined, then made portable (shared/files/portableFileName), so a title typed in any script
 * stays readable while whatever Windows, macOS or Linux would refuse is left out.
 */
import type { Meeting } from '../../../shared/domain/entities';
import { portableFileName } from '../../../shared/files/portableFileName';
import { instantToZoned } from '../../../shared/time/zonedTime';

/** "Prefix - part - part.pdf", skipping empty parts; the prefix alone when nothing else is left. */
export function pdfFileName(prefix: string, ...parts: string[]): string {
  const joined = [prefix, ...parts]
    .map((part) => part.trim())
    .filter(Boolean)
    .join(' - ');
  return portableFileName(joined, 'pdf', prefix);
}

/**
 * One meeting's minutes, dated in the meeting's zone: the date keeps same-titled meetings of different
 * days apart and sorts a folder of minutes by day.
 */
export function minutesFileName(
  prefix: string,
  meeting: Pick<Meeting, 'title' | 'startsAt'>,
  zone: string,
): string {
  return pdfFileName(prefix, instantToZoned(meeting.startsAt, zone).date, meeting.title);
}
