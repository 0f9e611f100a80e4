/** What the document templates are given: records already read, so templates stay pure. */
import type { ActionItem, Agreement, Event, Meeting, Organization, Person } from '../domain/entities';
import type { Language } from '../i18n/languages';

export interface Letterhead {
  /** The institution's name, printed at the top of the first page. */
  name: string;
  /** A data: URL of the logo (PNG or JPEG), or null. */
  logoDataUrl: string | null;
}

export interface DocumentOptions {
  language: Language;
  letterhead: Letterhead;
  /** Add signature blocks for each party at the end of each meeting's minutes. */
  signatureBlocks: boolean;
  /** Leave out confidential meetings and personal notes, for sharing outside the institution. */
  redacted: boolean;
  generatedAt: number;
  /** Absolute URL of the print assets on the host that prints (default: next to the document). */
  assetsBase?: string;
}

export interface PersonLine {
  person: Person;
  organization: Organization | null;
}

export interface MinutesData {
  meeting: Meeting;
  event: Event | null;
  /** The zone times are shown in: the event's, or the laptop's for a meeting outside any event. */
  zone: string;
  counterparts: Organization[];
  participants: PersonLine[];
  actionItems: Array<{ item: ActionItem; owner: Person | null }>;
  /** Agreements linked to the meeting (the template lists only those signed). */
  agreements: AgreementLine[];
  notes: Array<{ author: Person | null; text: string }>;
}

/**
 * Whether an agreement is linked to a confidential meeting. A redacted document leaves it out everywhere
 * (minutes, summary, figures, register), even when it is also linked to a meeting that may be shared:
 * the link says it was dealt with in confidence, and its title or parties would name what the meeting
 * was about. An agreement linked to no meeting belongs to the event and stays.
 */
export interface ConfidentialFlag {
  confidential: boolean;
}

export interface AgreementLine extends ConfidentialFlag {
  agreement: Agreement;
}

export interface ReportData {
  event: Event | null;
  /** Every meeting of the event, whatever its status or confidentiality: the template decides. */
  meetings: MinutesData[];
  /** Agreements signed during the event. */
  agreementsSigned: AgreementLine[];
}

export interface RegisterRow extends ConfidentialFlag {
  agreement: Agreement;
  parties: Organization[];
}

export type Marking = 'public' | 'internal' | 'confidential';

const ORDER: Marking[] = ['public', 'internal', 'confidential'];

/** The marking of a document: the highest confidentiality of what it contains. */
export function highestMarking(levels: readonly Marking[]): Marking {
  return levels.reduce<Marking>(
    (top, level) => (ORDER.indexOf(level) > ORDER.indexOf(top) ? level : top),
    'public',
  );
}
