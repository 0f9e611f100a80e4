/**
 * The meetings list at scale: with the 10% synthetic archive (10,000 meetings) added, the list of all
 * events scrolls to its last meeting by keyboard and deep into the middle by the scrollbar, and the page
 * keeps well under 1,500 DOM elements throughout, because only the rows in view are rendered.
 */
import { expect, test } from './fixtures';
import { MeetingsListPage } from './pages/MeetingsListPage';
import { SettingsPage } from './pages/SettingsPage';
import { SetupPage } from './pages/SetupPage';

const MAX_DOM_ELEMENTS = 1500;

test('the meetings list of a 10,000-meeting archive scrolls to its end with a small DOM', async ({
  profile,
}) => {
  test.setTimeout(240_000);
  const page = await profile.launch();
  await new SetupPage(page).setUp({ sample: true });
  await new SettingsPage(page).go();
  await page
    .getByRole('combobox', { name: 'Size' })
    .selectOption({ label: '10,000 meetings and related records' });
  await page.getByRole('button', { name: 'Add synthetic archive' }).click();
  await expect(page.getByTestId('synthetic-status')).toContainText(/Added [\d,]+ records/, {
    timeout: 180_000,
  });

  const meetings = await new MeetingsListPage(page).go();
  await meetings.showAllEvents();
  const table = meetings.table();
  await expect(table).toHaveAttribute('data-count', /^\d{5}$/);
  const count = await meetings.count();
  expect(count).toBeGreaterThan(10_000);
  await expect(meetings.row(1).getByRole('link')).toBeVisible();
  const domSize = () => page.evaluate(() => document.querySelectorAll('*').length);
  expect(await domSize()).toBeLessThan(MAX_DOM_ELEMENTS);

  // End, from the keyboard on the focused table: the last meeting is rendered, with its link.
  await table.focus();
  await page.keyboard.press('End');
  await expect(meetings.row(count).getByRole('link')).toBeVisible();
  await expect(meetings.row(1)).toHaveCount(0);
  expect(await domSize()).toBeLessThan(MAX_DOM_ELEMENTS);

  // Halfway down by the scrollbar: rows around the 5,000th are read and rendered.
  await table.evaluate((element) => {
    element.scrollTop = element.scrollHeight / 2;
  });
  const middle = Math.round(count / 2);
  await expect(meetings.row(middle).getByRole('link')).toBeVisible();
  expect(await domSize()).toBeLessThan(MAX_DOM_ELEMENTS);

  // Home goes back to the newest meeting.
  await page.keyboard.press('Home');
  await expect(meetings.row(1).getByRole('link')).toBeVisible();
  expect(await domSize()).toBeLessThan(MAX_DOM_ELEMENTS);
});
