/**
 * The delegation report as leadership reads it: its figures and summary describe the meetings actually
 * held, the rest are listed apart, and the summary names the agreements signed in either language.
 */
import { describe, expect, it } from 'vitest';
import { delegationReport } from '../../../shared/documents/delegationReport';
import type { ReportData } from '../../../shared/documents/documentModel';
import { reportFigures } from '../../../shared/documents/reportFigures';
import { summaryParagraph } from '../../../shared/documents/summaryParagraph';
import { agreementFixture, documentOptions, figure, minutesFixture } from '../../support/documentFixtures';

function eventWithCancelledAndPlanned(): ReportData {
  const held = minutesFixture('khmer');
  const cancelled = minutesFixture('lao', {
    id: '01JD3DWS00CANCELLED0000001',
    status: 'cancelled',
    title: 'Visit to Pakpasak (called off)',
  });
  const planned = minutesFixture('thai', {
    id: '01JD3DWS00PLANNED000000001',
    status: 'planned',
    title: 'Dinner with Mahasarakham',
    minutes: 'Menu to be agreed',
  });
  return { event: held.event, meetings: [held, cancelled, planned], agreementsSigned: [] };
}

describe('the delegation report', () => {
  it('counts only meetings actually held and lists the planned and cancelled ones apart', () => {
    const report = delegationReport(eventWithCancelledAndPlanned(), documentOptions());
    expect(figure(report, 'Meetings held')).toBe(1);
    expect(figure(report, 'Partners met')).toBe(1);
    expect(figure(report, 'Countries')).toBe(1);
    expect(figure(report, 'Open follow-ups')).toBe(1);
    expect(report).toContain('met with 1 partner from 1 country, including Prek Leap');
    expect(report.match(/<article class="minutes"/g)).toHaveLength(1);
    expect(report).not.toContain('Menu to be agreed');

    const notHeld = report.slice(report.indexOf('<h2>Meetings not held</h2>'), report.indexOf('<article'));
    expect(notHeld).toContain('Planned or cancelled: not counted above, and without minutes.');
    expect(notHeld).toMatch(
      /Visit to Pakpasak \(called off\)[\s\S]*Pakpasak Technical College[\s\S]*Cancelled/,
    );
    expect(notHeld).toMatch(/Dinner with Mahasarakham[\s\S]*Nov 21, 2024[\s\S]*Planned/);

    const chinese = delegationReport(eventWithCancelledAndPlanned(), documentOptions({ language: 'zh-CN' }));
    expect(chinese).toContain('<h2>未举行的会谈</h2>');
    expect(chinese).toContain('已取消');
    expect(chinese).toContain('计划中');
  });

  it('has no "not held" section when every meeting was held', () => {
    const held = minutesFixture('khmer');
    const report = delegationReport(
      { event: held.event, meetings: [held], agreementsSigned: [] },
      documentOptions(),
    );
    expect(report).not.toContain('Meetings not held');
  });

  it('names the agreements signed in its summary, in English and Chinese', () => {
    const meetings = [minutesFixture('khmer'), minutesFixture('lao')];
    const data: ReportData = {
      event: meetings[0]!.event,
      meetings,
      agreementsSigned: [
        { agreement: agreementFixture(), confidential: false },
        {
          agreement: agreementFixture({ id: '01JD3DWS00MOU0000000000044', title: 'MoU on teacher training' }),
          confidential: false,
        },
        {
          agreement: agreementFixture({
            id: '01JD3DWS00LOI0000000000045',
            title: 'Draft LoI',
            status: 'drafting',
          }),
          confidential: false,
        },
      ],
    };
    const figures = reportFigures(data, documentOptions());
    expect(summaryParagraph(data.event, figures, 'en')).toContain(
      'They signed Memorandum of Agreement on enrolling students and MoU on teacher training. 2 follow-ups remain open.',
    );
    expect(summaryParagraph(data.event, figures, 'zh-CN')).toContain(
      '双方签署了Memorandum of Agreement on enrolling students和MoU on teacher training。尚有 2 项后续事项待办。',
    );
    expect(figure(delegationReport(data, documentOptions()), 'Agreements signed')).toBe(2);
  });
});
