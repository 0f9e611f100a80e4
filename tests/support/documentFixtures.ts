/**
 * Minutes of one meeting in each script the app must print: English, Chinese, Khmer, Lao, Thai and
 * Arabic (right to left). The names are invented.
 */
import type { DocumentOptions, MinutesData } from '../../shared/documents/documentModel';
import type { Agreement, Organization, Person } from '../../shared/domain/entities';

export const SCRIPTS = ['english', 'chinese', 'khmer', 'lao', 'thai', 'arabic'] as const;
export type ScriptName = (typeof SCRIPTS)[number];

interface ScriptSample {
  org: string;
  orgNative: string;
  country: string;
  person: string;
  personNative: string;
  minutes: string;
}

export const SAMPLES: Record<ScriptName, ScriptSample> = {
  english: {
    org: 'Northfield Polytechnic',
    orgNative: '',
    country: 'GB',
    person: 'Ana Silva',
    personNative: '',
    minutes: 'Both sides agreed to exchange welding instructors in spring.',
  },
  chinese: {
    org: 'Tianjin Mechanical College',
    orgNative: '天津机电职业技术学院',
    country: 'CN',
    person: 'Wang Fang',
    personNative: '王芳',
    minutes: '双方同意在职业教育领域开展学生交流与教师培训合作。',
  },
  khmer: {
    org: 'Prek Leap National Institute of Agriculture',
    orgNative: 'វិទ្យាស្ថានជាតិកសិកម្មព្រែកលៀប',
    country: 'KH',
    person: 'Sok Dara',
    personNative: 'សុខ ដារ៉ា',
    minutes: 'ភាគីទាំងពីរបានពិនិត្យកិច្ចសហប្រតិបត្តិការលើការបណ្តុះបណ្តាលវិជ្ជាជីវៈ។',
  },
  lao: {
    org: 'Pakpasak Technical College',
    orgNative: 'ວິທະຍາໄລເຕັກນິກປາກປ່າສັກ',
    country: 'LA',
    person: 'Souksavanh Phommachanh',
    personNative: 'ສຸກສະຫວັນ ພົມມະຈັນ',
    minutes: 'ທັງສອງຝ່າຍໄດ້ທົບທວນການຮ່ວມມືດ້ານອາຊີວະສຶກສາ.',
  },
  thai: {
    org: 'Mahasarakham University',
    orgNative: 'มหาวิทยาลัยมหาสารคาม',
    country: 'TH',
    person: 'Somchai Wongsa',
    personNative: 'สมชาย วงศ์สา',
    minutes: 'ทั้งสองฝ่ายทบทวนความร่วมมือด้านการอาชีวศึกษา',
  },
  arabic: {
    org: 'Amman Technical Institute',
    orgNative: 'معهد عمان التقني',
    country: 'JO',
    person: 'Layla Haddad',
    personNative: 'ليلى الحداد',
    minutes: 'استعرض الجانبان التعاون في مجال التعليم المهني.',
  },
};

const ID = (n: number) => `01JD3DWS00${String(n).padStart(16, '0')}`;

export function minutesFixture(
  script: ScriptName,
  overrides: Partial<MinutesData['meeting']> = {},
): MinutesData {
  const sample = SAMPLES[script];
  const org: Organization = {
    id: ID(10 + SCRIPTS.indexOf(script)),
    name: sample.org,
    nativeName: sample.orgNative,
    country: sample.country,
    kind: 'college',
    website: '',
  };
  const them: Person = {
    id: ID(2),
    name: sample.person,
    nativeName: sample.personNative,
    title: 'Director',
    organizationId: org.id,
    email: '',
    phone: '',
    isDelegate: false,
    notes: '',
  };
  const us: Person = {
    ...them,
    id: ID(3),
    name: 'Li Wei',
    nativeName: '李伟',
    title: 'Dean',
    organizationId: null,
    isDelegate: true,
  };
  const startsAt = Date.UTC(2024, 10, 21, 4, 15);
  return {
    meeting: {
      id: ID(4),
      eventId: ID(5),
      title: `Bilateral meeting with ${sample.org}`,
      kind: 'bilateral',
      status: 'held',
      startsAt,
      endsAt: startsAt + 45 * 60_000,
      location: 'Meeting Room 2',
      counterpartOrgIds: [org.id],
      participantIds: [us.id, them.id],
      agenda: 'Cooperation review',
      minutes: sample.minutes,
      outcomes: 'Follow-up visit in 2025.',
      confidentiality: 'internal',
      tags: [],
      ...overrides,
    },
    event: {
      id: ID(5),
      name: '2024 World Vocational and Technical Education Development Conference',
      city: 'Tianjin',
      venue: 'Meijiang Convention and Exhibition Center',
      startDate: '2024-11-21',
      endDate: '2024-11-22',
      timeZone: 'Asia/Shanghai',
    },
    zone: 'Asia/Shanghai',
    counterparts: [org],
    participants: [
      { person: us, organization: null },
      { person: them, organization: org },
    ],
    actionItems: [
      {
        item: {
          id: ID(6),
          title: 'Send the draft',
          meetingId: ID(4),
          agreementId: null,
          ownerId: us.id,
          dueDate: '2024-12-01',
          status: 'open',
        },
        owner: us,
      },
    ],
    agreements: [],
    notes: [],
  };
}

/** A signed Memorandum of Agreement; override the status, title or links as a test needs. */
export function agreementFixture(overrides: Partial<Agreement> = {}): Agreement {
  return {
    id: ID(42),
    title: 'Memorandum of Agreement on enrolling students',
    kind: 'moa',
    partyOrgIds: [ID(12)],
    scope: '',
    status: 'signed',
    signedOn: '2024-11-21',
    signingPlace: 'Tianjin',
    eventId: ID(5),
    signatoryIds: [],
    validFrom: '2024-11-21',
    validUntil: '2029-11-20',
    renewalReminder: null,
    meetingIds: [ID(4)],
    ...overrides,
  };
}

export function documentOptions(overrides: Partial<DocumentOptions> = {}): DocumentOptions {
  return {
    language: 'en',
    letterhead: { name: 'Sample Vocational College', logoDataUrl: null },
    signatureBlocks: true,
    redacted: false,
    generatedAt: Date.UTC(2024, 10, 22, 8),
    ...overrides,
  };
}

/** A number in a report's figures table, found by its label; null when the row is missing. */
export function figure(html: string, label: string): number | null {
  const match = new RegExp(`<th>${label}</th>\\s*<td>(\\d+)</td>`).exec(html);
  return match ? Number(match[1]) : null;
}
