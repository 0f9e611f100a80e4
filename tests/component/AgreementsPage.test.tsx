import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Agreement } from '../../shared/domain/entities';
import { loadSampleEvent } from '../../renderer/src/sample/loadSampleEvent';
import { renderApp } from './renderApp';

const NOW = Date.UTC(2026, 0, 15, 3); // 15 January 2026
const MOA = /^Memorandum of Agreement on enrolling students/;

async function openRegister(options: Parameters<typeof renderApp>[0] = {}) {
  const app = await renderApp({ now: () => NOW, ...options });
  await loadSampleEvent(app);
  const [mahasarakham] = await app.repos.organizations.startingWith('mahasarakham');
  const [pakpasak] = await app.repos.organizations.startingWith('pakpasak');
  const agreement = (fields: Partial<Agreement> & Pick<Agreement, 'title' | 'partyOrgIds'>) =>
    app.repos.agreements.create({
      kind: 'mou',
      scope: '',
      status: 'proposed',
      signedOn: null,
      signingPlace: '',
      eventId: null,
      signatoryIds: [],
      validFrom: null,
      validUntil: null,
      renewalReminder: null,
      meetingIds: [],
      ...fields,
    });
  await agreement({
    title: 'Joint workshop on vocational teacher education',
    partyOrgIds: [mahasarakham!.id],
    status: 'drafting',
  });
  await agreement({
    title: 'Letter of Intent on mechatronics short courses',
    kind: 'loi',
    partyOrgIds: [pakpasak!.id],
    status: 'active',
    signedOn: '2025-02-01',
    validFrom: '2025-02-01',
    validUntil: '2026-02-01',
  });
  location.hash = '#/agreements';
  // The first render of a run loads the app's modules and the collation data; allow for it.
  await screen.findByRole('link', { name: MOA }, { timeout: 5000 });
  return app;
}

const titles = () =>
  within(screen.getByRole('table', { name: 'Agreements register' }))
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('link')[0]!.textContent);

async function expectTitles(expected: string[]) {
  await waitFor(() => expect(titles()).toEqual(expected));
}

const stepper = () => screen.getByRole('list', { name: 'Lifecycle' });
const currentStep = () =>
  within(stepper())
    .getAllByRole('listitem')
    .find((li) => li.getAttribute('aria-current') === 'step');

// Typing re-renders forms with a 250-country select, which jsdom takes its time over on a busy machine.
const SLOW = { timeout: 15_000 };

describe('the agreements register', SLOW, () => {
  it('lists each agreement with kind, parties, status, signing date and validity', async () => {
    await openRegister();
    const row = within(screen.getByRole('link', { name: MOA }).closest<HTMLElement>('[role="row"]')!);
    expect(row.getByText('MoA')).toHaveAttribute('title', 'Memorandum of Agreement');
    expect(row.getByText('Prek Leap National Institute of Agriculture')).toHaveAttribute('dir', 'auto');
    expect(row.getByText('Sample Vocational College')).toBeVisible();
    expect(row.getByText('Signed')).toBeVisible();
    expect(row.getByText('Nov 21, 2024')).toBeVisible();
    expect(row.getByText('Nov 20, 2029')).toBeVisible();
  });

  it('narrows by status, partner, partner’s country and expiry window', async () => {
    const user = userEvent.setup();
    await openRegister();
    expect(titles()).toHaveLength(3);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Drafting');
    await expectTitles(['Joint workshop on vocational teacher education']);
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(titles()).toHaveLength(3));

    await user.type(screen.getByRole('combobox', { name: 'Partner' }), 'pakpasak');
    await user.click(await screen.findByRole('option', { name: /Pakpasak Technical College/ }));
    await expectTitles(['Letter of Intent on mechatronics short courses']);
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));

    await user.selectOptions(screen.getByRole('combobox', { name: 'Partner’s country' }), 'Cambodia');
    await waitFor(() => expect(titles()).toHaveLength(1));
    expect(titles()[0]).toMatch(MOA);
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));

    const days = screen.getByRole('spinbutton', { name: 'Expires within (days)' });
    await user.type(days, '30');
    await expectTitles(['Letter of Intent on mechatronics short courses']);
    await user.clear(days);
    await user.type(days, '10');
    expect(await screen.findByText('No agreement matches these filters.')).toBeVisible();
  });

  it('combines filters, narrowing what one index reads', async () => {
    const user = userEvent.setup();
    await openRegister();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Active');
    await expectTitles(['Letter of Intent on mechatronics short courses']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Partner’s country' }), 'Thailand');
    expect(await screen.findByText('No agreement matches these filters.')).toBeVisible();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Drafting');
    await expectTitles(['Joint workshop on vocational teacher education']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Any status');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Partner’s country' }), 'Laos');
    await user.type(screen.getByRole('spinbutton', { name: 'Expires within (days)' }), '30');
    await expectTitles(['Letter of Intent on mechatronics short courses']);
  });

  it('explains a number of days that is not one, and keeps it', async () => {
    const user = userEvent.setup();
    await openRegister();
    const days = screen.getByRole('spinbutton', { name: 'Expires within (days)' });
    await user.type(days, '1.5');
    expect(await screen.findByText('Enter a whole number of days, 0 or more.')).toBeVisible();
    expect(days).toHaveValue(1.5);
    // The filter ignores it, so the whole register shows again.
    await waitFor(() => expect(titles()).toHaveLength(3));
  });

  it('shows countries and statuses in Chinese', async () => {
    await openRegister({ settings: { language: 'zh-CN' } });
    expect(screen.getByRole('heading', { level: 1, name: '协议' })).toBeVisible();
    const row = within(screen.getByRole('link', { name: MOA }).closest<HTMLElement>('[role="row"]')!);
    expect(row.getByText('已签署')).toBeVisible();
    expect(
      within(screen.getByRole('combobox', { name: '合作机构所在国家或地区' })).getByRole('option', {
        name: '柬埔寨',
      }),
    ).toBeInTheDocument();
  });
});

