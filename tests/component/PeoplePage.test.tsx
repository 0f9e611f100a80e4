import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { loadSampleEvent } from '../../renderer/src/sample/loadSampleEvent';
import { NameFinder } from '../../renderer/src/search/NameFinder';
import { renderApp, startSearch } from './renderApp';

const EMAIL_ERROR = 'Enter a valid e-mail address, like name@example.org.';

async function openPeople(options: Parameters<typeof renderApp>[0] = {}) {
  const app = await renderApp(options);
  await loadSampleEvent(app);
  location.hash = '#/people';
  // The first render of a run loads the app's modules and the collation data; allow for it.
  await screen.findByRole('link', { name: 'Sok Dara' }, { timeout: 5000 });
  return app;
}

const rowOf = (name: string) => screen.getByRole('link', { name }).closest<HTMLElement>('[role="row"]')!;

// Typing re-renders forms with a 250-country select, which jsdom takes its time over on a busy machine.
const SLOW = { timeout: 15_000 };

describe('the people list', SLOW, () => {
  it('shows names in Khmer, Lao and Thai with their own direction, titles and organizations', async () => {
    await openPeople();
    expect(screen.getByText('សុខ ដារ៉ា')).toHaveAttribute('dir', 'auto');
    expect(screen.getByText('ສຸກສະຫວັນ ພົມມະຈັນ')).toHaveAttribute('dir', 'auto');
    expect(screen.getByText('สมชาย วงศ์สา')).toHaveAttribute('dir', 'auto');
    const sok = within(rowOf('Sok Dara'));
    expect(sok.getByText('Director of Academic Affairs')).toBeVisible();
    expect(sok.getByRole('link', { name: 'Prek Leap National Institute of Agriculture' })).toBeVisible();
    expect(within(rowOf('Wang Fang')).getByText('Our delegation')).toBeVisible();
  });

  it('narrows the list by the start of a name before the search index is ready', async () => {
    const user = userEvent.setup();
    await openPeople();
    const filter = screen.getByRole('searchbox', { name: 'Filter people by name' });
    await user.type(filter, 'som');
    // The list starts again for the new filter and shows its rows once read.
    expect(await screen.findByRole('link', { name: 'Somchai Wongsa' })).toBeVisible();
    expect(screen.queryByRole('link', { name: 'Sok Dara' })).not.toBeInTheDocument();
  });

  it('narrows the list by any word of a name, in Latin or native script, once the index is ready', async () => {
    const user = userEvent.setup();
    await startSearch(await openPeople());
    const filter = screen.getByRole('searchbox', { name: 'Filter people by name' });
    await user.type(filter, 'wongsa');
    expect(await screen.findByRole('link', { name: 'Somchai Wongsa' })).toBeVisible();
    expect(screen.queryByRole('link', { name: 'Sok Dara' })).not.toBeInTheDocument();
    await user.clear(filter);
    await user.type(filter, 'សុខ');
    // The list starts again for the new filter and shows its rows once read.
    expect(await screen.findByRole('link', { name: 'Sok Dara' })).toBeVisible();
    expect(screen.queryByRole('link', { name: 'Somchai Wongsa' })).not.toBeInTheDocument();
  });
  it('adds the matches by later words to a filtered list as soon as the index is ready', async () => {
    const user = userEvent.setup();
    const app = await openPeople();
    await user.type(screen.getByRole('searchbox', { name: 'Filter people by name' }), 'wongsa');
    expect(await screen.findByText('No one’s name matches “wongsa”.')).toBeVisible();
    await startSearch(app);
    expect(await screen.findByRole('link', { name: 'Somchai Wongsa' })).toBeVisible();
  });

  it('adds a person created elsewhere to a filtered list once the index has caught up', async () => {
    const user = userEvent.setup();
    const app = await openPeople();
    await startSearch(app);
    await user.type(screen.getByRole('searchbox', { name: 'Filter people by name' }), 'vongsa');
    expect(await screen.findByText('No one’s name matches “vongsa”.')).toBeVisible();
    // Found by a later word only: the name starts with "Keo".
    await app.repos.people.create({
      name: 'Keo Vongsa',
      nativeName: '',
      title: '',
      organizationId: null,
      email: '',
      phone: '',
      isDelegate: false,
      notes: '',
    });
    expect(await screen.findByRole('link', { name: 'Keo Vongsa' })).toBeVisible();
  });

  it('says so when a short prefix matches more people than it lists', async () => {
    const user = userEvent.setup();
    const { repos } = await openPeople();
    // The matches stop at a cap on a large archive (10,000); stand in for one here.
    const [sok] = await repos.people.startingWith('sok dara');
    const matches = vi.spyOn(NameFinder.prototype, 'matches');
    matches.mockResolvedValue({ ids: [sok!.id], capped: true });
    onTestFinished(() => matches.mockRestore());
    await user.type(screen.getByRole('searchbox', { name: 'Filter people by name' }), 's');
    expect(
      await screen.findByText(
        'The first 1 people whose name matches “s” are listed. Type more of the name to find others.',
      ),
    ).toBeVisible();
    expect(await screen.findByRole('table', { name: 'People' })).toHaveAttribute('data-count', '1');
  });
});

