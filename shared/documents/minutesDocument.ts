/** Minutes of one or more meetings as one printable document, each meeting starting on a new page. */
import { documentShell } from './documentShell';
import { html } from './escapeHtml';
import { highestMarking, type DocumentOptions, type MinutesData } from './documentModel';
import { documentText } from './documentStrings';
import { generatedLine, sharedZone } from './documentTime';
import { includedMeetings, redactionNotice } from './includedRecords';
import { letterheadBlock } from './letterhead';
import { minutesArticle } from './minutesArticle';

export function minutesDocument(meetings: readonly MinutesData[], options: DocumentOptions): string {
  const included = includedMeetings(meetings, options);
  const title =
    included.length === 1 ? included[0]!.meeting.title : documentText(options.language, 'minutesTitle');
  const body = html`${letterheadBlock(options.letterhead, generatedLine(options, sharedZone(included)))}${redactionNotice(options)}${included.map((m) => minutesArticle(m, options))}`;
  return documentShell({
    ...(options.assetsBase ? { assetsBase: options.assetsBase } : {}),
    title,
    language: options.language,
    marking: highestMarking(included.map((m) => m.meeting.confidentiality)),
    body,
  });
}