describe('a new agreement', SLOW, () => {
  it('needs a partner organization, says so beside the picker and keeps the typed title', async () => {
    const user = userEvent.setup();
    await openRegister();
    await user.click(screen.getByRole('button', { name: 'New agreement' }));
    const form = screen.getByRole('form', { name: 'New agreement' });
    const title = within(form).getByRole('textbox', { name: 'Title' });
    await user.type(title, 'MoU on teacher exchange');
    await user.click(within(form).getByRole('button', { name: 'Create agreement' }));
    const parties = within(form).getByRole('combobox', { name: 'Partner organizations' });
    expect(await within(form).findByText('Choose at least one partner organization.')).toBeVisible();
    expect(parties).toHaveAccessibleDescription('Choose at least one partner organization.');
    expect(title).toHaveValue('MoU on teacher exchange');

    await user.type(parties, 'mahas');
    await user.click(await within(form).findByRole('option', { name: /Mahasarakham University/ }));
    expect(within(form).getByRole('list', { name: 'Partner organizations' })).toHaveTextContent(
      'Mahasarakham University',
    );
    await user.click(within(form).getByRole('button', { name: 'Create agreement' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'MoU on teacher exchange' })).toBeVisible();
    expect(currentStep()).toHaveTextContent('Proposed');
  });
});

describe('an agreement’s lifecycle', SLOW, () => {
  it('moves step by step, asks for the signing date before signed, and ends', async () => {
    const user = userEvent.setup();
    await openRegister();
    await user.click(screen.getByRole('link', { name: 'Joint workshop on vocational teacher education' }));
    await screen.findByRole('heading', { level: 1, name: 'Joint workshop on vocational teacher education' });
    expect(currentStep()).toHaveTextContent('Drafting');
    expect(within(stepper()).getByText('Proposed').closest('li')).toHaveTextContent('(done)');

    await user.click(screen.getByRole('button', { name: 'Move to Negotiating' }));
    await waitFor(() => expect(currentStep()).toHaveTextContent('Negotiating'));
    expect(screen.getByText('Moved to Negotiating.')).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Move to Signed' }));
    const signingDate = screen.getByLabelText('Signing date');
    expect(await screen.findByText('A signed agreement needs its signing date.')).toBeVisible();
    expect(signingDate).toHaveAccessibleDescription('A signed agreement needs its signing date.');
    expect(signingDate).toHaveFocus();
    expect(currentStep()).toHaveTextContent('Negotiating');

    fireEvent.change(signingDate, { target: { value: '2025-03-10' } });
    expect(screen.queryByText('A signed agreement needs its signing date.')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Move to Signed' }));
    await waitFor(() => expect(currentStep()).toHaveTextContent('Signed'));

    // A signed agreement keeps its date: clearing it is refused beside the field.
    fireEvent.change(signingDate, { target: { value: '' } });
    expect(await screen.findByText('A signed agreement needs its signing date.')).toBeVisible();

    fireEvent.change(signingDate, { target: { value: '2025-03-10' } });
    await user.click(screen.getByRole('button', { name: 'Move to Active' }));
    await waitFor(() => expect(currentStep()).toHaveTextContent('Active'));
    await user.click(screen.getByRole('button', { name: 'Move to Expired' }));
    await waitFor(() => expect(currentStep()).toHaveTextContent('Expired'));
    expect(screen.getByText('This agreement has ended.')).toBeVisible();
    expect(screen.queryByRole('button', { name: /^Move to/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Terminate' })).not.toBeInTheDocument();
  });

  it('terminates after a confirmation', async () => {
    const user = userEvent.setup();
    const { repos } = await openRegister();
    await user.click(screen.getByRole('link', { name: 'Joint workshop on vocational teacher education' }));
    await user.click(await screen.findByRole('button', { name: 'Terminate' }));
    const confirm = screen.getByRole('group', { name: 'Terminate' });
    await user.click(within(confirm).getByRole('button', { name: 'Terminate agreement' }));
    await waitFor(() => expect(currentStep()).toHaveTextContent('Terminated'));
    const [stored] = await repos.agreements.withStatus('terminated');
    expect(stored?.title).toBe('Joint workshop on vocational teacher education');
  });

  it('refuses a validity that ends before it starts, beside the field', async () => {
    const user = userEvent.setup();
    await openRegister();
    await user.click(screen.getByRole('link', { name: MOA }));
    const until = await screen.findByLabelText('Valid until');
    fireEvent.change(until, { target: { value: '2024-01-01' } });
    expect(await screen.findByText('The end is before the start.')).toBeVisible();
    expect(until).toHaveValue('2024-01-01');
  });

  it('shows its signatories, linked meetings and follow-ups, with the overdue one marked', async () => {
    const user = userEvent.setup();
    await openRegister();
    await user.click(screen.getByRole('link', { name: MOA }));
    await screen.findByRole('heading', { level: 1, name: MOA });
    expect(await screen.findByRole('list', { name: 'Signatories' })).toHaveTextContent(/Li Wei.*Sok Dara/);
    expect(await screen.findByRole('list', { name: 'Linked meetings' })).toHaveTextContent(
      'Signing of the Memorandum of Agreement with Prek Leap',
    );
    const followUps = screen.getByRole('region', { name: 'Follow-ups' });
    const item = (await within(followUps).findByText(/Send the scanned signed Memorandum/)).closest('li')!;
    expect(item).toHaveTextContent('Overdue');
  });
});
