import { expect, test } from './fixtures';
import { EventsPage } from './pages/EventsPage';
import { SetupPage } from './pages/SetupPage';
import { TodayPage } from './pages/TodayPage';

test('create an event with a searchable time zone, add a session, and see it on Today', async ({
  profile,
}) => {
  const page = await profile.launch({ timezoneId: 'America/New_York' });
  await new SetupPage(page).setUp({ sample: true });
  const events = await new EventsPage(page).go();
  // Berlin moves its clocks forward on 2025-03-30, in the middle of this event.
  await events.createEvent({
    name: 'Berlin Skills Summit',
    city: 'Berlin',
    venue: 'Estrel Congress Center',
    startDate: '2025-03-29',
    endDate: '2025-03-31',
    zoneSearch: 'berlin',
    zone: 'Europe/Berlin',
  });
  await events.makeCurrent('Berlin Skills Summit');
  await events.addSession({
    kind: 'Keynote speech',
    title: 'Skills after the clocks change',
    day: 'Monday, March 31, 2025',
    start: '10:00',
    end: '11:00',
    room: 'Hall 1',
    attendees: ['Li Wei'],
  });
  const monday = events.sessionsOn('Monday, March 31, 2025');
  await expect(monday.getByText('Skills after the clocks change')).toBeVisible();
  await expect(monday.getByText('10:00–11:00', { exact: true })).toBeVisible();

  const today = await new TodayPage(page).go();
  await today.chooseDay(/Mar 31/);
  const session = today.item('Skills after the clocks change');
  await expect(session.getByText('10:00–11:00', { exact: true })).toBeVisible();
  // After both zones' DST changes: 10:00 CEST is 04:00 EDT.
  await expect(session.getByText('04:00–05:00 on this computer (GMT-4)')).toBeVisible();
  await expect(session.getByText('Li Wei')).toBeVisible();
  expect(profile.problems).toEqual([]);
});

test('the new-event form explains an end before the start and keeps what was typed', async ({ profile }) => {
  const page = await profile.launch();
  await new SetupPage(page).setUp();
  await new EventsPage(page).go();
  await page.getByRole('button', { name: 'New event' }).click();
  const dialog = page.getByRole('dialog', { name: 'New event' });
  await dialog.getByRole('textbox', { name: 'Event name' }).fill('ASEAN TVET Forum');
  await dialog.getByLabel('First day').fill('2025-03-10');
  await dialog.getByLabel('Last day').fill('2025-03-08');
  await dialog.getByRole('button', { name: 'Create event' }).click();
  await expect(dialog.getByLabel('Last day')).toHaveAccessibleDescription('The end is before the start.');
  await expect(dialog.getByRole('textbox', { name: 'Event name' })).toHaveValue('ASEAN TVET Forum');
  expect(profile.problems).toEqual([]);
});
