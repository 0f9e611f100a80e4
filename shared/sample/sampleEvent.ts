/**
 * The sample event, from the news piece the project grew from: the 2024 World Vocational and Technical
 * Education Development Conference in Tianjin, where a college met Prek Leap (Cambodia), Pakpasak (Laos)
 * and Mahasarakham University (Thailand) and signed a Memorandum of Agreement with Prek Leap. The
 * institutions are real; every person is fictional, and each says so in its notes.
 *
 * Ids are fixed, so loading the sample twice is detected instead of duplicating it.
 */
import type { EntityOf, EntityTableName } from '../domain/entityTables';
import { createUlidFactory } from '../domain/ulid';
import { zonedToInstant } from '../time/zonedTime';

export type SampleRecord = { [N in EntityTableName]: { table: N; entity: EntityOf<N> } }[EntityTableName];

const ZONE = 'Asia/Shanghai';
const FICTIONAL = 'Fictional person created by the sample event. 虚构人物，由示例活动创建。';

function seededRandom(seed: number) {
  let state = seed;
  return (bytes: Uint8Array<ArrayBuffer>) => {
    for (let i = 0; i < bytes.length; i++) {
      state = (state * 1103515245 + 12345) >>> 0;
      bytes[i] = state >>> 24;
    }
    return bytes;
  };
}

const at = (date: string, time: string) => zonedToInstant(date, time, ZONE);

