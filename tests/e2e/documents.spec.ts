import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';
import { SetupPage } from './pages/SetupPage';

test('web mode prints minutes from a blob frame with the bundled fonts and no outside request', async ({
  profile,
}) => {
  const page = await profile.launch();
  await new SetupPage(page).setUp({ sample: true });
  const app = new AppPage(page);
  const origin = new URL(page.url()).origin;
  const outside: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:')) outside.push(url);
  });
  await app.nav('Import & export').click();
  await page.getByRole('checkbox', { name: 'Add signature blocks' }).check();
  await page.getByRole('button', { name: 'One PDF' }).click();
  await expect(page.getByTestId('document-status')).toContainText('The print dialog is open');

  // Sandboxed with only what printing needs (printInFrame.ts says why each is there).
  await expect(page.getByTestId('print-frame')).toHaveAttribute('sandbox', 'allow-modals allow-same-origin');
  const frame = page.frameLocator('[data-testid="print-frame"]');
  await expect(
    frame.getByRole('heading', { level: 1, name: /Bilateral meeting with Pakpasak Technical College/ }),
  ).toBeAttached();
  await expect(frame.getByText('ວິທະຍາໄລເຕັກນິກປາກປ່າສັກ')).toBeAttached();
  const fonts = await page
    .frames()
    .find((f) => f.url().startsWith('blob:'))!
    .evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family);
    });
  expect(fonts).toEqual(
    expect.arrayContaining(['Noto Sans', 'Noto Sans Lao', 'Noto Sans Khmer', 'Noto Sans Thai']),
  );
  expect(outside).toEqual([]);
  expect(profile.problems).toEqual([]);
});
