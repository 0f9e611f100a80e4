/** Minutes of one or more meetings as one printable document, each meeting starting on a new page. */
import { documentShell } from './documentShell';
import { html } from './escapeHtml';
import { highestMarking, type DocumentOptions, type MinutesData } from './documentModel';
import { documentText } from './documentStrings';
import { letterheadBlock } from './letterhead';
import { minutesArticle } from './minutesArticle';

export function includedMeetings(meetings: readonly MinutesData[], options: DocumentOptions): MinutesData[] {
  return options.redacted
    ? meetings.filter((m) => m.meeting.confidentiality !== 'confidential')
    : [...meetings];
}

export function generatedLine(options: DocumentOptions): string {
  const date = new Intl.DateTimeFormat(options.language, { dateStyle: 'long', timeStyle: 'short' }).format(
    options.generatedAt,
  );
  return documentText(options.language, 'generated', { date });
}

export function minutesDocument(meetings: readonly MinutesData[], options: DocumentOptions): string {
  const included = includedMeetings(meetings, options);
  const title =
    included.length === 1 ? included[0]!.meeting.title : documentText(options.language, 'minutesTitle');
  const body = html`${letterheadBlock(options.letterhead, generatedLine(options))}${
    options.redacted ? html`<p class="redacted">${documentText(options.language, 'redacted')}</p>` : null
  }${included.map((m) => minutesArticle(m, options))}`;
  return documentShell({
    ...(options.assetsBase ? { assetsBase: options.assetsBase } : {}),
    title,
    language: options.language,
    marking: highestMarking(included.map((m) => m.meeting.confidentiality)),
    body,
  });
}