export function buildSampleEvent(): SampleRecord[] {
  const id = createUlidFactory(() => Date.UTC(2024, 10, 20), seededRandom(20241121));
  const ids = {
    event: id(),
    ourCollege: id(),
    prekLeap: id(),
    pakpasak: id(),
    mahasarakham: id(),
    liWei: id(),
    wangFang: id(),
    zhangMin: id(),
    sokDara: id(),
    souksavanh: id(),
    somchai: id(),
  };
  const sessionIds = Array.from({ length: 6 }, () => id());
  const meetingIds = Array.from({ length: 4 }, () => id());
  const agreementId = id();
  const actionIds = Array.from({ length: 3 }, () => id());
  const delegates = [ids.liWei, ids.wangFang, ids.zhangMin];

  const org = (
    orgId: string,
    name: string,
    nativeName: string,
    country: string,
    kind: EntityOf<'organizations'>['kind'],
    website: string,
  ): SampleRecord => ({
    table: 'organizations',
    entity: { id: orgId, name, nativeName, country, kind, website },
  });

  const person = (
    personId: string,
    name: string,
    nativeName: string,
    title: string,
    organizationId: string,
    isDelegate: boolean,
  ): SampleRecord => ({
    table: 'people',
    entity: {
      id: personId,
      name,
      nativeName,
      title,
      organizationId,
      email: '',
      phone: '',
      isDelegate,
      notes: FICTIONAL,
    },
  });

  const session = (
    index: number,
    kind: EntityOf<'sessions'>['kind'],
    title: string,
    date: string,
    start: string,
    end: string,
    room: string,
    attendeeIds: string[],
  ): SampleRecord => ({
    table: 'sessions',
    entity: {
      id: sessionIds[index]!,
      eventId: ids.event,
      kind,
      title,
      startsAt: at(date, start),
      endsAt: at(date, end),
      room,
      attendeeIds,
    },
  });

  const meeting = (
    index: number,
    fields: Pick<
      EntityOf<'meetings'>,
      'title' | 'kind' | 'counterpartOrgIds' | 'participantIds' | 'agenda' | 'minutes' | 'outcomes'
    > & {
      date: string;
      start: string;
      end: string;
      location: string;
    },
  ): SampleRecord => ({
    table: 'meetings',
    entity: {
      id: meetingIds[index]!,
      eventId: ids.event,
      title: fields.title,
      kind: fields.kind,
      status: 'held',
      startsAt: at(fields.date, fields.start),
      endsAt: at(fields.date, fields.end),
      location: fields.location,
      counterpartOrgIds: fields.counterpartOrgIds,
      participantIds: fields.participantIds,
      agenda: fields.agenda,
      minutes: fields.minutes,
      outcomes: fields.outcomes,
      confidentiality: 'internal',
      tags: ['WVTEDC 2024'],
    },
  });

  return [
    {
      table: 'events',
      entity: {
        id: ids.event,
        name: '2024 World Vocational and Technical Education Development Conference',
        city: 'Tianjin',
        venue: 'Meijiang Convention and Exhibition Center',
        startDate: '2024-11-21',
        endDate: '2024-11-22',
        timeZone: ZONE,
      },
    },
    org(ids.ourCollege, 'Sample Vocational College', '示例职业学院', 'CN', 'college', ''),
    org(
      ids.prekLeap,
      'Prek Leap National Institute of Agriculture',
      'វិទ្យាស្ថានជាតិកសិកម្មព្រែកលៀប',
      'KH',
      'college',
      '',
    ),
    org(ids.pakpasak, 'Pakpasak Technical College', 'ວິທະຍາໄລເຕັກນິກປາກປ່າສັກ', 'LA', 'college', ''),
    org(ids.mahasarakham, 'Mahasarakham University', 'มหาวิทยาลัยมหาสารคาม', 'TH', 'university', ''),
    person(ids.liWei, 'Li Wei', '李伟', 'Director, International Cooperation Office', ids.ourCollege, true),
    person(ids.wangFang, 'Wang Fang', '王芳', 'Dean, Craftsmanship Institute', ids.ourCollege, true),
    person(ids.zhangMin, 'Zhang Min', '张敏', 'Programme Officer', ids.ourCollege, true),
    person(ids.sokDara, 'Sok Dara', 'សុខ ដារ៉ា', 'Director of Academic Affairs', ids.prekLeap, false),
    person(
      ids.souksavanh,
      'Souksavanh Phommachanh',
      'ສຸກສະຫວັນ ພົມມະຈັນ',
      'Deputy Director',
      ids.pakpasak,
      false,
    ),
    person(
      ids.somchai,
      'Somchai Wongsa',
      'สมชาย วงศ์สา',
      'Dean, Faculty of Engineering',
      ids.mahasarakham,
      false,
    ),
    session(
      0,
      'opening-ceremony',
      'Opening Ceremony',
      '2024-11-21',
      '09:00',
      '10:30',
      'Main Hall',
      delegates,
    ),
    session(1, 'keynote', 'Keynote Speeches', '2024-11-21', '10:45', '12:00', 'Main Hall', [
      ids.liWei,
      ids.wangFang,
    ]),
    session(2, 'ministerial-roundtable', 'Ministerial Roundtable', '2024-11-21', '14:00', '16:30', 'Hall B', [
      ids.liWei,
    ]),
    session(
      3,
      'parallel-session',
      'Parallel Session: Industry–Education Integration',
      '2024-11-21',
      '14:00',
      '17:30',
      'Room 301',
      [ids.wangFang, ids.zhangMin],
    ),
    session(
      4,
      'parallel-session',
      'Parallel Session: Cultivating Highly Skilled Talents',
      '2024-11-22',
      '09:00',
      '12:00',
      'Room 305',
      [ids.zhangMin],
    ),
    session(
      5,
      'closing-ceremony',
      'Closing Ceremony',
      '2024-11-22',
      '15:00',
      '16:00',
      'Main Hall',
      delegates,
    ),
    meeting(0, {
      title: 'Bilateral meeting with Prek Leap National Institute of Agriculture',
      kind: 'bilateral',
      date: '2024-11-21',
      start: '12:15',
      end: '13:00',
      location: 'Meeting Room 2',
      counterpartOrgIds: [ids.prekLeap],
      participantIds: [ids.liWei, ids.wangFang, ids.sokDara],
      agenda:
        '1. Review of cooperation since 2022\n2. Student enrolment for academic programs\n3. Next steps',
      minutes:
        'Both sides reviewed the achievements of the cooperation in recent years. Our college thanked Prek Leap for its support and proposed to enrol its students in academic programs at the Craftsmanship Institute.\n双方同意在职业教育领域开展学生交流与教师培训合作。',
      outcomes: 'Agreed to sign the Memorandum of Agreement on student enrolment the same day.',
    }),
    meeting(1, {
      title: 'Signing of the Memorandum of Agreement with Prek Leap',
      kind: 'signing-ceremony',
      date: '2024-11-21',
      start: '13:15',
      end: '13:45',
      location: 'Signing Hall',
      counterpartOrgIds: [ids.prekLeap],
      participantIds: [ids.liWei, ids.wangFang, ids.sokDara],
      agenda: 'Signing of the Memorandum of Agreement on enrolling students for academic programs.',
      minutes:
        'The Memorandum of Agreement was signed by Li Wei and Sok Dara in the presence of both delegations.',
      outcomes: 'Memorandum of Agreement signed.',
    }),
    meeting(2, {
      title: 'Bilateral meeting with Pakpasak Technical College',
      kind: 'bilateral',
      date: '2024-11-21',
      start: '15:00',
      end: '15:45',
      location: 'Meeting Room 4',
      counterpartOrgIds: [ids.pakpasak],
      participantIds: [ids.liWei, ids.zhangMin, ids.souksavanh],
      agenda: 'Teacher training and short courses in mechatronics.',
      minutes:
        'Pakpasak Technical College presented its plans for teacher development. Both sides discussed joint short courses and a visit in 2025.',
      outcomes: 'Our college will share its programme brochure.',
    }),
    meeting(3, {
      title: 'Bilateral meeting with Mahasarakham University',
      kind: 'bilateral',
      date: '2024-11-22',
      start: '12:30',
      end: '13:15',
      location: 'Meeting Room 2',
      counterpartOrgIds: [ids.mahasarakham],
      participantIds: [ids.wangFang, ids.zhangMin, ids.somchai],
      agenda: 'Joint workshop on vocational teacher education.',
      minutes:
        'Mahasarakham University proposed a joint workshop on the professional development of vocational teachers.',
      outcomes: 'Dates for a joint workshop to be proposed by January.',
    }),
    {
      table: 'agreements',
      entity: {
        id: agreementId,
        title:
          'Memorandum of Agreement on enrolling students for academic programs at the Craftsmanship Institute',
        kind: 'moa',
        partyOrgIds: [ids.prekLeap, ids.ourCollege],
        scope:
          'Prek Leap National Institute of Agriculture students enrol in academic programs at the Craftsmanship Institute of Sample Vocational College.',
        status: 'signed',
        signedOn: '2024-11-21',
        signingPlace: 'Tianjin',
        eventId: ids.event,
        signatoryIds: [ids.liWei, ids.sokDara],
        validFrom: '2024-11-21',
        validUntil: '2029-11-20',
        renewalReminder: '2029-05-20',
        meetingIds: [meetingIds[1]!],
      },
    },
    {
      table: 'actionItems',
      entity: {
        id: actionIds[0]!,
        title: 'Send the scanned signed Memorandum of Agreement to Prek Leap',
        meetingId: meetingIds[1]!,
        agreementId,
        ownerId: ids.liWei,
        dueDate: '2024-11-29',
        status: 'open',
      },
    },
    {
      table: 'actionItems',
      entity: {
        id: actionIds[1]!,
        title: 'Share the programme brochure with Pakpasak Technical College',
        meetingId: meetingIds[2]!,
        agreementId: null,
        ownerId: ids.zhangMin,
        dueDate: '2024-12-06',
        status: 'in-progress',
      },
    },
    {
      table: 'actionItems',
      entity: {
        id: actionIds[2]!,
        title: 'Propose dates for a joint workshop to Mahasarakham University',
        meetingId: meetingIds[3]!,
        agreementId: null,
        ownerId: ids.wangFang,
        dueDate: '2025-01-15',
        status: 'open',
      },
    },
  ];
}

/** The id of the sample event, to tell whether it is already loaded. */
export function sampleEventId(): string {
  const first = buildSampleEvent()[0];
  return first!.entity.id;
}