describe('a new person', SLOW, () => {
  it('explains an invalid e-mail beside the field, keeps every typed value, then creates the person', async () => {
    const user = userEvent.setup();
    await openPeople();
    await user.click(screen.getByRole('button', { name: 'New person' }));
    const form = screen.getByRole('form', { name: 'New person' });
    await user.type(within(form).getByRole('textbox', { name: 'Name (romanized)' }), 'Chan Sophea');
    await user.type(within(form).getByRole('textbox', { name: 'Name in their own script' }), 'ចាន់ សុភា');
    await user.type(within(form).getByRole('combobox', { name: 'Organization' }), 'prek');
    await user.click(
      await within(form).findByRole('option', { name: /Prek Leap National Institute of Agriculture/ }),
    );
    const email = within(form).getByRole('textbox', { name: 'E-mail' });
    await user.type(email, 'sophea@prekleap');
    await user.click(within(form).getByRole('button', { name: 'Create person' }));

    expect(await within(form).findByText(EMAIL_ERROR)).toBeVisible();
    expect(email).toHaveAccessibleDescription(EMAIL_ERROR);
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveValue('sophea@prekleap');
    expect(within(form).getByRole('textbox', { name: 'Name in their own script' })).toHaveValue('ចាន់ សុភា');
    expect(within(form).getByRole('combobox', { name: 'Organization' })).toHaveValue(
      'Prek Leap National Institute of Agriculture',
    );

    await user.type(email, '.edu.kh');
    await user.click(within(form).getByRole('button', { name: 'Create person' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Chan Sophea' })).toBeVisible();
    expect(screen.getByRole('textbox', { name: 'E-mail' })).toHaveValue('sophea@prekleap.edu.kh');
  });
});

describe('a person’s page', SLOW, () => {
  it('shows their meeting history and the agreements they signed', async () => {
    const user = userEvent.setup();
    await openPeople();
    await user.click(screen.getByRole('link', { name: 'Sok Dara' }));
    await screen.findByRole('heading', { level: 1, name: 'Sok Dara' });
    expect(screen.getByText('សុខ ដារ៉ា')).toHaveAttribute('dir', 'auto');
    const meetings = screen.getByRole('region', { name: 'Meeting history' });
    expect(
      await within(meetings).findByRole('link', {
        name: 'Signing of the Memorandum of Agreement with Prek Leap',
      }),
    ).toBeVisible();
    const agreements = screen.getByRole('region', { name: 'Agreements signed' });
    expect(await within(agreements).findByRole('link', { name: /^Memorandum of Agreement/ })).toBeVisible();
    expect(screen.getByRole('region', { name: 'Attachments' })).toBeVisible();
  });

  it('keeps an invalid e-mail typed into the page with its message, and saves it once valid', async () => {
    const user = userEvent.setup();
    const { repos } = await openPeople();
    await user.click(screen.getByRole('link', { name: 'Somchai Wongsa' }));
    const email = await screen.findByRole('textbox', { name: 'E-mail' });
    await user.type(email, 'somchai@');
    expect(await screen.findByText(EMAIL_ERROR)).toBeVisible();
    expect(email).toHaveValue('somchai@');
    await user.type(email, 'msu.ac.th');
    await waitFor(async () => {
      const [somchai] = await repos.people.startingWith('somchai');
      expect(somchai?.email).toBe('somchai@msu.ac.th');
    });
    await waitFor(() => expect(screen.queryByText(EMAIL_ERROR)).not.toBeInTheDocument());
  });
});
