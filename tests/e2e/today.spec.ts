import { expect, test } from './fixtures';
import { SetupPage } from './pages/SetupPage';
import { TodayPage } from './pages/TodayPage';

const PAKPASAK = 'Bilateral meeting with Pakpasak Technical College';

test('a clash shown on Today', async ({ profile }) => {
  const page = await profile.launch({ timezoneId: 'America/New_York' });
  await new SetupPage(page).setUp({ sample: true });
  const today = await new TodayPage(page).go();
  // "Today" on this machine is long after the sample conference, so its day is chosen by hand.
  await today.chooseDay(/Nov 21/);

  const meeting = today.item(PAKPASAK);
  await expect(meeting.getByText('Clash: Li Wei is also at Ministerial Roundtable')).toBeVisible();
  await expect(
    meeting.getByText('Clash: Zhang Min is also at Parallel Session: Industry–Education Integration'),
  ).toBeVisible();
  await expect(meeting).toHaveAccessibleDescription(/Clash: Li Wei is also at Ministerial Roundtable/);
  await expect(today.item('Ministerial Roundtable')).toHaveAccessibleDescription(
    `Clash: Li Wei has a meeting then: ${PAKPASAK}`,
  );
  await expect(today.item('Opening Ceremony').getByText(/Clash/)).toHaveCount(0);

  await meeting.getByRole('link', { name: PAKPASAK }).click();
  await expect(page).toHaveURL(/#\/meetings\/[0-9A-Z]{26}$/);
  expect(profile.problems).toEqual([]);
});

test("with Playwright timezoneId: 'America/New_York' and the event in Asia/Shanghai, times show in event time", async ({
  profile,
}) => {
  const page = await profile.launch({ timezoneId: 'America/New_York' });
  await new SetupPage(page).setUp({ sample: true });
  const today = await new TodayPage(page).go();
  await today.chooseDay(/Nov 21/);

  await expect(page.getByText('Times are in the event’s time zone, Asia/Shanghai (GMT+8).')).toBeVisible();
  await expect(page.getByText(/This computer is set to America\/New_York \(GMT-5\)/)).toBeVisible();
  const opening = today.item('Opening Ceremony');
  await expect(opening.getByText('09:00–10:30', { exact: true })).toBeVisible();
  // 09:00 in Tianjin is 20:00 the evening before in New York.
  await expect(opening.getByText('Wed, Nov 20, 20:00–21:30 on this computer (GMT-5)')).toBeVisible();
  await expect(today.item(PAKPASAK).getByText('15:00–15:45', { exact: true })).toBeVisible();
  expect(profile.problems).toEqual([]);
});
