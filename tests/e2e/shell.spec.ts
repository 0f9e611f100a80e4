import { expect, test } from './fixtures';
import { SettingsPage } from './pages/SettingsPage';
import { SetupPage } from './pages/SetupPage';

test('the app loads in web mode under its CSP, with no console error', async ({ profile }) => {
  const page = await profile.launch();
  const app = await new SetupPage(page).setUp();
  await expect(app.heading('Your archive is empty')).toBeVisible();
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
  await new SettingsPage(page).go();
  await expect(page.getByTestId('app-version')).toHaveText(/\d+\.\d+\.\d+/);
  expect(profile.problems).toEqual([]);
});

test('switching to 简体中文 and back changes every visible label', async ({ profile }) => {
  const page = await profile.launch();
  await new SetupPage(page).setUp();
  const settings = new SettingsPage(page);
  await settings.go();
  await settings.chooseLanguage('简体中文');
  await expect(settings.heading('设置')).toBeVisible();
  await expect(settings.nav('今日')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('group', { name: '颜色主题' })).toBeVisible();

  await settings.reload();
  await expect(settings.heading('设置')).toBeVisible();

  await settings.chooseLanguage('English');
  await expect(settings.heading('Settings')).toBeVisible();
  await expect(settings.nav('Today')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(profile.problems).toEqual([]);
});

test('the chosen theme persists across a reload and a browser restart', async ({ profile }) => {
  let page = await profile.launch();
  await new SetupPage(page).setUp();
  let settings = new SettingsPage(page);
  await settings.go();
  await settings.themeRadio('Dark').check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  await settings.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(settings.themeRadio('Dark')).toBeChecked();

  await profile.close();
  page = await profile.launch();
  settings = await new SettingsPage(page).open('/#/settings');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(settings.themeRadio('Dark')).toBeChecked();
});

test('the archive asks for persistent storage and reports it', async ({ profile }) => {
  const page = await profile.launch();
  await new SetupPage(page).setUp();
  await new SettingsPage(page).go();
  await expect(page.getByTestId('storage-persistence')).toBeVisible();
  await expect(page.getByText(/Used/)).toBeVisible();
});
