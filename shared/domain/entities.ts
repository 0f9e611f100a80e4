/**
 * The domain: every entity of the archive as a zod schema, with its type inferred from it. Times are UTC
 * instants; each event carries its IANA zone, in which the UI shows them.
 */
import { z } from 'zod';
import {
  CountryCode,
  Email,
  Id,
  Instant,
  IsoDate,
  LongText,
  OptionalLine,
  RequiredName,
  Tag,
  TimeZoneId,
} from './primitives';

const idList = z.array(Id).max(500);

export const Event = z
  .object({
    id: Id,
    name: RequiredName,
    city: OptionalLine,
    venue: OptionalLine,
    startDate: IsoDate,
    endDate: IsoDate,
    timeZone: TimeZoneId,
  })
  .refine((e) => e.endDate >= e.startDate, { message: 'validation.endBeforeStart', path: ['endDate'] });
export type Event = z.infer<typeof Event>;

export const SESSION_KINDS = [
  'opening-ceremony',
  'keynote',
  'ministerial-roundtable',
  'parallel-session',
  'closing-ceremony',
  'other',
] as const;

const endsAfterStart: [
  (v: { startsAt: number; endsAt: number }) => boolean,
  { message: string; path: string[] },
] = [(v) => v.endsAt >= v.startsAt, { message: 'validation.endBeforeStart', path: ['endsAt'] }];

export const Session = z
  .object({
    id: Id,
    eventId: Id,
    kind: z.enum(SESSION_KINDS),
    title: RequiredName,
    startsAt: Instant,
    endsAt: Instant,
    room: OptionalLine,
    /** Our delegation's people attending. */
    attendeeIds: idList,
  })
  .refine(...endsAfterStart);
export type Session = z.infer<typeof Session>;

export const ORGANIZATION_KINDS = [
  'university',
  'college',
  'government',
  'international-organization',
  'company',
  'ngo',
  'other',
] as const;

export const Organization = z.object({
  id: Id,
  /** Romanized or English name. */
  name: RequiredName,
  /** The name in the organization's own script (Khmer, Lao, Thai, Chinese, Arabic, …). */
  nativeName: OptionalLine,
  /** Null while unknown (an organization created in a hurry at the venue). */
  country: CountryCode.nullable(),
  kind: z.enum(ORGANIZATION_KINDS),
  website: OptionalLine,
});
export type Organization = z.infer<typeof Organization>;

export const Person = z.object({
  id: Id,
  name: RequiredName,
  nativeName: OptionalLine,
  title: OptionalLine,
  organizationId: Id.nullable(),
  email: Email,
  phone: OptionalLine,
  /** True for members of our own delegation. */
  isDelegate: z.boolean(),
  notes: LongText,
});
export type Person = z.infer<typeof Person>;

export const MEETING_KINDS = [
  'bilateral',
  'multilateral',
  'courtesy-call',
  'signing-ceremony',
  'other',
] as const;
export const MEETING_STATUSES = ['planned', 'held', 'cancelled'] as const;
export const CONFIDENTIALITY_LEVELS = ['public', 'internal', 'confidential'] as const;

export const Meeting = z
  .object({
    id: Id,
    eventId: Id.nullable(),
    title: RequiredName,
    kind: z.enum(MEETING_KINDS),
    status: z.enum(MEETING_STATUSES),
    startsAt: Instant,
    endsAt: Instant,
    location: OptionalLine,
    counterpartOrgIds: idList.min(1, 'validation.noCounterpart'),
    /** People from both sides; whether a person is ours is on the person. */
    participantIds: idList,
    agenda: LongText,
    minutes: LongText,
    outcomes: LongText,
    confidentiality: z.enum(CONFIDENTIALITY_LEVELS),
    tags: z.array(Tag).max(50),
  })
  .refine(...endsAfterStart);
export type Meeting = z.infer<typeof Meeting>;

export const Note = z.object({
  id: Id,
  meetingId: Id,
  authorId: Id,
  text: LongText,
});
export type Note = z.infer<typeof Note>;

export const ACTION_STATUSES = ['open', 'in-progress', 'done', 'cancelled'] as const;

export const ActionItem = z.object({
  id: Id,
  title: RequiredName,
  meetingId: Id.nullable(),
  agreementId: Id.nullable(),
  ownerId: Id.nullable(),
  dueDate: IsoDate.nullable(),
  status: z.enum(ACTION_STATUSES),
});
export type ActionItem = z.infer<typeof ActionItem>;

export const AGREEMENT_KINDS = ['mou', 'moa', 'loi', 'contract', 'other'] as const;
export const AGREEMENT_STATUSES = [
  'proposed',
  'drafting',
  'negotiating',
  'signed',
  'active',
  'expired',
  'terminated',
] as const;

export const Agreement = z
  .object({
    id: Id,
    title: RequiredName,
    kind: z.enum(AGREEMENT_KINDS),
    partyOrgIds: idList.min(1, 'validation.noParty'),
    scope: LongText,
    status: z.enum(AGREEMENT_STATUSES),
    signedOn: IsoDate.nullable(),
    signingPlace: OptionalLine,
    eventId: Id.nullable(),
    signatoryIds: idList,
    validFrom: IsoDate.nullable(),
    validUntil: IsoDate.nullable(),
    renewalReminder: IsoDate.nullable(),
    meetingIds: idList,
  })
  .refine((a) => !a.validFrom || !a.validUntil || a.validUntil >= a.validFrom, {
    message: 'validation.endBeforeStart',
    path: ['validUntil'],
  });
export type Agreement = z.infer<typeof Agreement>;

export const ATTACHMENT_OWNERS = ['meeting', 'agreement', 'person'] as const;
export const MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024;

export const Attachment = z.object({
  id: Id,
  ownerType: z.enum(ATTACHMENT_OWNERS),
  ownerId: Id,
  fileName: z.string().trim().min(1).max(255),
  mimeType: z.string().max(127),
  size: z.number().int().min(0).max(MAX_ATTACHMENT_BYTES, 'validation.attachmentTooLarge'),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type Attachment = z.infer<typeof Attachment>;
