/**
 * A redacted document is shared outside the institution: nothing from a confidential meeting may reach it,
 * neither its own words nor anything counted or named from it. One confidential meeting carries distinctive
 * markers everywhere it can (title, partner, country, people, minutes, action item, agreement); the
 * unredacted documents must show every marker, so the redacted ones lacking them proves something.
 */
import { describe, expect, it } from 'vitest';
import { agreementsRegister } from '../../../shared/documents/agreementsRegister';
import { delegationReport } from '../../../shared/documents/delegationReport';
import type { MinutesData, ReportData } from '../../../shared/documents/documentModel';
import { minutesDocument } from '../../../shared/documents/minutesDocument';
import type { Language } from '../../../shared/i18n/languages';
import { agreementFixture, documentOptions, figure, minutesFixture } from '../../support/documentFixtures';

const SECRET_MEETING_ID = '01JD3DWS00SECRETMEETING000';

function secretMeeting(): MinutesData {
  const data = minutesFixture('english', {
    id: SECRET_MEETING_ID,
    title: 'Zircon budget talks',
    minutes: 'Zircon tuition figures',
    confidentiality: 'confidential',
  });
  // A partner and country met nowhere else, so any count that includes them differs.
  const org = { ...data.counterparts[0]!, id: '01JD3DWS00SECRETORG0000000', name: 'Zircon Institute' };
  org.country = 'MN';
  data.counterparts = [org];
  data.meeting.counterpartOrgIds = [org.id];
  data.participants[1] = {
    person: { ...data.participants[1]!.person, name: 'Zircon Envoy' },
    organization: org,
  };
  data.actionItems[0]!.item.title = 'Zircon transfer of funds';
  data.agreements = [
    {
      agreement: agreementFixture({ title: 'Zircon side letter', meetingIds: [SECRET_MEETING_ID] }),
      confidential: true,
    },
  ];
  data.notes = [{ author: null, text: 'Zircon private note' }];
  return data;
}

const MARKERS = [
  'Zircon budget talks',
  'Zircon tuition figures',
  'Zircon Institute',
  'Zircon Envoy',
  'Zircon transfer of funds',
  'Zircon side letter',
  'Zircon private note',
];
const MONGOLIA: Record<Language, string> = { en: 'Mongolia', 'zh-CN': '蒙古' };

function reportData(): ReportData {
  const open = [minutesFixture('khmer'), minutesFixture('lao')];
  open[1]!.meeting.id = '01JD3DWS00OPENMEETING00002';
  const secret = secretMeeting();
  return {
    event: open[0]!.event,
    meetings: [open[0]!, secret, open[1]!],
    agreementsSigned: [
      { agreement: agreementFixture({ meetingIds: [open[0]!.meeting.id] }), confidential: false },
      secret.agreements[0]!,
    ],
  };
}

describe('a redacted delegation report', () => {
  for (const language of ['en', 'zh-CN'] as const) {
    it(`shows nothing from a confidential meeting, summary and figures included (${language})`, () => {
      const full = delegationReport(reportData(), documentOptions({ language }));
      for (const marker of [...MARKERS, MONGOLIA[language]]) expect(full).toContain(marker);

      const redacted = delegationReport(reportData(), documentOptions({ language, redacted: true }));
      for (const marker of [...MARKERS, MONGOLIA[language]]) expect(redacted).not.toContain(marker);
      expect(redacted).not.toContain('Zircon');
    });
  }

  it('counts only the meetings it shows: meetings, partners, countries, agreements and follow-ups', () => {
    const full = delegationReport(reportData(), documentOptions());
    const redacted = delegationReport(reportData(), documentOptions({ redacted: true }));
    const labels = ['Meetings held', 'Partners met', 'Countries', 'Agreements signed', 'Open follow-ups'];
    expect(labels.map((label) => figure(full, label))).toEqual([3, 3, 3, 2, 3]);
    expect(labels.map((label) => figure(redacted, label))).toEqual([2, 2, 2, 1, 2]);
    expect(redacted).toContain('met with 2 partners from 2 countries');
    expect(redacted).toContain('2 follow-ups remain open.');
    expect(redacted).toContain('They signed Memorandum of Agreement on enrolling students.');
    expect(redacted).not.toContain('CONFIDENTIAL');
    expect(redacted).toContain('class="document page-internal-en"');
  });
});

describe('a redacted agreements register', () => {
  it('leaves out agreements linked to confidential meetings and says so', () => {
    const { agreementsSigned } = reportData();
    const party = minutesFixture('thai').counterparts;
    const rows = agreementsSigned.map((a) => ({ ...a, parties: party }));
    expect(agreementsRegister(rows, documentOptions())).toContain('Zircon side letter');
    const redacted = agreementsRegister(rows, documentOptions({ redacted: true }));
    expect(redacted).not.toContain('Zircon');
    expect(redacted).toContain('Memorandum of Agreement on enrolling students');
    expect(redacted).toContain('agreements linked to confidential meetings are left out');
  });
});

describe('redacted batch minutes', () => {
  it('leave out of a shared meeting an agreement also linked to a confidential one', () => {
    const open = minutesFixture('khmer');
    const joint = agreementFixture({ title: 'Joint MoU', meetingIds: [open.meeting.id, SECRET_MEETING_ID] });
    open.agreements = [{ agreement: joint, confidential: true }];
    expect(minutesDocument([open], documentOptions())).toContain('Joint MoU');
    const redacted = minutesDocument([open], documentOptions({ redacted: true }));
    expect(redacted).not.toContain('Joint MoU');
    expect(redacted).not.toContain('Agreements signed at this meeting');
  });

  it('leave the confidential meeting out entirely and keep the others whole', () => {
    const meetings = [minutesFixture('khmer'), secretMeeting()];
    const full = minutesDocument(meetings, documentOptions());
    for (const marker of MARKERS) expect(full).toContain(marker);

    const redacted = minutesDocument(meetings, documentOptions({ redacted: true }));
    expect(redacted).not.toContain('Zircon');
    expect(redacted).not.toContain('Mongolia');
    expect(redacted).toContain('Prek Leap National Institute of Agriculture');
    expect(redacted.match(/<article class="minutes"/g)).toHaveLength(1);
  });
});
