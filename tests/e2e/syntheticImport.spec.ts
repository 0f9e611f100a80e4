import { expect, test } from './fixtures';
import { CommandPalette } from './pages/CommandPalette';
import { SettingsPage } from './pages/SettingsPage';
import { SetupPage } from './pages/SetupPage';

test('a synthetic archive is added in a worker with progress, and search finds its records', async ({
  profile,
}) => {
  const page = await profile.launch();
  await new SetupPage(page).setUp();
  await new SettingsPage(page).go();
  await page
    .getByRole('combobox', { name: 'Size' })
    .selectOption({ label: '1,000 meetings and related records' });
  await page.getByRole('button', { name: 'Add synthetic archive' }).click();
  await expect(page.getByTestId('synthetic-status')).toContainText(/Added 2,664 records in/, {
    timeout: 60_000,
  });

  const palette = new CommandPalette(page);
  await palette.open();
  await palette.search('synthetic vocational');
  await expect(palette.option(/Organization Synthetic Vocational College/)).toBeVisible({ timeout: 30_000 });
});

test('adding a large synthetic archive can be cancelled, keeping the chunks already written', async ({
  profile,
}) => {
  const page = await profile.launch();
  await new SetupPage(page).setUp();
  await new SettingsPage(page).go();
  await page
    .getByRole('combobox', { name: 'Size' })
    .selectOption({ label: '100,000 meetings and related records' });
  await page.getByRole('button', { name: 'Add synthetic archive' }).click();
  await expect(page.getByRole('progressbar', { name: 'Adding the synthetic archive' })).toBeVisible();
  await expect(page.getByTestId('synthetic-status')).toContainText(/Adding records: [1-9]/, {
    timeout: 30_000,
  });
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('synthetic-status')).toContainText(
    /Cancelled after [\d,]+ records; those are kept\./,
  );
  await expect(page.getByRole('button', { name: 'Add synthetic archive' })).toBeEnabled();
});
