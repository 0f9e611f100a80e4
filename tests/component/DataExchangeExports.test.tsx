/**
 * The Import & export page's calendar and contact files as a user gets them: what the page asks the
 * platform to save is read back with an independent parser (ical.js) or the app's own reader, and a
 * participant workbook goes through the page from the file input to the stored people.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import type { Meeting, Session } from '../../shared/domain/entities';
import { parseVCards } from '../../shared/formats/vcard';
import { buildSampleEvent } from '../../shared/sample/sampleEvent';
import { RecordExchange } from '../../renderer/src/db/RecordExchange';
import type { FileToSave } from '../../renderer/src/platform/Platform';
import { readWithIcalJs } from '../unit/formats/readWithIcalJs';
import { meetingOutsideEvent, openExports, type App } from './documentExportsSetup';
import { fakePlatform, peopleWithNativeName } from './renderApp';

const SLOW = { timeout: 20_000 };
const ZONE = 'Asia/Shanghai';

const section = (name: string) => screen.getByRole('region', { name });

/** A platform whose save dialog saves every file under its suggested name, and the files it saved. */
function savingPlatform() {
  const saveFile = vi.fn((file: FileToSave) =>
    Promise.resolve({ status: 'saved' as const, location: `/home/rep/Documents/${file.suggestedName}` }),
  );
  const saved = () => saveFile.mock.calls.map(([file]) => file);
  return { platform: fakePlatform({ saveFile }), saved };
}

/** Clicks an export button and waits until the section says the file was saved; returns its text. */
async function exportFile(region: HTMLElement, button: string, saved: () => FileToSave[]) {
  const before = saved().length;
  await userEvent.setup().click(within(region).getByRole('button', { name: button }));
  await waitFor(() => expect(within(region).getByText(/^Saved liaison-/)).toBeVisible());
  expect(saved()).toHaveLength(before + 1);
  const { data } = saved().at(-1)!;
  return typeof data === 'string' ? data : new TextDecoder().decode(data);
}

const people = (app: App) => new RecordExchange(app.db, app.capture, app.repos).page('people', null, 1000);

