import { expect, test } from './fixtures';
import { QuickCapture } from './pages/QuickCapture';
import { SetupPage } from './pages/SetupPage';

const KHMER_NAME = 'សាកលវិទ្យាល័យភូមិន្ទកសិកម្ម';

test('quick capture logs a meeting with a new Khmer-named organization within 10 keystrokes, and it survives a reload', async ({
  profile,
}) => {
  const page = await profile.launch();
  const app = await new SetupPage(page).setUp({ sample: true });
  const capture = new QuickCapture(page);

  await capture.openWithShortcut();
  await capture.typeName(KHMER_NAME);
  await expect(capture.dialog.getByRole('option', { name: `Create “${KHMER_NAME}”` })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await capture.press('Enter'); // create the organization
  await expect(capture.dialog.getByRole('textbox', { name: 'Title' })).toHaveValue(
    `Meeting with ${KHMER_NAME}`,
  );
  await capture.press('Enter'); // save
  await expect(capture.dialog).toBeHidden();
  expect(capture.keystrokes).toBeLessThanOrEqual(10);
  await expect(page.getByTestId('quick-capture-status')).toContainText(`Meeting with ${KHMER_NAME}`);

  await app.reload();
  await app.nav('Organizations').click();
  await page
    .getByRole('searchbox')
    .or(page.getByRole('textbox', { name: /Filter|Search/ }))
    .first()
    .fill('សាកល');
  await page.getByRole('link', { name: KHMER_NAME }).click();
  await expect(page.getByRole('link', { name: `Meeting with ${KHMER_NAME}` })).toBeVisible();
  expect(profile.problems).toEqual([]);
});

test('quick capture picks an existing partner from a few letters and Enter', async ({ profile }) => {
  const page = await profile.launch();
  await new SetupPage(page).setUp({ sample: true });
  const capture = new QuickCapture(page);
  await capture.openWithShortcut();
  await capture.typeName('Maha');
  await capture.press('Enter');
  await expect(capture.dialog.getByRole('textbox', { name: 'Title' })).toHaveValue(
    'Meeting with Mahasarakham University',
  );
  await capture.press('Enter');
  await expect(capture.dialog).toBeHidden();
  expect(capture.keystrokes).toBe(2);
});
