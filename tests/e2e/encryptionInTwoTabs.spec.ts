/**
 * Web mode with the archive open in two tabs of one browser: turning encryption at rest on in one tab
 * locks the other at once (it announces the change over a BroadcastChannel), saying why, and the
 * passphrase opens it again.
 */
import { expect, test } from './fixtures';
import { SecuritySettings } from './pages/SecuritySettings';
import { SetupPage } from './pages/SetupPage';

const PASSPHRASE = 'harbour lantern violet tractor';

test('turning encryption on in one tab shows the lock screen in the other, and the passphrase opens it', async ({
  profile,
}) => {
  test.setTimeout(60_000);
  const first = await profile.launch();
  await new SetupPage(first).setUp({ laptop: 'Test laptop' });
  const other = new SecuritySettings(await profile.openTab());
  await other.open();
  await expect(other.page.getByRole('navigation')).toBeVisible();

  const security = await new SecuritySettings(first).go();
  await security.turnOnEncryption(PASSPHRASE);

  await expect(other.lockScreen()).toBeVisible();
  await expect(
    other.page.getByText('Encryption at rest was turned on or changed in another Liaison tab or window.'),
  ).toBeVisible();
  await expect(other.page.getByRole('navigation')).toHaveCount(0);
  await other.unlock(PASSPHRASE);
  await expect(first.getByRole('navigation')).toBeVisible();
  expect(profile.problems).toEqual([]);
});
