import { expect, test } from './fixtures';
import { FollowUpsPage } from './pages/FollowUpsPage';
import { SetupPage } from './pages/SetupPage';

const SEND_MOA = 'Send the scanned signed Memorandum of Agreement to Prek Leap';
const WORKSHOP = 'Propose dates for a joint workshop to Mahasarakham University';

test('an overdue follow-up stands out', async ({ profile }) => {
  const page = await profile.launch();
  await new SetupPage(page).setUp({ sample: true });
  const followUps = await new FollowUpsPage(page).go();

  // Due on 29 November 2024 and still open: overdue, in words as well as in colour.
  await expect(followUps.overdueMarker(SEND_MOA)).toBeVisible();
  await expect(followUps.row(SEND_MOA)).toHaveClass(/overdue/);

  // A done item is not overdue, and stays so after a reload.
  await followUps.status(WORKSHOP).selectOption({ label: 'Done' });
  await expect(followUps.overdueMarker(WORKSHOP)).toHaveCount(0);
  await expect(followUps.row(WORKSHOP)).not.toHaveClass(/overdue/);
  await followUps.reload();
  await expect(followUps.status(WORKSHOP)).toHaveValue('done');
  await expect(followUps.overdueMarker(WORKSHOP)).toHaveCount(0);
  await expect(followUps.overdueMarker(SEND_MOA)).toBeVisible();
  expect(profile.problems).toEqual([]);
});
