import { expect, test } from './fixtures';
import { AgreementsPage } from './pages/AgreementsPage';
import { SetupPage } from './pages/SetupPage';

const TITLE = 'Memorandum of Understanding on teacher exchange';

test('an agreement moved through its lifecycle', async ({ profile }) => {
  const page = await profile.launch();
  await new SetupPage(page).setUp({ sample: true });
  const agreements = await new AgreementsPage(page).go();
  await agreements.create(TITLE, 'pakpasak', /Pakpasak Technical College/);
  await expect(agreements.currentStep()).toHaveText('Proposed');

  for (const status of ['Drafting', 'Negotiating']) {
    await agreements.moveTo(status);
    await expect(agreements.currentStep()).toHaveText(status);
  }

  // Signing needs its date: the app asks for it beside the field, and the status stays.
  await agreements.moveTo('Signed');
  await expect(agreements.signingDateError()).toBeVisible();
  await expect(agreements.signingDate()).toBeFocused();
  await expect(agreements.currentStep()).toHaveText('Negotiating');
  await agreements.signingDate().fill('2025-03-10');
  await agreements.moveTo('Signed');
  await expect(agreements.currentStep()).toHaveText('Signed');
  await expect(agreements.signingDateError()).toBeHidden();

  for (const status of ['Active', 'Expired']) {
    await agreements.moveTo(status);
    await expect(agreements.currentStep()).toHaveText(status);
  }
  await expect(page.getByText('This agreement has ended.')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Move to/ })).toHaveCount(0);

  await agreements.reload();
  await expect(agreements.heading(TITLE)).toBeVisible();
  await expect(agreements.currentStep()).toHaveText('Expired');
  await expect(agreements.signingDate()).toHaveValue('2025-03-10');

  await agreements.go();
  await expect(agreements.row(TITLE)).toContainText('Expired');
  await expect(agreements.row(TITLE)).toContainText('Pakpasak Technical College');
  expect(profile.problems).toEqual([]);
});
