import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { loadSampleEvent } from '../../renderer/src/sample/loadSampleEvent';
import { renderApp, startSearch } from './renderApp';

async function openOrganizations(options: Parameters<typeof renderApp>[0] = {}) {
  const app = await renderApp(options);
  await loadSampleEvent(app);
  location.hash = '#/organizations';
  // The first render of a run loads the app's modules and the collation data; allow for it.
  await screen.findByRole('link', { name: 'Prek Leap National Institute of Agriculture' }, { timeout: 5000 });
  return app;
}

const rowOf = (name: string) => screen.getByRole('link', { name }).closest<HTMLElement>('[role="row"]')!;

// Typing re-renders forms with a 250-country select, which jsdom takes its time over on a busy machine.
const SLOW = { timeout: 15_000 };

describe('the organizations list', SLOW, () => {
  it('shows native names in Khmer, Lao and Thai with their own direction, and localized countries', async () => {
    await openOrganizations();
    const khmer = screen.getByText('វិទ្យាស្ថានជាតិកសិកម្មព្រែកលៀប');
    expect(khmer).toHaveAttribute('dir', 'auto');
    expect(screen.getByText('ວິທະຍາໄລເຕັກນິກປາກປ່າສັກ')).toHaveAttribute('dir', 'auto');
    expect(screen.getByText('มหาวิทยาลัยมหาสารคาม')).toHaveAttribute('dir', 'auto');
    expect(within(rowOf('Prek Leap National Institute of Agriculture')).getByText('Cambodia')).toBeVisible();
    expect(within(rowOf('Mahasarakham University')).getByText('Thailand')).toBeVisible();
    expect(within(rowOf('Mahasarakham University')).getByText('University')).toBeVisible();
  });

  it('sorts by name and names countries in Chinese when the language is 简体中文', async () => {
    await openOrganizations({ settings: { language: 'zh-CN' } });
    expect(screen.getByRole('heading', { level: 1, name: '机构' })).toBeVisible();
    expect(within(rowOf('Prek Leap National Institute of Agriculture')).getByText('柬埔寨')).toBeVisible();
    expect(within(rowOf('Pakpasak Technical College')).getByText('老挝')).toBeVisible();
    const names = screen
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getByRole('link').textContent);
    expect(names).toEqual([
      'Mahasarakham University',
      'Pakpasak Technical College',
      'Prek Leap National Institute of Agriculture',
      'Sample Vocational College',
    ]);
  });

  it('narrows the list by a name in any script', async () => {
    const user = userEvent.setup();
    await startSearch(await openOrganizations());
    const filter = screen.getByRole('searchbox', { name: 'Filter organizations by name' });
    await user.type(filter, 'pak');
    // The list starts again for the new filter and shows its rows once read.
    expect(await screen.findByRole('link', { name: 'Pakpasak Technical College' })).toBeVisible();
    expect(screen.queryByRole('link', { name: 'Mahasarakham University' })).not.toBeInTheDocument();
    await user.clear(filter);
    await user.type(filter, 'มหาวิทยาลัย');
    // The list starts again for the new filter and shows its rows once read.
    expect(await screen.findByRole('link', { name: 'Mahasarakham University' })).toBeVisible();
    expect(screen.queryByRole('link', { name: 'Pakpasak Technical College' })).not.toBeInTheDocument();
    await user.clear(filter);
    await user.type(filter, 'technical');
    expect(await screen.findByRole('link', { name: 'Pakpasak Technical College' })).toBeVisible();
    await user.clear(filter);
    await user.type(filter, 'zzz');
    expect(await screen.findByText('No organization’s name matches “zzz”.')).toBeVisible();
  });
});

describe('a new organization', SLOW, () => {
  it('explains a missing name beside the field and keeps what was typed', async () => {
    const user = userEvent.setup();
    await openOrganizations();
    await user.click(screen.getByRole('button', { name: 'New organization' }));
    const form = screen.getByRole('form', { name: 'New organization' });
    await user.type(within(form).getByRole('textbox', { name: 'Name in its own script' }), 'សាកលវិទ្យាល័យ');
    // A Khmer name suggests Cambodia.
    expect(within(form).getByRole('combobox', { name: 'Country' })).toHaveValue('KH');
    await user.click(within(form).getByRole('button', { name: 'Create organization' }));
    const name = within(form).getByRole('textbox', { name: 'Name (romanized or English)' });
    expect(await within(form).findByText('This is required.')).toBeVisible();
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription('This is required.');
    expect(within(form).getByRole('textbox', { name: 'Name in its own script' })).toHaveValue('សាកលវិទ្យាល័យ');

    await user.type(name, 'Royal University of Phnom Penh');
    await user.click(within(form).getByRole('button', { name: 'Create organization' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Royal University of Phnom Penh' }),
    ).toBeVisible();
  });

  it('says so in the form when the save fails for another reason, and keeps what was typed', async () => {
    const user = userEvent.setup();
    const { repos } = await openOrganizations();
    vi.spyOn(repos.organizations, 'create').mockRejectedValueOnce(new Error('The disk is full.'));
    await user.click(screen.getByRole('button', { name: 'New organization' }));
    const form = screen.getByRole('form', { name: 'New organization' });
    const name = within(form).getByRole('textbox', { name: 'Name (romanized or English)' });
    await user.type(name, 'Royal University of Phnom Penh');
    await user.click(within(form).getByRole('button', { name: 'Create organization' }));

    expect(await within(form).findByRole('alert')).toHaveTextContent('Not saved: The disk is full.');
    expect(name).toHaveValue('Royal University of Phnom Penh');
  });
});

describe('an organization’s page', SLOW, () => {
  it('shows its people, meeting history and agreements, and saves edits as they are typed', async () => {
    const user = userEvent.setup();
    const { repos } = await openOrganizations();
    await user.click(screen.getByRole('link', { name: 'Prek Leap National Institute of Agriculture' }));
    await screen.findByRole('heading', { level: 1, name: 'Prek Leap National Institute of Agriculture' });
    const people = screen.getByRole('region', { name: 'People' });
    expect(await within(people).findByRole('link', { name: 'Sok Dara' })).toBeVisible();
    const meetings = screen.getByRole('region', { name: 'Meeting history' });
    expect(
      await within(meetings).findByRole('link', {
        name: 'Bilateral meeting with Prek Leap National Institute of Agriculture',
      }),
    ).toHaveAttribute('href', expect.stringMatching(/^#\/meetings\/[0-9A-Z]{26}$/));
    // Dated in the event's zone (Asia/Shanghai), whatever this machine's zone is.
    expect(await within(meetings).findByText('Nov 21, 2024 12:15')).toBeVisible();
    const agreements = screen.getByRole('region', { name: 'Agreements' });
    expect(await within(agreements).findByRole('link', { name: /^Memorandum of Agreement/ })).toBeVisible();

    const website = screen.getByRole('textbox', { name: 'Website' });
    await user.type(website, 'https://example.org');
    await waitFor(async () => {
      const [prekLeap] = await repos.organizations.startingWith('prek');
      expect(prekLeap?.website).toBe('https://example.org');
    });
    expect(await screen.findByText('Saved')).toBeVisible();
  });
});