describe('calendar and contact exports', SLOW, () => {
  it('exports the event’s meetings and sessions to a calendar file at their times in Asia/Shanghai, with that zone’s VTIMEZONE', async () => {
    const user = userEvent.setup();
    const { platform, saved } = savingPlatform();
    const app = await openExports(platform);
    await meetingOutsideEvent(app, { title: 'Call with Prek Leap after the trip' });
    const calendar = section('Calendar');
    const sample = buildSampleEvent();
    const event = sample.find((r) => r.table === 'events')!.entity;
    const sessions = sample.filter((r) => r.table === 'sessions').map((r) => r.entity as Session);
    const meetings = sample.filter((r) => r.table === 'meetings').map((r) => r.entity as Meeting);

    await user.selectOptions(within(calendar).getByRole('combobox', { name: 'Event' }), event.id);
    const text = await exportFile(calendar, 'Export calendar (ICS)', saved);
    expect(saved().at(-1)).toMatchObject({ mimeType: 'text/calendar;charset=utf-8' });

    const read = readWithIcalJs(text);
    const expected = [
      ...sessions.map((s) => ({ uid: `session-${s.id}@liaison`, summary: s.title, start: s.startsAt })),
      ...meetings.map((m) => ({ uid: `meeting-${m.id}@liaison`, summary: m.title, start: m.startsAt })),
    ];
    // Every meeting and session of the event, and nothing from outside it.
    expect(read.map(({ uid, summary, start }) => ({ uid, summary, start }))).toEqual(
      expect.arrayContaining(expected),
    );
    expect(read).toHaveLength(expected.length);
    for (const entry of read) expect(entry.zone).toBe(ZONE);
    // The clock on the wall in Tianjin, as the sample's agenda gives it, whatever the laptop's zone.
    const startOf = (summary: string) => read.find((e) => e.summary === summary)!.wallClock;
    expect(startOf('Opening Ceremony')).toBe('2024-11-21T09:00:00');
    expect(startOf('Closing Ceremony')).toBe('2024-11-22T15:00:00');
    expect(startOf('Bilateral meeting with Prek Leap National Institute of Agriculture')).toBe(
      '2024-11-21T12:15:00',
    );
    expect(startOf('Bilateral meeting with Mahasarakham University')).toBe('2024-11-22T12:30:00');
    expect(text).toContain('DTSTART;TZID=Asia/Shanghai:20241121T090000');
    expect(text.match(/BEGIN:VTIMEZONE\r\nTZID:Asia\/Shanghai\r\n/g)).toHaveLength(1);
    expect(text).toContain('TZOFFSETTO:+0800');

    // All events: the meeting outside the event is added to the same calendar.
    await user.selectOptions(within(calendar).getByRole('combobox', { name: 'Event' }), 'All events');
    const all = readWithIcalJs(await exportFile(calendar, 'Export calendar (ICS)', saved));
    expect(all).toHaveLength(expected.length + 1);
    expect(all.map((e) => e.summary)).toContain('Call with Prek Leap after the trip');
  });

  it('exports people as vCard 4.0 with their names in Lao, Khmer, Thai and Chinese, and reading the file back adds no one twice', async () => {
    const user = userEvent.setup();
    const { platform, saved } = savingPlatform();
    const app = await openExports(platform);
    const contacts = section('Contacts');
    const stored = await people(app);

    const text = await exportFile(contacts, 'Export people (vCard)', saved);
    expect(saved().at(-1)).toMatchObject({ mimeType: 'text/vcard;charset=utf-8' });
    const physical = text.split('\r\n');
    expect(physical.filter((line) => line === 'BEGIN:VCARD')).toHaveLength(stored.length);
    expect(physical.filter((line) => line === 'VERSION:4.0')).toHaveLength(stored.length);
    // Long lines (the sample's bilingual notes) are folded, and no line passes 75 octets.
    expect(physical.some((line) => line.startsWith(' '))).toBe(true);
    for (const line of physical) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);

    const { cards, problems } = parseVCards(text);
    expect(problems).toEqual([]);
    expect(cards.map((c) => [c.id, c.name, c.nativeName]).sort()).toEqual(
      stored.map((p) => [p.id, p.name, p.nativeName]).sort(),
    );
    expect(cards.find((c) => c.nativeName === 'ສຸກສະຫວັນ ພົມມະຈັນ')).toMatchObject({
      name: 'Souksavanh Phommachanh',
      organization: 'Pakpasak Technical College',
    });
    expect(cards.map((c) => c.nativeName)).toEqual(
      expect.arrayContaining(['សុខ ដារ៉ា', 'สมชาย วงศ์สา', '王芳']),
    );

    const input = within(contacts).getByLabelText('vCard file to import');
    await user.upload(input, new File([text], 'people.vcf'));
    const preview = await within(contacts).findByRole('table', { name: 'Contacts in the file' });
    expect(within(contacts).getByTestId('plan-summary')).toHaveTextContent(
      `0 new people, ${stored.length} already in the archive, 0 new organizations.`,
    );
    expect(
      within(within(preview).getByText('ສຸກສະຫວັນ ພົມມະຈັນ').closest('tr')!).getByText('Already there'),
    ).toBeVisible();
    expect(within(contacts).getByRole('button', { name: 'Import 0 new people' })).toBeDisabled();

    // The same file with one new colleague: only that one is added.
    const newcomer = [
      'BEGIN:VCARD',
      'VERSION:4.0',
      'FN;ALTID=1;PREF=1:Keo Vilayphone',
      'FN;ALTID=1:ແກ້ວ ວິໄລພອນ',
      'ORG:Pakpasak Technical College',
      'END:VCARD',
      '',
    ].join('\r\n');
    await user.upload(input, new File([text + newcomer], 'people.vcf'));
    await waitFor(() =>
      expect(within(contacts).getByTestId('plan-summary')).toHaveTextContent(
        `1 new people, ${stored.length} already in the archive, 0 new organizations.`,
      ),
    );
    await user.click(within(contacts).getByRole('button', { name: 'Import 1 new people' }));
    expect(await within(contacts).findByText('Added 1 people, 0 organizations and 0 photos.')).toBeVisible();
    expect(await people(app)).toHaveLength(stored.length + 1);
    const [keo] = await peopleWithNativeName(app, 'ແກ້ວ');
    const [pakpasak] = await app.repos.organizations.startingWith('Pakpasak');
    expect(keo).toMatchObject({ name: 'Keo Vilayphone', organizationId: pakpasak!.id });
    expect(await app.repos.people.startingWith('Souksavanh')).toHaveLength(1);
  });

  it('imports a participant workbook in Thai, Arabic and Chinese after the columns are mapped and the preview shown, matching the person already there', async () => {
    const user = userEvent.setup();
    const app = await openExports();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('参会名单');
    sheet.addRow(['Name', '本地文字', 'Position', '单位', 'Country', 'Email']);
    sheet.addRow(['Somchai Wongsa', 'สมชาย วงศ์สา', 'Dean', 'Mahasarakham University', 'TH', null]);
    sheet.addRow(['Niran Chaiyo', 'นิรันดร์ ชัยโย', 'Lecturer', 'Khon Kaen Technical College', 'TH', null]);
    sheet.addRow(['Fatima Al-Zahra', 'فاطمة الزهراء', 'Professor', 'جامعة القاهرة', 'EG', 'f@example.org']);
    sheet.addRow(['Zhao Lei', '赵磊', 'Teacher', '天津职业技术师范大学', 'CN', null]);
    const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    const before = await people(app);

    const organizers = section('Organizers’ files');
    await user.upload(
      within(organizers).getByLabelText('Participant list file'),
      new File([bytes], 'participants.xlsx', {
        type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      }),
    );
    const mapping = await within(organizers).findByRole('group', { name: 'Columns' });
    expect(within(mapping).getByRole('combobox', { name: 'Organization' })).toHaveDisplayValue(
      'Column 4: 单位',
    );
    await user.selectOptions(
      within(mapping).getByRole('combobox', { name: 'Name in own script' }),
      'Column 2: 本地文字',
    );

    const preview = await within(organizers).findByRole('table', { name: 'participants.xlsx' });
    await waitFor(() => expect(within(preview).getByText('فاطمة الزهراء')).toBeVisible());
    const row = (name: string) => within(preview).getByText(name).closest('tr')!;
    expect(within(row('Somchai Wongsa')).getByText('Already there')).toBeVisible();
    expect(within(row('Niran Chaiyo')).getByText('นิรันดร์ ชัยโย')).toBeVisible();
    expect(within(row('Zhao Lei')).getByText('New')).toBeVisible();
    expect(within(organizers).getByTestId('plan-summary')).toHaveTextContent(
      '3 new people, 1 already in the archive, 3 new organizations.',
    );

    await user.click(within(organizers).getByRole('button', { name: 'Import 3 new people' }));
    expect(await within(organizers).findByText('Added 3 people and 3 organizations.')).toBeVisible();
    expect(await people(app)).toHaveLength(before.length + 3);
    expect(await app.repos.people.startingWith('Somchai')).toHaveLength(1);
    const [fatima] = await peopleWithNativeName(app, 'فاطمة');
    expect(fatima).toMatchObject({ name: 'Fatima Al-Zahra', email: 'f@example.org', title: 'Professor' });
    expect(await app.repos.organizations.get(fatima!.organizationId!)).toMatchObject({
      name: 'جامعة القاهرة',
      country: 'EG',
    });
    const [niran] = await app.repos.people.startingWith('Niran');
    expect(await app.repos.organizations.get(niran!.organizationId!)).toMatchObject({
      name: 'Khon Kaen Technical College',
      country: 'TH',
    });
  });
});
