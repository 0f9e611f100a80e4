/**
 * What a redacted document may show, for sharing outside the institution: no confidential meeting, and
 * no agreement linked to one. Every template filters through here before it counts, names or lists
 * anything, so a figure can never include what its document leaves out.
 */
import type { ConfidentialFlag, DocumentOptions, MinutesData } from './documentModel';
import { documentText } from './documentStrings';
import { html, type Html } from './escapeHtml';

/** Whether a meeting may appear in a document printed with `options` (its minutes, its title, its file name). */
export function meetingShown(
  meeting: Pick<MinutesData['meeting'], 'confidentiality'>,
  options: Pick<DocumentOptions, 'redacted'>,
): boolean {
  return !options.redacted || meeting.confidentiality !== 'confidential';
}

export function includedMeetings(meetings: readonly MinutesData[], options: DocumentOptions): MinutesData[] {
  return meetings.filter((m) => meetingShown(m.meeting, options));
}

/** Agreements (or register rows) minus those linked to a confidential meeting, when redacted. */
export function includedAgreements<T extends ConfidentialFlag>(
  rows: readonly T[],
  options: DocumentOptions,
): T[] {
  return options.redacted ? rows.filter((row) => !row.confidential) : [...rows];
}

/** The line under the title that tells a reader a redacted document leaves things out. */
export function redactionNotice(
  options: DocumentOptions,
  key: 'redacted' | 'redactedRegister' = 'redacted',
): Html | null {
  return options.redacted ? html`<p class="redacted">${documentText(options.language, key)}</p>` : null;
}
