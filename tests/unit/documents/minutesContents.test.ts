/**
 * What a reader finds in printed minutes: the date and time in the event's zone whatever the printing
 * laptop is set to, the action items, the agreements signed, the optional signature blocks and the
 * letterhead logo.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { agreementsRegister } from '../../../shared/documents/agreementsRegister';
import { delegationReport } from '../../../shared/documents/delegationReport';
import type { MinutesData } from '../../../shared/documents/documentModel';
import { minutesDocument } from '../../../shared/documents/minutesDocument';
import { agreementFixture, documentOptions, minutesFixture } from '../../support/documentFixtures';

const originalZone = process.env['TZ'];
afterEach(() => {
  if (originalZone === undefined) delete process.env['TZ'];
  else process.env['TZ'] = originalZone;
});

/** Renders with the machine set to each zone (Node re-reads TZ when it changes) and returns each output. */
function onMachinesIn(zones: readonly string[], render: () => string): string[] {
  return zones.map((zone) => {
    process.env['TZ'] = zone;
    return render();
  });
}

/** The text of an element's content with tags removed and whitespace collapsed. */
function text(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function inPhnomPenh(): MinutesData {
  // 17:30 UTC on Thursday 21 November is 00:30 on Friday 22 November in Phnom Penh (UTC+7).
  const startsAt = Date.UTC(2024, 10, 21, 17, 30);
  const data = minutesFixture('khmer', { startsAt, endsAt: startsAt + 45 * 60_000 });
  data.event = { ...data.event!, city: 'Phnom Penh', timeZone: 'Asia/Phnom_Penh' };
  data.zone = 'Asia/Phnom_Penh';
  return data;
}

describe('printed minutes', () => {
  it("give the meeting's date and time in the event's zone, whatever zone the laptop is in", () => {
    const [losAngeles, tokyo] = onMachinesIn(['America/Los_Angeles', 'Asia/Tokyo'], () =>
      minutesDocument([inPhnomPenh()], documentOptions()),
    );
    expect(losAngeles).toBe(tokyo);
    const printed = text(losAngeles!);
    expect(printed).toContain('Date Friday, November 22, 2024');
    expect(printed).toContain('Time 00:30–01:15 (Times in Asia/Phnom_Penh, GMT+7)');
    expect(printed).not.toContain('Thursday');

    process.env['TZ'] = 'America/Los_Angeles';
    const chinese = text(minutesDocument([inPhnomPenh()], documentOptions({ language: 'zh-CN' })));
    expect(chinese).toContain('日期 2024年11月22日星期五');
    expect(chinese).toContain('时间 00:30–01:15 (时间按 Asia/Phnom_Penh, GMT+7)');
  });

  it('list each action item with its owner, due date and status', () => {
    const data = minutesFixture('english');
    data.actionItems.push({
      item: { ...data.actionItems[0]!.item, id: '01JD3DWS00ACTION0000000002', title: 'Book the visit' },
      owner: null,
    });
    data.actionItems[1]!.item.status = 'in-progress';
    data.actionItems[1]!.item.dueDate = null;
    const printed = text(minutesDocument([data], documentOptions()));
    expect(printed).toContain('Action items Action Owner Due Status');
    expect(printed).toContain('Send the draft Li Wei Dec 1, 2024 Open');
    expect(printed).toContain('Book the visit — — In progress');

    const chinese = text(minutesDocument([data], documentOptions({ language: 'zh-CN' })));
    expect(chinese).toContain('后续事项 事项 负责人 截止日期 状态');
    expect(chinese).toContain('Send the draft Li Wei 2024年12月1日 待办');
  });

  it('name the agreements signed at the meeting and not those still being negotiated', () => {
    const data = minutesFixture('lao');
    data.agreements = [
      { agreement: agreementFixture(), confidential: false },
      {
        agreement: agreementFixture({
          id: '01JD3DWS00DRAFT00000000043',
          title: 'Draft exchange plan',
          status: 'negotiating',
        }),
        confidential: false,
      },
    ];
    const printed = text(minutesDocument([data], documentOptions()));
    expect(printed).toContain(
      'Agreements signed at this meeting Memorandum of Agreement on enrolling students · Memorandum of Agreement · Nov 21, 2024',
    );
    expect(printed).not.toContain('Draft exchange plan');

    data.agreements = [data.agreements[1]!];
    expect(minutesDocument([data], documentOptions())).not.toContain('Agreements signed at this meeting');
  });

  it('carry signature blocks for both sides only when asked for', () => {
    const data = minutesFixture('thai');
    const withBlocks = text(minutesDocument([data], documentOptions({ signatureBlocks: true })));
    expect(withBlocks).toContain('Signatures For Sample Vocational College');
    expect(withBlocks).toContain('For Mahasarakham University Name and title Date');
    const without = minutesDocument([data], documentOptions({ signatureBlocks: false }));
    expect(without).not.toContain('class="signatures"');
    expect(without).not.toContain('For Mahasarakham University');
  });

  it('show the letterhead logo when one is set, and no image otherwise', () => {
    const logo =
      'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
    const letterhead = { name: 'Sample Vocational College', logoDataUrl: logo };
    const withLogo = minutesDocument([minutesFixture('english')], documentOptions({ letterhead }));
    expect(withLogo).toContain(`<img class="logo" alt="" src="${logo}" />`);
    const plain = minutesDocument([minutesFixture('english')], documentOptions());
    expect(plain).not.toContain('<img');
  });
});

describe('the "Generated" line', () => {
  it('states its zone and reads the same whatever zone the laptop is in', () => {
    const zones = ['America/Los_Angeles', 'Asia/Tokyo'];
    const options = documentOptions(); // generated at 08:00 UTC on 22 November 2024
    const minutes = onMachinesIn(zones, () => minutesDocument([minutesFixture('english')], options));
    expect(minutes[0]).toBe(minutes[1]);
    expect(minutes[0]).toContain('Generated November 22, 2024 at 16:00 (Asia/Shanghai, GMT+8)');

    const event = inPhnomPenh();
    const report = onMachinesIn(zones, () =>
      delegationReport({ event: event.event, meetings: [event], agreementsSigned: [] }, options),
    );
    expect(report[0]).toBe(report[1]);
    expect(report[0]).toContain('Generated November 22, 2024 at 15:00 (Asia/Phnom_Penh, GMT+7)');

    const register = onMachinesIn(zones, () => agreementsRegister([], { ...options, language: 'zh-CN' }));
    expect(register[0]).toBe(register[1]);
    expect(register[0]).toContain('生成于 2024年11月22日 08:00（UTC）');
  });
});
