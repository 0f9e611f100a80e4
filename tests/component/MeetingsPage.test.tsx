import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../shared/domain/entities';
import { loadSampleEvent } from '../../renderer/src/sample/loadSampleEvent';
import { renderApp } from './renderApp';

type Services = Awaited<ReturnType<typeof renderApp>>;

async function openList(seed?: (services: Services) => Promise<void>) {
  const services = await renderApp();
  const { eventId } = await loadSampleEvent(services);
  await seed?.(services);
  act(() => {
    location.hash = '#/meetings';
  });
  await screen.findByRole('heading', { level: 1, name: 'Meetings' }, { timeout: 5000 });
  return { ...services, eventId };
}

function meetingWithoutEvent(orgId: string, startsAt: number, title: string): Omit<Meeting, 'id'> {
  return {
    eventId: null,
    title,
    kind: 'courtesy-call',
    status: 'planned',
    startsAt,
    endsAt: startsAt + 3_600_000,
    location: '',
    counterpartOrgIds: [orgId],
    participantIds: [],
    agenda: '',
    minutes: '',
    outcomes: '',
    confidentiality: 'internal',
    tags: [],
  };
}

describe('the meetings list', () => {
  it("lists the current event's meetings newest first, in the event's zone, linking to each", async () => {
    const { repos, eventId } = await openList();
    await screen.findByRole('link', { name: 'Bilateral meeting with Mahasarakham University' });
    const rows = screen.getAllByRole('row');
    // A header row, then the four sample meetings.
    expect(rows).toHaveLength(5);
    const first = rows[1]!;
    const link = within(first).getByRole('link', { name: 'Bilateral meeting with Mahasarakham University' });
    const [newest] = await repos.meetings.forEventNewestFirst(eventId, 1);
    expect(link).toHaveAttribute('href', `#/meetings/${newest!.id}`);
    expect(within(first).getByText('Nov 22, 2024, 12:30–13:15 (GMT+8)')).toBeInTheDocument();
    expect(within(first).getByText('Mahasarakham University')).toBeInTheDocument();
    expect(within(first).getByText('Held')).toBeInTheDocument();
    expect(within(rows[4]!).getByRole('link')).toHaveTextContent(
      'Bilateral meeting with Prek Leap National Institute of Agriculture',
    );

    // An edit shows in the list at once: the page in view is a live query.
    await repos.meetings.update(newest!.id, { title: 'Courtesy call on Mahasarakham University' });
    expect(
      await within(screen.getByRole('table', { name: 'Meetings' })).findByRole('link', {
        name: 'Courtesy call on Mahasarakham University',
      }),
    ).toHaveAttribute('href', `#/meetings/${newest!.id}`);
  });

  it('shows meetings of every event, and those without one in this computer’s zone', async () => {
    const { repos } = await openList();
    const [org] = await repos.organizations.startingWith('Pakpasak');
    await repos.meetings.create(meetingWithoutEvent(org!.id, Date.UTC(2025, 2, 3, 9), 'Visit to Vientiane'));
    expect(await screen.findAllByRole('row')).toHaveLength(5);

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'All events');
    const row = await screen.findByRole('row', { name: /Visit to Vientiane/ }, { timeout: 5000 });
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const time = new Intl.DateTimeFormat('en', {
      timeZone: zone,
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    expect(within(row).getByText(new RegExp(time.format(Date.UTC(2025, 2, 3, 9))))).toBeInTheDocument();
    expect(within(row).getByText('Pakpasak Technical College')).toBeInTheDocument();
    expect(within(row).getByText('Planned')).toBeInTheDocument();
    expect(screen.getAllByRole('row')).toHaveLength(6);
  });

  it('keeps showing all events after the user opens a meeting and comes back, and keeps the choice for the next start', async () => {
    const { db } = await openList();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'All events');
    await userEvent.click(
      await screen.findByRole('link', { name: 'Bilateral meeting with Mahasarakham University' }),
    );
    await screen.findByRole('textbox', { name: 'Minutes' }, { timeout: 5000 });
    await userEvent.click(screen.getByRole('link', { name: 'All meetings' }));

    await screen.findByRole('heading', { level: 1, name: 'Meetings' });
    expect(screen.getByRole('combobox', { name: 'Show' })).toHaveDisplayValue('All events');
    // Stored as this laptop's setting, so the next start shows the same list.
    await waitFor(async () => expect((await db.settings.get('meetingListScope'))?.value).toBe('all'));
  });

  it('renders a window of a long list, and reads further pages as it scrolls', async () => {
    // Stored before the list opens, so it does not re-render fifty times.
    await openList(async ({ repos }) => {
      const [org] = await repos.organizations.startingWith('Pakpasak');
      for (let i = 0; i < 50; i++)
        await repos.meetings.create(meetingWithoutEvent(org!.id, Date.UTC(2025, 0, 1, 0, i), `Call ${i}`));
    });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'All events');

    const table = screen.getByRole('table', { name: 'Meetings' });
    expect(
      await within(table).findByRole('link', { name: 'Call 49' }, { timeout: 5000 }),
    ).toBeInTheDocument();
    await waitFor(() => expect(table).toHaveAttribute('data-count', '54'));
    expect(table).toHaveAttribute('aria-rowcount', '55');
    // Only the rows in view and a few more are rendered; the oldest meetings are not.
    const rendered = within(table).getAllByRole('row').length;
    expect(rendered).toBeLessThan(40);
    expect(within(table).queryByRole('link', { name: /Mahasarakham/ })).toBeNull();

    table.focus();
    await userEvent.keyboard('{End}');
    fireEvent.scroll(table);
    const last = await within(table).findByRole(
      'link',
      { name: /Prek Leap National Institute/ },
      { timeout: 5000 },
    );
    expect(last.closest('[role="row"]')).toHaveAttribute('aria-rowindex', '55');
    expect(within(table).queryByRole('link', { name: 'Call 49' })).toBeNull();
  });
});
