/**
 * Minutes of chosen meetings as PDF: all in one document, or one file each into a folder. Each meeting is
 * read when it is needed, and Cancel is honoured between meetings. In a batch, every file gets a name
 * that is unique within the batch before the first is written (two meetings may share a title), and main
 * never replaces a file already in the folder, so the outcome lists the paths really written.
 */
import { minutesDocument } from '../../../shared/documents/minutesDocument';
import type { DocumentOptions, MinutesData } from '../../../shared/documents/documentModel';
import { uniqueFileNames } from '../../../shared/files/portableFileName';
import type { Repositories } from '../db/repositories/createRepositories';
import { eventZones, meetingZone } from '../meetings/meetingZones';
import type { Platform, PrintOutcome } from '../platform/Platform';
import { laptopZone } from '../ui/zoneLabels';
import { minutesFileName } from './documentFileNames';
import { loadMinutesData } from './loadDocumentData';
import type { MeetingRef } from './meetingScope';

/** What printing needs of a meeting (the meeting page passes the one it shows). */
type PrintedMeeting = Omit<MeetingRef, 'confidentiality'>;
import type { BatchOutcome, JobControls } from './useDocumentJob';

export interface MinutesPrinter {
  repos: Repositories;
  platform: Platform;
  options: DocumentOptions;
  /** "Minutes" in the document's language, the start of every file name. */
  prefix: string;
}

/**
 * The minutes of `meetings` (at least one) in one PDF, offered under `suggestedName`, or when that is null
 * under the first meeting's dated name (meant for one meeting).
 */
export async function printMinutesAsOne(
  printer: MinutesPrinter,
  meetings: readonly PrintedMeeting[],
  suggestedName: string | null,
  { signal, progress, printing }: JobControls,
): Promise<PrintOutcome> {
  const data: MinutesData[] = [];
  for (const [index, meeting] of meetings.entries()) {
    signal.throwIfAborted();
    data.push(await loadMinutesData(printer.repos, meeting.id, laptopZone()));
    progress(index + 1, meetings.length);
  }
  signal.throwIfAborted();
  const html = minutesDocument(data, printer.options);
  const first = data[0]!;
  const name = suggestedName ?? minutesFileName(printer.prefix, first.meeting, first.zone);
  printing();
  return printer.platform.printDocument({ html, suggestedName: name });
}

/** One PDF per meeting into `folder`; stops between files when cancelled, or at the first failure. */
export async function printMinutesEach(
  printer: MinutesPrinter,
  meetings: readonly PrintedMeeting[],
  folder: string,
  { signal, printing }: JobControls,
): Promise<BatchOutcome> {
  const zones = await eventZones(
    printer.repos,
    meetings.map((m) => m.eventId),
  );
  const names = uniqueFileNames(
    meetings.map((m) => minutesFileName(printer.prefix, m, meetingZone(m, zones))),
  );
  const outcome: BatchOutcome = { status: 'many', folder, total: meetings.length, written: [] };
  try {
    for (const [index, meeting] of meetings.entries()) {
      if (signal.aborted) break;
      const data = await loadMinutesData(printer.repos, meeting.id, laptopZone());
      if (signal.aborted) break;
      printing(index, meetings.length);
      const asked = names[index]!;
      const path = await printer.platform.printDocumentInto(
        folder,
        asked,
        minutesDocument([data], printer.options),
      );
      outcome.written.push({ asked, path });
    }
  } catch (error) {
    outcome.error = error instanceof Error ? error.message : String(error);
  }
  return outcome;
}
