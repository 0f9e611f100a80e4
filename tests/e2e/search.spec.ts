import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';
import { CommandPalette } from './pages/CommandPalette';
import { MeetingPage } from './pages/MeetingPage';
import { PeoplePage } from './pages/PeoplePage';
import { QuickCapture } from './pages/QuickCapture';
import { SetupPage } from './pages/SetupPage';

test('the palette finds a meeting by a Lao substring of its partner’s name, and by a Chinese word from its minutes', async ({
  profile,
}) => {
  const page = await profile.launch();
  await new SetupPage(page).setUp({ sample: true });
  const palette = new CommandPalette(page);

  await palette.open();
  await palette.search('ປາກປ່າ');
  await expect(palette.option(/Meeting Bilateral meeting with Pakpasak Technical College/)).toBeVisible();
  await expect(palette.option(/Organization Pakpasak Technical College/)).toBeVisible();

  await palette.search('教师培训');
  const meeting = palette.option(
    /Meeting Bilateral meeting with Prek Leap National Institute of Agriculture/,
  );
  await expect(meeting).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { level: 1, name: /Bilateral meeting with Prek Leap/ }),
  ).toBeVisible();
  expect(profile.problems).toEqual([]);
});

test('the index survives a restart and follows edits', async ({ profile }) => {
  let page = await profile.launch();
  await new SetupPage(page).setUp({ sample: true });
  const palette = new CommandPalette(page);
  await palette.open();
  await palette.search('สารคาม');
  await expect(palette.option(/Organization Mahasarakham University/)).toBeVisible();
  await page.keyboard.press('Escape');

  await profile.close();
  page = await profile.launch();
  await new AppPage(page).open();
  const again = new CommandPalette(page);
  await again.open();
  await again.search('สารคาม');
  await expect(again.option(/Organization Mahasarakham University/)).toBeVisible();
  await again.option(/Meeting Bilateral meeting with Mahasarakham University/).click();
  await page
    .getByRole('heading', { level: 1, name: 'Bilateral meeting with Mahasarakham University' })
    .waitFor();

  const meeting = new MeetingPage(page);
  await meeting.appendToMinutes(' Aquaponics demonstration farm agreed.');
  await meeting.expectSaved();
  await again.open();
  await again.search('aquapon');
  await expect(again.option(/Meeting Bilateral meeting with Mahasarakham University/)).toBeVisible();
  expect(profile.problems).toEqual([]);
});

test('name look-ups find a partner by a word of their Lao name, and quick capture one by a Khmer word from inside its name', async ({
  profile,
}) => {
  const page = await profile.launch();
  await new SetupPage(page).setUp({ sample: true });
  const people = await new PeoplePage(page).go();
  // A later word of the native name: the search index's, in its worker (the list fills in once it is ready).
  await people.filter('ພົມມະ');
  await expect(page.getByRole('link', { name: 'Souksavanh Phommachanh', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Sok Dara', exact: true })).toBeHidden();

  const capture = new QuickCapture(page);
  await capture.openWithShortcut();
  await capture.typeName('កសិកម្ម');
  await expect(
    capture.dialog.getByRole('option', { name: /Prek Leap National Institute of Agriculture/ }),
  ).toBeVisible();
  expect(profile.problems).toEqual([]);
});
