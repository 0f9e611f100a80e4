import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { DataExchangePage } from './pages/DataExchangePage';
import { EventsPage } from './pages/EventsPage';
import { SetupPage } from './pages/SetupPage';

const SAMPLE_EVENT = '2024 World Vocational and Technical Education Development Conference';

test('export people as CSV from web mode: BOM, non-Latin names, formula cells escaped', async ({
  profile,
}) => {
  const page = await profile.launch();
  await new SetupPage(page).setUp({ sample: true });
  const exchange = await new DataExchangePage(page).go();
  // A participant list brings in a title that a spreadsheet would run as a formula.
  const list =
    '\uFEFFName,Native name,Title,Organization\r\nNiran Chaiyo,นิรันดร์ ชัยโย,"=HYPERLINK(""http://evil.example"",""x"")",Khon Kaen Technical College\r\n';
  await exchange.importParticipants(
    { name: 'participants.csv', mimeType: 'text/csv', buffer: Buffer.from(list) },
    1,
  );

  const download = await exchange.exportCsv('People');
  expect(download.suggestedFilename()).toMatch(/^liaison-people-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = await readFile((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8');
  expect(text).toContain('សុខ ដារ៉ា');
  expect(text).toContain('สมชาย วงศ์สา');
  expect(text).toContain('李伟');
  expect(text).toContain('นิรันดร์ ชัยโย');
  expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
  expect(text).not.toMatch(/,=HYPERLINK/);
  expect(profile.problems).toEqual([]);
});

test('import an organizers’ ICS agenda and see its sessions on the event page', async ({ profile }) => {
  const page = await profile.launch({ timezoneId: 'America/New_York' });
  await new SetupPage(page).setUp({ sample: true });
  const exchange = await new DataExchangePage(page).go();
  const agenda = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Organizers//Agenda//EN',
    'BEGIN:VEVENT',
    'UID:agenda-1@organizers',
    'DTSTART;TZID=China Standard Time:20241122T140000',
    'DTEND;TZID=China Standard Time:20241122T153000',
    'SUMMARY:圆桌会议 Roundtable on Lancang-Mekong vocational cooperation',
    'LOCATION:Hall C',
    'END:VEVENT',
    'BEGIN:VEVENT',
    'UID:agenda-2@organizers',
    'DTSTART:20241122T010000Z',
    'DTEND:20241122T020000Z',
    'SUMMARY:Site visit: ການຝຶກອົບຮົມວິຊາຊີບ',
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
  const preview = await exchange.previewAgenda(SAMPLE_EVENT, {
    name: 'agenda.ics',
    mimeType: 'text/calendar',
    buffer: Buffer.from(agenda),
  });
  await expect(preview.getByText('Hall C')).toBeVisible();
  await expect(preview.getByText('Site visit: ການຝຶກອົບຮົມວິຊາຊີບ')).toBeVisible();
  await exchange.addSessions(2);

  const events = await new EventsPage(page).go();
  await page.getByRole('link', { name: SAMPLE_EVENT }).click();
  await events.heading(SAMPLE_EVENT).waitFor();
  const friday = events.sessionsOn('Friday, November 22, 2024');
  // Shown in the event's zone (Tianjin), not the laptop's (New York).
  await expect(
    friday.getByText('圆桌会议 Roundtable on Lancang-Mekong vocational cooperation'),
  ).toBeVisible();
  await expect(friday.getByText('14:00–15:30', { exact: true })).toBeVisible();
  await expect(friday.getByText('Site visit: ການຝຶກອົບຮົມວິຊາຊີບ')).toBeVisible();
  await expect(friday.getByText('09:00–10:00', { exact: true }).first()).toBeVisible();
  expect(profile.problems).toEqual([]);
});

test('export a workbook and a full archive in the browser, and restore the archive', async ({ profile }) => {
  const page = await profile.launch();
  await new SetupPage(page).setUp({ sample: true });
  const exchange = await new DataExchangePage(page).go();

  const xlsx = await exchange.exportXlsx();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile((await xlsx.path())!)) as unknown as ArrayBuffer);
  expect(workbook.worksheets.map((s) => s.name)).toContain('Meetings');
  const sessions = workbook.getWorksheet('Sessions')!;
  expect(sessions.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  expect(sessions.getRow(2).getCell(6).value).toBeInstanceOf(Date);

  const archive = await exchange.exportArchive();
  const bytes = await readFile((await archive.path())!);
  await expect(exchange.archive.getByTestId('archive-status')).toContainText('records');
  const section = await exchange.chooseArchive({
    name: 'backup.zip',
    mimeType: 'application/zip',
    buffer: bytes,
  });
  await expect(section.getByTestId('archive-report')).toContainText('Meetings: 4');
  await section.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(section.getByTestId('archive-status')).toContainText(
    'Restored: 0 records added, 25 already here left unchanged',
  );

  const bad = await exchange.chooseArchive({
    name: 'notes.zip',
    mimeType: 'application/zip',
    buffer: Buffer.from('PK nope'),
  });
  await expect(bad.getByRole('alert')).toContainText('This file was not restored, and nothing was changed:');
  expect(profile.problems).toEqual([]);
});
