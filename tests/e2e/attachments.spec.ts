import { expect, test } from './fixtures';
import { MeetingPage } from './pages/MeetingPage';
import { SetupPage } from './pages/SetupPage';

// A 2×2 red PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEElEQVR4nGP4z8AARAwQCgAf7gP9i18U1AAAAABJRU5ErkJggg==',
  'base64',
);

test('a business card photo added with the file chooser shows its preview, also after a reload', async ({
  profile,
}) => {
  const page = await profile.launch();
  await new SetupPage(page).setUp({ sample: true });
  const meeting = await new MeetingPage(page).openFromList('Bilateral meeting with Mahasarakham University');

  await meeting.addAttachments([{ name: 'somchai-card.png', mimeType: 'image/png', buffer: PNG }]);
  await expect(meeting.preview('somchai-card.png')).toBeVisible();
  await expect.poll(() => meeting.previewLoaded('somchai-card.png')).toBe(true);

  await meeting.reload();
  await expect(meeting.preview('somchai-card.png')).toBeVisible();
  await expect.poll(() => meeting.previewLoaded('somchai-card.png')).toBe(true);

  const download = page.waitForEvent('download');
  await meeting.downloadButton('somchai-card.png').click();
  expect((await download).suggestedFilename()).toBe('somchai-card.png');
  expect(profile.problems).toEqual([]);
});
