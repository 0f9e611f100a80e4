/**
 * Liaison makes no network request of its own: a whole working session in web mode — first run, the
 * sample event, every page, editing minutes, search, a PDF print, spreadsheet and bundle exports, the
 * Chinese interface — asks for nothing outside the app's own origin. Every request of the browser
 * context is recorded, workers' included (the search and sync workers fetch their scripts through it).
 */
import { writeFaultResults } from '../crash/faultResults';
import { expect, test } from './fixtures';
import { CommandPalette } from './pages/CommandPalette';
import { DataExchangePage } from './pages/DataExchangePage';
import { MeetingPage } from './pages/MeetingPage';
import { SettingsPage } from './pages/SettingsPage';
import { SetupPage } from './pages/SetupPage';
import { SyncPage } from './pages/SyncPage';

const PAGES = [
  'Today',
  'Meetings',
  'Events',
  'People',
  'Organizations',
  'Agreements',
  'Follow-ups',
  'Conflicts',
  'Sync',
  'Import & export',
  'Settings',
];

test('a whole working session requests nothing outside the app’s own origin', async ({ profile }) => {
  const started = performance.now();
  const page = await profile.launch();
  const context = page.context();
  const requested: string[] = [];
  context.on('request', (request) => requested.push(request.url()));
  // Anything a service worker or a page would try, even before it is a request event, goes through here.
  await context.route('**/*', async (route) => {
    requested.push(route.request().url());
    await route.continue();
  });

  const app = await new SetupPage(page).setUp({ sample: true });
  const origin = new URL(page.url()).origin;
  for (const name of PAGES) {
    await app.nav(name).click();
    await expect(page.getByRole('navigation').getByRole('link', { name, exact: false })).toHaveAttribute(
      'aria-current',
      'page',
    );
  }

  const meeting = new MeetingPage(page);
  await meeting.openFromList('Bilateral meeting with Pakpasak Technical College');
  await meeting.appendToMinutes(' ສະຫຼຸບ: ແລກປ່ຽນນັກສຶກສາ 40 ຄົນ.');
  await meeting.expectSaved();

  const palette = new CommandPalette(page);
  await palette.open();
  await palette.search('ປາກປ່າ');
  await palette
    .option(/Pakpasak/)
    .first()
    .click();
  await expect(page.getByRole('dialog')).toBeHidden();

  await app.nav('Import & export').click();
  await page.getByRole('button', { name: 'One PDF' }).click();
  await expect(page.getByTestId('document-status')).toContainText('The print dialog is open');
  const exchange = await new DataExchangePage(page).go();
  await exchange.exportCsv('People');
  await exchange.exportXlsx();
  await exchange.exportArchive();

  const sync = await new SyncPage(page).go();
  const bundle = await sync.exportChanges();
  expect(bundle.buffer.length).toBeGreaterThan(0);

  const settings = await new SettingsPage(page).go();
  await settings.chooseLanguage('简体中文');
  await settings.chooseLanguage('English');
  await app.reload();

  const outside = requested.filter((url) => {
    if (url.startsWith('blob:') || url.startsWith('data:')) return false;
    return new URL(url).origin !== origin;
  });
  // Written before the checks, so a session that asked elsewhere is reported as failed, not left out.
  writeFaultResults('noNetwork', 'tests/e2e/noNetwork.spec.ts', [
    {
      area: 'Nothing leaked',
      target: 'Network requests of a whole working session (web mode)',
      kind: 'check',
      name: 'a whole working session requests nothing outside the app’s own origin',
      runs: 1,
      outcome: outside.length === 0 ? 'passed' : 'failed',
      ms: Math.round(performance.now() - started),
      details: {
        pagesVisited: PAGES.length,
        requestsRecorded: requested.length,
        distinctUrls: new Set(requested).size,
        requestsOutsideTheOrigin: outside.length,
      },
    },
  ]);
  expect(requested.length).toBeGreaterThan(10);
  expect(outside).toEqual([]);
  expect(profile.problems).toEqual([]);
});
