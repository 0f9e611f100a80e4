import { expect, test } from './fixtures';
import { MeetingPage } from './pages/MeetingPage';
import { SetupPage } from './pages/SetupPage';

const MEETING = 'Bilateral meeting with Pakpasak Technical College';

test('kill the browser mid-edit of the minutes; on reopening, the text is there', async ({ profile }) => {
  let page = await profile.launch();
  await new SetupPage(page).setUp({ sample: true });
  let meeting = await new MeetingPage(page).openFromList(MEETING);
  const path = meeting.path();

  await meeting.appendToMinutes(' Both colleges will exchange two teachers in 2025.');
  // The promise of the autosave: typed text is in IndexedDB within a second.
  await meeting.expectSaved({ timeout: 1_000 });
  // Keep typing, and lose power in the middle of the sentence.
  await meeting.appendToMinutes(' Pakpasak will send');
  await profile.kill();

  page = await profile.launch();
  meeting = await new MeetingPage(page).open(path);
  await expect(meeting.heading(MEETING)).toBeVisible();
  await expect(meeting.minutes()).toHaveValue(/Both colleges will exchange two teachers in 2025\./);
  expect(profile.problems).toEqual([]);
});

test('minutes typed and saved survive a reload, with the time shown in the event zone', async ({
  profile,
}) => {
  const page = await profile.launch({ timezoneId: 'Europe/Paris' });
  await new SetupPage(page).setUp({ sample: true });
  const meeting = await new MeetingPage(page).openFromList(MEETING);
  await expect(page.getByLabel(/^End$/)).toHaveValue('15:45');
  // Paris is seven hours behind Tianjin in November; the laptop's own time is shown beside the field.
  await expect(page.getByText('08:45 on this computer (GMT+1)')).toBeVisible();

  await meeting.appendToMinutes(' 双方同意互派教师。');
  await meeting.expectSaved();
  await meeting.reload();
  await expect(meeting.minutes()).toHaveValue(/双方同意互派教师。$/);
  expect(profile.problems).toEqual([]);
});
