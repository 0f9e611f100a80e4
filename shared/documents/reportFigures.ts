/**
 * The facts a delegation report states (its figures, its summary sentence, its list of partners),
 * derived in one place from what the report may show, so no sentence or count can include a meeting the
 * report leaves out.
 *
 * Only meetings actually held count. A delegation head reads "meetings held" and "partners met" as what
 * happened at the event, so a partner whose meeting was cancelled was not met, and a planned meeting
 * has no minutes yet. Those meetings are not dropped silently, though: the report lists them apart with
 * their status and no minutes, because leadership wants to know a meeting with a partner fell through
 * (it may need rescheduling), and a meeting nobody marked as held shows up there for staff to correct.
 */
import type { Agreement, Organization } from '../domain/entities';
import type { DocumentOptions, MinutesData, ReportData } from './documentModel';
import { includedAgreements, includedMeetings } from './includedRecords';
import { wasSigned } from './wasSigned';

export interface ReportFigures {
  /** Meetings held that the report shows, with their minutes. */
  held: MinutesData[];
  /** Planned or cancelled meetings the report shows, listed without minutes and counted nowhere. */
  notHeld: MinutesData[];
  /** Organizations met at the held meetings, each once, in the order first met. */
  partners: Organization[];
  agreementsSigned: Agreement[];
  /** Action items of the held meetings still open or in progress: the ones their minutes list. */
  openFollowUps: number;
}

export function reportFigures(data: ReportData, options: DocumentOptions): ReportFigures {
  const shown = includedMeetings(data.meetings, options);
  const held = shown.filter((m) => m.meeting.status === 'held');
  const partners = new Map<string, Organization>();
  for (const m of held)
    for (const org of m.counterparts) if (!partners.has(org.id)) partners.set(org.id, org);
  return {
    held,
    notHeld: shown.filter((m) => m.meeting.status !== 'held'),
    partners: [...partners.values()],
    agreementsSigned: includedAgreements(data.agreementsSigned, options)
      .map((a) => a.agreement)
      .filter(wasSigned),
    openFollowUps: held.reduce(
      (n, m) =>
        n + m.actionItems.filter((a) => a.item.status === 'open' || a.item.status === 'in-progress').length,
      0,
    ),
  };
}
