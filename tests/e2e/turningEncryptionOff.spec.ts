/**
 * Turning encryption at rest off in real Chromium: locked with the in-page shortcut (web mode has no
 * menu) and unlocked, then turned off with the passphrase (a wrong one first, which changes nothing).
 * Reopened, the archive starts without a lock screen and search finds the sample's minutes again.
 */
import { expect, test } from './fixtures';
import { CommandPalette } from './pages/CommandPalette';
import { SecuritySettings } from './pages/SecuritySettings';
import { SetupPage } from './pages/SetupPage';

const PASSPHRASE = 'violet tractor harbour lantern';

test('encryption at rest locks with Ctrl+Shift+L, and turned off it gives the notes back without a lock screen', async ({
  profile,
}) => {
  test.setTimeout(120_000);
  const page = await profile.launch();
  await new SetupPage(page).setUp({ sample: true, laptop: 'Test laptop' });
  const security = await new SecuritySettings(page).go();
  await security.turnOnEncryption(PASSPHRASE);

  await security.lockWithShortcut();
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await security.unlock(PASSPHRASE);

  await security.go();
  await security.turnOffEncryption('not the passphrase');
  await expect(security.status()).toHaveText('The passphrase is not correct. Nothing was changed.', {
    timeout: 30_000,
  });
  await security.turnOffEncryption(PASSPHRASE);
  await expect(security.status()).toHaveText(
    'Encryption is off. The notes are now stored in clear on this laptop.',
    { timeout: 60_000 },
  );
  // Off, the shortcut has nothing to lock.
  await page.keyboard.press('ControlOrMeta+Shift+L');
  await expect(security.lockScreen()).toHaveCount(0);

  await profile.close();
  const reopened = await profile.launch();
  const again = new SecuritySettings(reopened);
  await again.open();
  await expect(again.lockScreen()).toHaveCount(0);
  const palette = new CommandPalette(reopened);
  await palette.open();
  await palette.search('教师培训');
  await expect(palette.option(/Meeting Bilateral meeting with Prek Leap/)).toBeVisible({ timeout: 30_000 });
});
